#pragma once

#include "language.h"
#include "section.h"
#include "syncstatus.h"

#include <QMainWindow>
#include <QMap>
#include <QSet>

#include <functional>

class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;
class QToolButton;

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Ui {

class ConflictsView;
class DashboardsPage;
class GlobalSearchBox;
class Localization;
class NavigationBar;
class NotificationsArea;
class SectionPage;
class ShellActions;
class ShortcutsDialog;
class SyncStatusBar;
struct Workspace;

// The workstation's frame for one signed-in user: the side bar to the sections, the tool
// bar (sync now, the search box, notifications, the account menu), the status bar (sync
// state and today's Jalali date) and the menus. It shows what the cache holds and what
// the sync engine reports, and hands the user's choices back to them; the work itself
// happens in the pages, the cache and the engine.
//
// The engine is started by whoever made the workspace (main()); the window only listens
// to it and asks it to sync.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Clock &clock, Localization &localization, QSettings &settings,
               Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Re-reads the clock and shows today's date; called every half minute so the date
    // turns over at midnight, Iran time.
    void refreshDate();

    ShellActions &shellActions() const { return *m_actions; }
    QAction *languageAction(Language language) const;
    Section currentSection() const;
    SectionPage *page(Section section) const { return m_pages.value(section); }
    SyncStatusBar *syncStatusBar() const { return m_syncStatus; }
    NotificationsArea *notifications() const { return m_notifications; }
    GlobalSearchBox *searchBox() const { return m_search; }
    // Created when first opened.
    ConflictsView *conflictsView() const { return m_conflicts; }
    ShortcutsDialog *shortcutsDialog() const { return m_shortcuts; }

    // Where File → Export and Print save: the file dialog, or a test's answer (empty:
    // the user cancelled). Given the suggested name and the file type's filter.
    using SavePathChooser = std::function<QString(const QString &suggested, const QString &filter)>;
    void setSavePathChooser(SavePathChooser choose) { m_chooseSavePath = std::move(choose); }
    // The current section's list or figures to CSV, or the section to PDF: what was said
    // to the user (saved where, or why not).
    QString exportCurrentSection();
    QString printCurrentSection();

public slots:
    void showSection(Shahrvand::Ui::Section section);
    // What the status bar shows; connected to SyncEngine::statusChanged.
    void showSyncStatus(const Shahrvand::SyncClient::SyncStatus &status);
    void showSyncReport(const Shahrvand::SyncClient::SyncReport &report);
    void showCaseNotices();
    void openConflicts();
    void openShortcuts();
    void focusSearch();
    void syncNow();
    // The server refused the session: say so, and offer to sign in again.
    void noteSignInNeeded();

signals:
    // The user chose "Sign in again": main() hands over to the sign-in flow.
    void signInRequested();
    // The user chose "Sign out": main() ends the session and shows the sign-in dialog.
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectWorkspace();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void showAbout();
    // After a local change (a resolved conflict): counts from the cache, pages re-read,
    // and the engine asked to push.
    void localChangeMade();
    void reloadPages();
    QString suggestedFileName(const QString &suffix) const;

    const Clock &m_clock;
    Localization &m_localization;
    QSettings &m_settings;
    Workspace &m_workspace;

    ShellActions *m_actions = nullptr;
    NavigationBar *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QMap<Section, SectionPage *> m_pages;
    QSet<Section> m_stale; // pages to re-read when next shown
    DashboardsPage *m_dashboards = nullptr;

    QToolBar *m_toolBar = nullptr;
    GlobalSearchBox *m_search = nullptr;
    NotificationsArea *m_notifications = nullptr;
    QToolButton *m_userButton = nullptr;
    QMenu *m_userMenu = nullptr;
    QAction *m_userName = nullptr;
    QAction *m_userRoles = nullptr;
    QAction *m_userServer = nullptr;

    SyncStatusBar *m_syncStatus = nullptr;
    SyncClient::SyncStatus m_status;
    QLabel *m_dateLabel = nullptr;
    QTimer *m_dateTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    SavePathChooser m_chooseSavePath;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    ConflictsView *m_conflicts = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
};

} // namespace Shahrvand::Ui
