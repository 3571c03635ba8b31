// A delegate's approvals inbox in the workstation's cache, on real SQLite files: the steps
// addressed to the role of an approver who delegated to the user, in that approver's units,
// are listed while the delegation runs and marked with whom the user stands in for; the
// approver's roles and units come from the signed-in user (the server's "delegators"),
// renewed in the cache; without them only the approver's named steps are listed; a step
// for the same role outside the approver's units is not; nor after the delegation ended.
#include "approvalinbox.h"
#include "localcache.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

const qint64 dayMs = 86'400'000;
const qint64 t0 = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 nowMs = t0 + 20 * dayMs;

// An agent of unit 5: no approver role of their own.
Access::Principal delegate()
{
    Access::Principal user;
    user.userId = UserId(8);
    user.username = QStringLiteral("sara");
    user.roles = {Access::Role::Agent};
    user.units = {OrgUnitId(5)};
    user.visibleUnits = {OrgUnitId(5)};
    return user;
}

// The supervisor (user 12) of units 3 and 4, as the server describes them.
Access::Delegator supervisor()
{
    Access::Delegator delegator;
    delegator.userId = UserId(12);
    delegator.displayName = QStringLiteral("علی توکلی");
    delegator.roles = {Access::Role::Supervisor};
    delegator.visibleUnits = {OrgUnitId(3), OrgUnitId(4)};
    delegator.startsAtMs = nowMs - dayMs;
    delegator.endsAtMs = nowMs + 7 * dayMs;
    return delegator;
}

QJsonObject row(qint64 id, QJsonObject fields)
{
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("version"), 1);
    fields.insert(QStringLiteral("deleted"), false);
    fields.insert(QStringLiteral("created_at"), t0);
    fields.insert(QStringLiteral("updated_at"), t0);
    return fields;
}

