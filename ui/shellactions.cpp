#include "shellactions.h"

#include "shellicons.h"

#include <QAction>
#include <QActionGroup>
#include <QWidget>

namespace Shahrvand::Ui {

namespace {

QAction *make(QWidget *window, const char *name, const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(window);
    action->setObjectName(QString::fromLatin1(name));
    QList<QKeySequence> usable;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            usable << key;
    }
    action->setShortcuts(usable);
    // Window-wide, so that the keys work wherever the focus is in the window.
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

} // namespace

ShellActions::ShellActions(QWidget *window)
    : QObject(window)
{
    syncNow =
        make(window, "syncNow", {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    syncNow->setIcon(shellIcon(ShellIcon::Sync));
    exportCsv = make(window, "exportCsv", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    printPdf = make(window, "printPdf", {QKeySequence(Qt::CTRL | Qt::Key_P)});
    signOut = make(window, "signOut");
    // Not every platform has a standard key for quitting (Windows, the test platform).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit = make(window, "quit", quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    sectionGroup = new QActionGroup(this);
    const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6};
    for (Section s : allSections()) {
        QAction *action =
            make(window, "section", {QKeySequence(Qt::CTRL | digits[allSections().indexOf(s)])});
        action->setObjectName(QStringLiteral("section_") + sectionCode(s));
        action->setCheckable(true);
        action->setData(int(s));
        sectionGroup->addAction(action);
        m_sections << action;
    }

    search = make(window, "search",
                  {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_F)});
    search->setIcon(shellIcon(ShellIcon::Search));
    conflicts = make(window, "conflicts", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    conflicts->setIcon(shellIcon(ShellIcon::Conflicts));
    notifications = make(window, "notifications", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    notifications->setIcon(shellIcon(ShellIcon::Notifications));
    account = make(window, "account", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)});
    account->setIcon(shellIcon(ShellIcon::User));

    languageGroup = new QActionGroup(this);
    // Each language is named in itself, so a user who cannot read the current interface
    // language can still find their own.
    persian = make(window, "languagePersian");
    persian->setText(nativeLanguageName(Language::Persian));
    english = make(window, "languageEnglish");
    english->setText(nativeLanguageName(Language::English));
    for (QAction *action : {persian, english}) {
        action->setCheckable(true);
        languageGroup->addAction(action);
    }
    switchLanguage =
        make(window, "switchLanguage", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});

    shortcuts = make(window, "keyboardShortcuts",
                     {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    about = make(window, "about");
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(window, "aboutQt");
    aboutQt->setMenuRole(QAction::AboutQtRole);

    retranslate();
}

void ShellActions::retranslate()
{
    syncNow->setText(tr("&Sync now"));
    syncNow->setToolTip(tr("Send your edits and receive the latest changes now"));
    exportCsv->setText(tr("&Export to CSV\u2026"));
    exportCsv->setToolTip(tr("Save this section's list or figures for a spreadsheet"));
    printPdf->setText(tr("&Print to PDF\u2026"));
    printPdf->setToolTip(tr("Save this section as it is on screen, as a PDF"));
    signOut->setText(tr("Sign &out"));
    quit->setText(tr("&Quit"));
    for (Section s : allSections()) {
        section(s)->setText(sectionName(s));
        section(s)->setToolTip(sectionDescription(s));
    }
    search->setText(tr("&Search this section"));
    conflicts->setText(tr("&Conflicts\u2026"));
    notifications->setText(tr("&Notifications"));
    account->setText(tr("&Account menu"));
    switchLanguage->setText(tr("S&witch language"));
    shortcuts->setText(tr("&Keyboard shortcuts"));
    about->setText(tr("&About Shahrvand"));
    aboutQt->setText(tr("About &Qt"));
}

} // namespace Shahrvand::Ui
