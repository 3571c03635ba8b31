#pragma once

#include "language.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QTimer;

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Ui {

class HomePage;
class Localization;

// The workstation's frame: menus, the status bar (today's Jalali date) and the area
// where the work views live. It owns no domain logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Clock &clock, Localization &localization, QSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Re-reads the clock and shows today's date; called every half minute so the date
    // turns over at midnight, Iran time.
    void refreshDate();

    QAction *languageAction(Language language) const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();

    const Clock &m_clock;
    Localization &m_localization;
    QSettings &m_settings;

    HomePage *m_home = nullptr;
    QLabel *m_dateLabel = nullptr;
    QTimer *m_dateTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_persianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Shahrvand::Ui