QJsonObject claim(qint64 id, qint64 unit)
{
    return row(id, {{QStringLiteral("claimant_id"), 21},
                    {QStringLiteral("unit_id"), unit},
                    {QStringLiteral("status"), QStringLiteral("submitted")},
                    {QStringLiteral("title"), QStringLiteral("هزینهٔ سفر %1").arg(id)},
                    {QStringLiteral("total_rials"), 900'000},
                    {QStringLiteral("submitted_at"), t0 + id * 60'000}});
}

QJsonObject step(qint64 id, qint64 subject, QJsonValue unit, QJsonValue named = {},
                 const char *role = "supervisor")
{
    return row(id, {{QStringLiteral("subject_type"), QStringLiteral("expense_claim")},
                    {QStringLiteral("subject_id"), subject},
                    {QStringLiteral("step"), 1},
                    {QStringLiteral("approver_role"), QLatin1String(role)},
                    {QStringLiteral("approver_unit_id"), unit},
                    {QStringLiteral("approver_id"), named},
                    {QStringLiteral("decision"), QStringLiteral("pending")},
                    {QStringLiteral("reason"), QString()}});
}

QJsonObject delegation(qint64 id, qint64 approver, qint64 delegateId, qint64 starts, qint64 ends)
{
    return row(id, {{QStringLiteral("approver_id"), approver},
                    {QStringLiteral("delegate_id"), delegateId},
                    {QStringLiteral("starts_at"), starts},
                    {QStringLiteral("ends_at"), ends}});
}

} // namespace

class TestDelegatedInbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    CacheKey m_key = CacheKey::generate();
    qint64 m_cursor = 0;

    std::unique_ptr<LocalCache> openFresh(const Access::Principal &user)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1/cache.cache").arg(++m_count));
        auto cache = LocalCache::open(path, m_key);
        if (!cache)
            qFatal("cannot open cache: %s", qPrintable(cache.error().detail));
        auto owned = std::move(cache).value();
        if (!owned->setUser(user))
            qFatal("cannot set user");
        return owned;
    }

    bool pull(LocalCache &cache, const QString &entity, const QList<QJsonObject> &rows)
    {
        QJsonArray changes;
        for (const QJsonObject &changed : rows)
            changes.append(
                QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("row"), changed}});
        const QJsonObject page{{QStringLiteral("changes"), changes},
                               {QStringLiteral("drops"), QJsonArray()},
                               {QStringLiteral("cursor"), ++m_cursor},
                               {QStringLiteral("more"), false}};
        const auto applied =
            cache.applyPullPageText(QJsonDocument(page).toJson(QJsonDocument::Compact));
        if (!applied)
            qWarning() << "pull failed:" << applied.error().detail;
        return bool(applied);
    }

    // The waiting items for `user` at `now`: step id -> whom the user stands in for.
    static QMap<qint64, qint64> inbox(LocalCache &cache, const Access::Principal &user,
                                      qint64 now = nowMs)
    {
        QMap<qint64, qint64> items;
        const auto filter = ApprovalInbox::filterFor(cache, user, now);
        if (!filter) {
            qWarning() << "no filter:" << filter.error().detail;
            return items;
        }
        const auto page = ApprovalInbox::page(cache, *filter, {}, 100);
        if (!page) {
            qWarning() << "page failed:" << page.error().detail;
            return items;
        }
        for (const ApprovalItem &item : page->items)
            items.insert(item.stepId, item.onBehalfOfId);
        const auto counted = ApprovalInbox::count(cache, *filter);
        if (!counted || *counted != items.size())
            qWarning() << "the count disagrees with the page";
        return items;
    }

    // Claims 50 (unit 3), 51 (unit 4), 52 (unit 6, outside the supervisor's units), 53 (no
    // unit on its step), 54 (addressed to user 12 by name), 55 (finance's, unit 3); the
    // supervisor's delegation to the delegate from yesterday to next week.
    void plant(LocalCache &cache)
    {
        QVERIFY(pull(cache, u"users"_qs,
                     {row(12, {{QStringLiteral("display_name"), QStringLiteral("علی توکلی")}})}));
        QVERIFY(pull(
            cache, u"expense_claims"_qs,
            {claim(50, 3), claim(51, 4), claim(52, 6), claim(53, 3), claim(54, 3), claim(55, 3)}));
        QVERIFY(pull(cache, u"approval_steps"_qs,
                     {step(1, 50, 3), step(2, 51, 4), step(3, 52, 6), step(4, 53, QJsonValue()),
                      step(5, 54, 3, 12), step(6, 55, 3, QJsonValue(), "finance_approver")}));
        QVERIFY(pull(cache, u"delegations"_qs,
                     {delegation(1, 12, 8, nowMs - dayMs, nowMs + 7 * dayMs)}));
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void listsTheApproversRoleStepsInTheirUnits()
    {
        Access::Principal user = delegate();
        user.delegators = {supervisor()};
        auto cache = openFresh(user);
        plant(*cache);
        const QMap<qint64, qint64> items = inbox(*cache, user);
        QCOMPARE(items.keys(), (QList<qint64>{1, 2, 4, 5}));
        for (const qint64 onBehalfOf : items)
            QCOMPARE(onBehalfOf, 12);
        // Before the start the delegate sees them (the server sends them) but the inbox
        // does not list them: they cannot decide yet. After the end, neither.
        QVERIFY(inbox(*cache, user, nowMs - 2 * dayMs).isEmpty());
        QVERIFY(inbox(*cache, user, nowMs + 8 * dayMs).isEmpty());
    }

    void withoutTheServersWordOnlyNamedSteps()
    {
        // Signed in before the delegation: the user knows no delegator yet.
        const Access::Principal user = delegate();
        auto cache = openFresh(user);
        plant(*cache);
        QCOMPARE(inbox(*cache, user).keys(), (QList<qint64>{5}));
        // A token refresh renews the stored user with the delegators: the role's steps
        // come, though the page still holds the user of the sign-in.
        Access::Principal renewed = user;
        renewed.delegators = {supervisor()};
        QVERIFY(cache->setUser(renewed));
        QCOMPARE(inbox(*cache, user).keys(), (QList<qint64>{1, 2, 4, 5}));
    }

    void ownStepsAreNotMarked()
    {
        // A supervisor of unit 5 who also stands in for user 12: their own steps are theirs.
        Access::Principal user = delegate();
        user.roles = {Access::Role::Supervisor};
        user.delegators = {supervisor()};
        auto cache = openFresh(user);
        plant(*cache);
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(56, 5)}));
        QVERIFY(pull(*cache, u"approval_steps"_qs, {step(7, 56, 5)}));
        const QMap<qint64, qint64> items = inbox(*cache, user);
        QCOMPARE(items.keys(), (QList<qint64>{1, 2, 4, 5, 7}));
        QCOMPARE(items.value(7), 0);
        // A step with no unit is addressed to every supervisor: theirs too.
        QCOMPARE(items.value(4), 0);
        QCOMPARE(items.value(1), 12);
    }

    void theDelegatorsTravelInTheSignInUser()
    {
        Access::Principal user = delegate();
        user.delegators = {supervisor()};
        const Access::Principal back = Access::principalFromJson(Access::principalToJson(user));
        QCOMPARE(back.delegators.size(), 1);
        QCOMPARE(back.delegators.first(), supervisor());
    }
};

QTEST_GUILESS_MAIN(TestDelegatedInbox)
#include "tst_delegatedinbox.moc"
