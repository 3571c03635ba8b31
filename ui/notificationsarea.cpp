#include "notificationsarea.h"

#include "clock.h"
#include "jalalidate.h"
#include "shellicons.h"

#include <QEvent>
#include <QLocale>
#include <QMenu>

namespace Shahrvand::Ui {

NotificationsArea::NotificationsArea(const Clock &clock, QWidget *parent)
    : QToolButton(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("notifications"));
    setIcon(shellIcon(ShellIcon::Notifications));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("notificationsMenu"));
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &NotificationsArea::markRead);
    rebuild();
}

NotificationsArea::~NotificationsArea() = default;

void NotificationsArea::notify(Notification notification)
{
    if (!notification.at.isValid())
        notification.at = m_clock.now();
    if (!notification.key.isEmpty()) {
        m_notifications.removeIf(
            [&](const Notification &earlier) { return earlier.key == notification.key; });
    }
    m_notifications.append(std::move(notification));
    while (m_notifications.size() > maxKept)
        m_notifications.removeFirst();
    m_unread = qMin(m_unread + 1, int(m_notifications.size()));
    rebuild();
    emit unreadCountChanged(m_unread);
}

void NotificationsArea::clear()
{
    m_notifications.clear();
    m_unread = 0;
    rebuild();
    emit unreadCountChanged(m_unread);
}

void NotificationsArea::openList()
{
    showMenu();
}

void NotificationsArea::markRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    rebuild();
    emit unreadCountChanged(m_unread);
}

void NotificationsArea::rebuild()
{
    const QLocale locale;
    setText(m_unread > 0 ? locale.toString(m_unread) : QString());
    const QString tip =
        m_unread > 0 ? tr("Notifications: %Ln unread", nullptr, m_unread) : tr("Notifications");
    setToolTip(tip);
    setAccessibleName(tip);

    m_menu->clear();
    m_entries.clear();
    if (m_notifications.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No notifications"));
        none->setEnabled(false);
        return;
    }
    const QDate today = m_clock.now().toTimeZone(iranTimeZone()).date();
    for (auto it = m_notifications.crbegin(); it != m_notifications.crend(); ++it) {
        const Notification &notice = *it;
        QString text = notice.text();
        if (notice.action && notice.actionText)
            text = tr("%1 \u2014 %2", "notice, then what choosing it does")
                       .arg(text, notice.actionText());
        // Text after a tab goes where menus show shortcuts: the time, aligned at the side.
        const QDateTime shownAt = notice.at.toTimeZone(iranTimeZone());
        const QString when = shownAt.date() == today
                                 ? locale.toString(shownAt.time(), u"HH:mm")
                                 : formatJalaliDateTime(notice.at, DateStyle::Long, locale);
        QAction *entry = m_menu->addAction(text + u'\t' + when);
        entry->setObjectName(QStringLiteral("notice_") + notice.key);
        // Queued: the action may add a notice, and rebuilding the menu deletes this entry.
        if (notice.action)
            connect(entry, &QAction::triggered, this, notice.action, Qt::QueuedConnection);
        m_entries << entry;
    }
    m_menu->addSeparator();
    QAction *clearAll = m_menu->addAction(tr("Clear notifications"));
    clearAll->setObjectName(QStringLiteral("clearNotifications"));
    connect(clearAll, &QAction::triggered, this, &NotificationsArea::clear, Qt::QueuedConnection);
}

void NotificationsArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QToolButton::changeEvent(event);
}

} // namespace Shahrvand::Ui
