#pragma once

#include "language.h"
#include "section.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QWidget;

namespace Shahrvand::Ui {

// Every command of the main window as a QAction with its shortcut: the menus, the tool
// bar and Help → Keyboard shortcuts all show these same objects, so a shortcut is
// defined in exactly one place.
class ShellActions final : public QObject
{
    Q_OBJECT

public:
    explicit ShellActions(QWidget *window);

    QAction *section(Section section) const { return m_sections.at(int(section)); }
    QAction *language(Language language) const
    {
        return language == Language::Persian ? persian : english;
    }

    QAction *syncNow = nullptr;
    QAction *exportCsv = nullptr;
    QAction *printPdf = nullptr;
    QAction *signOut = nullptr;
    QAction *quit = nullptr;
    QAction *search = nullptr;
    QAction *conflicts = nullptr;
    QAction *notifications = nullptr;
    QAction *account = nullptr;
    QAction *persian = nullptr;
    QAction *english = nullptr;
    QAction *switchLanguage = nullptr;
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    QActionGroup *sectionGroup = nullptr;
    QActionGroup *languageGroup = nullptr;

    void retranslate();

private:
    QList<QAction *> m_sections;
};

} // namespace Shahrvand::Ui
