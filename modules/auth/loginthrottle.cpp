#include "loginthrottle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Shahrvand::Auth {

using std::chrono::milliseconds;
using std::chrono::seconds;

LoginThrottle::LoginThrottle(QSqlDatabase db, Storage::Backend backend, ThrottlePolicy policy)
    : m_db(std::move(db))
    , m_backend(backend)
    , m_policy(policy)
{}

seconds LoginThrottle::delayAfter(int failures, const ThrottlePolicy &policy)
{
    if (failures < policy.freeAttempts)
        return seconds(0);
    const int doublings = std::min(failures - policy.freeAttempts, 30);
    const qint64 delay = qint64(policy.firstDelay.count()) << doublings;
    return std::min(seconds(delay), policy.maximumDelay);
}

Expected<LoginThrottle::Decision, QString> LoginThrottle::beginAttempt(const QString &usernameKey,
                                                                       qint64 nowMs)
{
    // Make sure the row exists, then read it locked: two first failures at once must not
    // both insert, and two attempts at once must not both read the same count.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO login_throttle (username_key, failures, last_failure_at, throttled_until)"
        " VALUES (?, 0, ?, NULL) ON CONFLICT (username_key) DO NOTHING"));
    query.addBindValue(usernameKey);
    query.addBindValue(nowMs);
    if (!query.exec())
        return query.lastError().text();

    // SQLite's write transaction already excludes every other writer.
    const QString lock =
        m_backend == Storage::Backend::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString();
    query.prepare(QStringLiteral("SELECT failures, last_failure_at, throttled_until"
                                 " FROM login_throttle WHERE username_key = ?") +
                  lock);
    query.addBindValue(usernameKey);
    if (!query.exec() || !query.next())
        return query.lastError().text();
    int failures = query.value(0).toInt();
    const qint64 lastFailure = query.value(1).toLongLong();
    const qint64 throttledUntil = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    query.finish();

    Decision decision;
    if (throttledUntil > nowMs) {
        // Round up: "retry after 0 s" while still refused would invite a busy loop.
        decision.wait = seconds((throttledUntil - nowMs + 999) / 1000);
        decision.failures = failures;
        return decision;
    }
    if (nowMs - lastFailure > milliseconds(m_policy.forgetAfter).count())
        failures = 0;
    ++failures;
    decision.allowed = true;
    decision.failures = failures;
    decision.wait = delayAfter(failures, m_policy);

    query.prepare(QStringLiteral("UPDATE login_throttle SET failures = ?, last_failure_at = ?,"
                                 " throttled_until = ? WHERE username_key = ?"));
    query.addBindValue(failures);
    query.addBindValue(nowMs);
    query.addBindValue(decision.wait.count() > 0
                           ? QVariant(nowMs + milliseconds(decision.wait).count())
                           : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(usernameKey);
    if (!query.exec())
        return query.lastError().text();
    return decision;
}

Expected<bool, QString> LoginThrottle::reset(const QString &usernameKey)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM login_throttle WHERE username_key = ?"));
    query.addBindValue(usernameKey);
    if (!query.exec())
        return query.lastError().text();
    return true;
}

Expected<int, QString> LoginThrottle::purgeForgotten(qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM login_throttle WHERE last_failure_at < ?"
                                 " AND (throttled_until IS NULL OR throttled_until <= ?)"));
    query.addBindValue(nowMs - milliseconds(m_policy.forgetAfter).count());
    query.addBindValue(nowMs);
    if (!query.exec())
        return query.lastError().text();
    return query.numRowsAffected();
}

} // namespace Shahrvand::Auth
