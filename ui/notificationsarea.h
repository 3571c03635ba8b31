#pragma once

#include <QDateTime>
#include <QList>
#include <QToolButton>

#include <functional>

class QMenu;

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Ui {

// One thing that happened which the user should hear about even if they were looking
// elsewhere: a sync that ended with conflicts, the server ending the session, secrets
// kept in memory only. Texts are made when shown, so they follow the language.
struct Notification
{
    QString key; // a later notice with the same key replaces the earlier one
    std::function<QString()> text;
    std::function<QString()> actionText; // optional, with action
    std::function<void()> action;
    QDateTime at; // set by notify() when empty
};

// The bell in the tool bar: the number of unread notices on it, and the recent ones,
// newest first, in the menu it opens. A notice with an action runs it when chosen.
class NotificationsArea final : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationsArea(const Clock &clock, QWidget *parent = nullptr);
    ~NotificationsArea() override;

    static constexpr int maxKept = 50;

    void notify(Notification notification);
    void clear();
    int count() const { return int(m_notifications.size()); }
    int unreadCount() const { return m_unread; }
    // The menu's entries, newest first, as shown.
    QList<QAction *> entries() const { return m_entries; }

public slots:
    void openList();

signals:
    void unreadCountChanged(int unread);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void markRead();

    const Clock &m_clock;
    QMenu *m_menu = nullptr;
    QList<Notification> m_notifications; // oldest first
    QList<QAction *> m_entries;
    int m_unread = 0;
};

} // namespace Shahrvand::Ui
