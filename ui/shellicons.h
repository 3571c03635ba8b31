#pragma once

#include <QColor>
#include <QIcon>

namespace Shahrvand::Ui {

enum class ShellIcon {
    Cases,
    Citizens,
    Knowledge,
    Missions,
    Approvals,
    Dashboards,
    Notifications,
    User,
    Sync,
    Conflicts,
    Search,
};

// The shell's icons: the desktop theme's when it has one (Linux desktops), otherwise simple
// line drawings made here, so that Windows and the headless test platform show the same
// clear shapes instead of blanks.
QIcon shellIcon(ShellIcon which);

// A filled dot for the status bar (online, offline, ...).
QIcon statusDot(const QColor &color);

} // namespace Shahrvand::Ui
