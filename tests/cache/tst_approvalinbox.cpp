// The approvals inbox's clear table in the workstation's cache, on real SQLite files: which
// steps wait for whom (role, unit, name, delegation), the current step of a chain, subjects
// that no longer wait, pulls, local decisions, push answers (applied and refused), deletes,
// sorting and keyset pages, sealed titles, and a cache of version 5 upgraded.
#include "approvalinbox.h"
#include "localcache.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

const qint64 dayMs = 86'400'000;
const qint64 t0 = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 nowMs = t0 + 20 * dayMs;

// A supervisor of unit 3 (who sees unit 4 too) and finance approver.
Access::Principal approver()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("maryam");
    user.roles = {Access::Role::Supervisor, Access::Role::FinanceApprover};
    user.units = {OrgUnitId(3)};
    user.visibleUnits = {OrgUnitId(3), OrgUnitId(4)};
    return user;
}

QJsonObject claim(qint64 id, qint64 total, const QString &status = QStringLiteral("submitted"),
                  qint64 version = 2)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), t0},
            {QStringLiteral("updated_at"), t0},
            {QStringLiteral("claimant_id"), 21},
            {QStringLiteral("unit_id"), 3},
            {QStringLiteral("status"), status},
            {QStringLiteral("title"), QStringLiteral("هزینهٔ سفر %1").arg(id)},
            {QStringLiteral("total_rials"), total},
            {QStringLiteral("submitted_at"), t0 + id * 60'000}};
}

QJsonObject mission(qint64 id, const QString &status = QStringLiteral("draft"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), 2},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), t0},
            {QStringLiteral("updated_at"), t0},
            {QStringLiteral("purpose"), QStringLiteral("بازدید زیرگذر %1").arg(id)},
            {QStringLiteral("status"), status},
            {QStringLiteral("unit_id"), 3},
            {QStringLiteral("requested_by"), 22},
            {QStringLiteral("budgeted"), true}};
}

QJsonObject step(qint64 id, const char *type, qint64 subject, int number, const char *role,
                 const char *decision = "pending", QJsonValue unit = 3, QJsonValue named = {},
                 qint64 createdAt = t0, qint64 version = 1)
{
    QJsonObject row{{QStringLiteral("id"), id},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("deleted"), false},
                    {QStringLiteral("created_at"), createdAt},
                    {QStringLiteral("updated_at"), createdAt},
                    {QStringLiteral("subject_type"), QLatin1String(type)},
                    {QStringLiteral("subject_id"), subject},
                    {QStringLiteral("step"), number},
                    {QStringLiteral("approver_role"), QLatin1String(role)},
                    {QStringLiteral("approver_unit_id"), unit},
                    {QStringLiteral("approver_id"), named},
                    {QStringLiteral("decision"), QLatin1String(decision)},
                    {QStringLiteral("reason"), QString()}};
    if (QLatin1String(decision) != QLatin1String("pending"))
        row.insert(QStringLiteral("decided_at"), createdAt + dayMs);
    return row;
}

QJsonObject tombstone(qint64 id, qint64 version)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), true}};
}

QList<qint64> stepsOf(const QList<ApprovalItem> &items)
{
    QList<qint64> ids;
    for (const ApprovalItem &item : items)
        ids.append(item.stepId);
    return ids;
}

} // namespace

class TestApprovalInbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    CacheKey m_key = CacheKey::generate();
    qint64 m_cursor = 0;

    std::unique_ptr<LocalCache> openFresh(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1/cache.cache").arg(++m_count));
        auto cache = LocalCache::open(path, m_key);
        if (!cache)
            qFatal("cannot open cache: %s", qPrintable(cache.error().detail));
        auto owned = std::move(cache).value();
        if (!owned->setUser(approver()))
            qFatal("cannot set user");
        if (pathOut)
            *pathOut = path;
        return owned;
    }

    bool pull(LocalCache &cache, const QString &entity, const QList<QJsonObject> &rows)
    {
        QJsonArray changes;
        for (const QJsonObject &row : rows)
            changes.append(
                QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("row"), row}});
        const QJsonObject page{{QStringLiteral("changes"), changes},
                               {QStringLiteral("drops"), QJsonArray()},
                               {QStringLiteral("cursor"), ++m_cursor},
                               {QStringLiteral("more"), false}};
        // Through the text path, as the sync engine applies pages.
        const auto applied =
            cache.applyPullPageText(QJsonDocument(page).toJson(QJsonDocument::Compact));
        if (!applied)
            qWarning() << "pull failed:" << applied.error().detail;
        return bool(applied);
    }

    static ApprovalFilter filterOf(LocalCache &cache, const QString &type = {})
    {
        const auto made = ApprovalInbox::filterFor(cache, approver(), nowMs);
        if (!made)
            qFatal("no filter: %s", qPrintable(made.error().detail));
        ApprovalFilter filter = *made;
        filter.subjectType = type;
        return filter;
    }

    static QList<ApprovalItem> all(LocalCache &cache, const ApprovalFilter &filter,
                                   ApprovalSort sort = {}, int pageSize = 100)
    {
        QList<ApprovalItem> items;
        std::optional<ApprovalPosition> after;
        for (;;) {
            const auto page = ApprovalInbox::page(cache, filter, sort, pageSize, after);
            if (!page) {
                qWarning() << "page failed:" << page.error().detail;
                return {};
            }
            items += page->items;
            if (page->atEnd)
                return items;
            after = page->last;
        }
    }

    static qint64 countOf(LocalCache &cache, const ApprovalFilter &filter)
    {
        const auto counted = ApprovalInbox::count(cache, filter);
        return counted ? *counted : -1;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void stepsWaitForTheirApproversOnly()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, u"expense_claims"_qs,
                     {claim(50, 1'000'000), claim(51, 2'000'000), claim(52, 3'000'000),
                      claim(53, 4'000'000), claim(54, 5'000'000), claim(55, 6'000'000)}));
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(1, "expense_claim", 50, 1, "supervisor"),               // my role, unit
                      step(2, "expense_claim", 51, 1, "supervisor", "pending", 9), // other unit
                      step(3, "expense_claim", 52, 1, "finance_approver", "pending", {}), // any
                      step(4, "expense_claim", 53, 1, "knowledge_approver"),     // not my role
                      step(5, "expense_claim", 54, 1, "supervisor", "approved"), // decided
                      step(6, "expense_claim", 55, 1, "administrator", "pending", {}, 7)})); // me
        // A step of a kind of subject this build does not know: no item, and its mark goes.
        QVERIFY(pull(*cache, u"approval_steps"_qs, {step(7, "contract", 99, 1, "supervisor")}));
        QCOMPARE(*ApprovalInbox::refresh(*cache), 7);
        QCOMPARE(*ApprovalInbox::refresh(*cache), 0);
        const ApprovalFilter filter = filterOf(*cache);
        QCOMPARE(stepsOf(all(*cache, filter)), (QList<qint64>{1, 3, 6}));
        QCOMPARE(countOf(*cache, filter), 3);
        // Named for someone else: not mine even with the role.
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(1, "expense_claim", 50, 1, "supervisor", "pending", 3, 12, t0, 2)}));
        QCOMPARE(stepsOf(all(*cache, filter)), (QList<qint64>{3, 6}));
        // The item carries what the list shows.
        const auto item = ApprovalInbox::item(*cache, 3);
        QVERIFY(item && *item);
        QCOMPARE((*item)->subjectType, u"expense_claim"_qs);
        QCOMPARE((*item)->subjectId, 52);
        QCOMPARE((*item)->title, u"هزینهٔ سفر 52"_qs);
        QCOMPARE((*item)->amountRials, std::optional<qint64>(3'000'000));
        QCOMPARE((*item)->claimantId, 21);
        QCOMPARE((*item)->unitId, 3);
        QCOMPARE((*item)->waitingSinceMs, t0 + 52 * 60'000); // submitted after the step was made
        QVERIFY(!(*item)->decidedHere);
    }

    void onlyTheCurrentStepOfAWaitingSubjectWaits()
    {
        auto cache = openFresh();
        QVERIFY(pull(
            *cache, u"approval_rules"_qs,
            {QJsonObject{{QStringLiteral("id"), 1},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("deleted"), false},
                         {QStringLiteral("subject_type"), QStringLiteral("expense_claim")},
                         {QStringLiteral("min_amount_rials"), 0},
                         {QStringLiteral("step"), 1},
                         {QStringLiteral("approver_role"), QStringLiteral("supervisor")}},
             QJsonObject{{QStringLiteral("id"), 2},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("deleted"), false},
                         {QStringLiteral("subject_type"), QStringLiteral("expense_claim")},
                         {QStringLiteral("min_amount_rials"), 50'000'000},
                         {QStringLiteral("step"), 3},
                         {QStringLiteral("approver_role"), QStringLiteral("administrator")}}}));
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(60, 90'000'000), claim(61, 1'000)}));
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(10, "expense_claim", 60, 1, "supervisor"),
                      step(11, "expense_claim", 60, 2, "finance_approver", "pending", {}),
                      step(12, "expense_claim", 61, 1, "supervisor")}));
        const ApprovalFilter filter = filterOf(*cache);
        QCOMPARE(stepsOf(all(*cache, filter)), (QList<qint64>{10, 12}));
        auto item = ApprovalInbox::item(*cache, 10);
        QCOMPARE((*item)->step, 1);
        QCOMPARE((*item)->steps, 3); // the rules: a claim of 90 million goes to step 3
        QCOMPARE((*ApprovalInbox::item(*cache, 12))->steps, 1);

        // Step 1 approved on the server: step 2 is the current one, waiting since then.
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(10, "expense_claim", 60, 1, "supervisor", "approved", 3, 12, t0, 2)}));
        QCOMPARE(stepsOf(all(*cache, filter)), (QList<qint64>{12, 11}));
        item = ApprovalInbox::item(*cache, 11);
        QCOMPARE((*item)->step, 2);
        QCOMPARE((*item)->waitingSinceMs, t0 + dayMs);

        // Step 1 rejected: the chain has ended, step 2 waits no more.
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(10, "expense_claim", 60, 1, "supervisor", "rejected", 3, 12, t0, 3)}));
        QCOMPARE(stepsOf(all(*cache, filter)), QList<qint64>{12});

        // A claim withdrawn meanwhile: its step leaves the inbox; submitted again, it is back.
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(61, 1'000, u"withdrawn"_qs, 3)}));
        QCOMPARE(countOf(*cache, filter), 0);
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(61, 1'000, u"submitted"_qs, 4)}));
        QCOMPARE(countOf(*cache, filter), 1);

        // Missions: waiting until cancelled or completed; a step for a mission this computer
        // does not have waits too.
        QVERIFY(pull(*cache, u"missions"_qs, {mission(31), mission(32, u"cancelled"_qs)}));
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(20, "mission", 31, 1, "supervisor"),
                      step(21, "mission", 32, 1, "supervisor"),
                      step(22, "mission", 33, 1, "supervisor")}));
        QCOMPARE(stepsOf(all(*cache, filterOf(*cache, u"mission"_qs))), (QList<qint64>{20, 22}));
        QCOMPARE(countOf(*cache, filterOf(*cache, u"expense_claim"_qs)), 1);
        item = ApprovalInbox::item(*cache, 20);
        QCOMPARE((*item)->budgeted, std::optional<bool>(true));
        QVERIFY(!(*item)->amountRials);
        QCOMPARE((*item)->claimantId, 22);
        QCOMPARE((*ApprovalInbox::item(*cache, 22))->title, QString());
    }

    void onlyTheLatestChainAndOthersSubjectsWait()
    {
        auto cache = openFresh();
        // Claim 70 was returned at step 1 and submitted again: chain 2, whose step 1 is
        // approved; chain 1's step 2 stays pending as history.
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(70, 3'000'000)}));
        const auto chained = [](QJsonObject row, int chain) {
            row.insert(QStringLiteral("chain"), chain);
            return row;
        };
        QVERIFY(
            pull(*cache, u"approval_steps"_qs,
                 {chained(step(1, "expense_claim", 70, 1, "supervisor", "returned"), 1),
                  chained(step(2, "expense_claim", 70, 2, "finance_approver", "pending", {}), 1),
                  chained(step(3, "expense_claim", 70, 1, "supervisor", "approved", 3, 12,
                               t0 + 2 * dayMs),
                          2),
                  chained(step(4, "expense_claim", 70, 2, "finance_approver", "pending", {}, {},
                               t0 + 2 * dayMs),
                          2)}));
        QCOMPARE(stepsOf(all(*cache, filterOf(*cache))), QList<qint64>{4});
        const auto item = ApprovalInbox::item(*cache, 4);
        QCOMPARE((*item)->step, 2);
        QCOMPARE((*item)->steps, 2);
        QCOMPARE((*item)->waitingSinceMs, t0 + 3 * dayMs); // chain 2's step 1 decided then

        // The user's own claim waits for someone else: it is not in their inbox.
        QJsonObject own = claim(71, 1'000);
        own.insert(QStringLiteral("claimant_id"), 7);
        QVERIFY(pull(*cache, u"expense_claims"_qs, {own}));
        QVERIFY(
            pull(*cache, u"approval_steps"_qs, {step(5, "expense_claim", 71, 1, "supervisor")}));
        QCOMPARE(stepsOf(all(*cache, filterOf(*cache))), QList<qint64>{4});
        QCOMPARE(countOf(*cache, filterOf(*cache)), 1);

        // A mission waits as a draft whose approval is pending.
        QJsonObject pendingMission = mission(31);
        pendingMission.insert(QStringLiteral("approval_status"), QStringLiteral("pending"));
        QJsonObject takenBack = mission(32);
        takenBack.insert(QStringLiteral("approval_status"), QStringLiteral("none"));
        QVERIFY(
            pull(*cache, u"missions"_qs, {pendingMission, takenBack, mission(33, u"issued"_qs)}));
        QVERIFY(
            pull(*cache, u"approval_steps"_qs,
                 {step(6, "mission", 31, 1, "supervisor"), step(7, "mission", 32, 1, "supervisor"),
                  step(8, "mission", 33, 1, "supervisor")}));
        QCOMPARE(stepsOf(all(*cache, filterOf(*cache, u"mission"_qs))), QList<qint64>{6});
    }

    void sortsAndPagesByKeyset()
    {
        auto cache = openFresh();
        QList<QJsonObject> claims;
        QList<QJsonObject> steps;
        for (int i = 1; i <= 57; ++i) {
            // Totals repeat (ties go by step id); waiting times repeat too.
            claims.append(claim(100 + i, (i % 7) * 1'000'000));
            QJsonObject row = step(1000 + i, "expense_claim", 100 + i, 1, "supervisor", "pending",
                                   3, {}, t0 + (i % 5) * dayMs);
            steps.append(row);
        }
        QList<QJsonObject> missions;
        for (int i = 1; i <= 6; ++i) {
            missions.append(mission(200 + i));
            steps.append(step(2000 + i, "mission", 200 + i, 1, "supervisor"));
        }
        QVERIFY(pull(*cache, u"expense_claims"_qs, claims));
        QVERIFY(pull(*cache, u"missions"_qs, missions));
        QVERIFY(pull(*cache, u"approval_steps"_qs, steps));
        const ApprovalFilter filter = filterOf(*cache);
        QCOMPARE(countOf(*cache, filter), 63);
        for (const ApprovalSort sort :
             {ApprovalSort{ApprovalSortColumn::WaitingSince, Qt::AscendingOrder},
              ApprovalSort{ApprovalSortColumn::WaitingSince, Qt::DescendingOrder},
              ApprovalSort{ApprovalSortColumn::Amount, Qt::AscendingOrder},
              ApprovalSort{ApprovalSortColumn::Amount, Qt::DescendingOrder}}) {
            const QList<ApprovalItem> paged = all(*cache, filter, sort, 10);
            const QList<ApprovalItem> whole = all(*cache, filter, sort, 1000);
            QCOMPARE(paged.size(), 63);
            QCOMPARE(stepsOf(paged), stepsOf(whole));
            const auto key = [&sort](const ApprovalItem &item) {
                return sort.column == ApprovalSortColumn::Amount
                           ? std::pair(item.amountRials.value_or(-1), item.stepId)
                           : std::pair(item.waitingSinceMs, item.stepId);
            };
            for (qsizetype i = 1; i < paged.size(); ++i) {
                if (sort.order == Qt::AscendingOrder)
                    QVERIFY(key(paged.at(i - 1)) < key(paged.at(i)));
                else
                    QVERIFY(key(paged.at(i - 1)) > key(paged.at(i)));
            }
            // One kind alone walks its own index, in the same order.
            for (const QString &kind : {u"expense_claim"_qs, u"mission"_qs}) {
                const ApprovalFilter narrowed = filterOf(*cache, kind);
                QList<qint64> expected;
                for (const ApprovalItem &item : whole) {
                    if (item.subjectType == kind)
                        expected.append(item.stepId);
                }
                QCOMPARE(stepsOf(all(*cache, narrowed, sort, 4)), expected);
                QCOMPARE(countOf(*cache, narrowed), expected.size());
            }
            // Missions have no amount: first ascending, last descending.
            if (sort.column == ApprovalSortColumn::Amount) {
                const ApprovalItem &edge =
                    sort.order == Qt::AscendingOrder ? paged.first() : paged.last();
                QCOMPARE(edge.subjectType, u"mission"_qs);
            }
        }
    }

    void aDecisionMadeHereLeavesTheListAtOnce()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(50, 1'000'000), claim(51, 2'000'000)}));
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(1, "expense_claim", 50, 1, "supervisor"),
                      step(2, "expense_claim", 50, 2, "finance_approver", "pending", {}),
                      step(3, "expense_claim", 51, 1, "supervisor")}));
        const ApprovalFilter filter = filterOf(*cache);
        QCOMPARE(stepsOf(all(*cache, filter)), (QList<qint64>{1, 3}));

        // A reason is required to reject or return; a step that is not current is refused.
        auto refused = ApprovalInbox::decide(*cache, 3, u"rejected"_qs, u"  "_qs);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, CacheError::Kind::Invalid);
        refused = ApprovalInbox::decide(*cache, 2, u"approved"_qs, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, CacheError::Kind::NotFound);
        QCOMPARE(cache->pendingCount(), 0);

        QVERIFY(ApprovalInbox::decide(*cache, 1, u"approved"_qs, {}));
        QVERIFY(ApprovalInbox::decide(*cache, 3, u"returned"_qs, u"رسید اقامت پیوست نشده است."_qs));
        // Step 1 approved here: step 2 (finance, also mine) is current now.
        QCOMPARE(stepsOf(all(*cache, filter)), QList<qint64>{2});
        const auto decided = ApprovalInbox::decidedHere(*cache);
        QVERIFY(decided);
        QCOMPARE(stepsOf(*decided), (QList<qint64>{3, 1})); // latest first
        QCOMPARE(decided->first().decision, u"returned"_qs);
        QCOMPARE(decided->first().reason, u"رسید اقامت پیوست نشده است."_qs);
        QCOMPARE(decided->first().title, u"هزینهٔ سفر 51"_qs);
        // Deciding twice is refused: it is no longer waiting.
        QVERIFY(!ApprovalInbox::decide(*cache, 1, u"rejected"_qs, u"x"_qs));

        // The outbox carries the server's contract: an update of decision and reason.
        const auto mutations = cache->pendingMutations(10);
        QVERIFY(mutations);
        QCOMPARE(mutations->size(), 2);
        const QJsonObject returned = mutations->at(1).toObject();
        QCOMPARE(returned.value(u"entity").toString(), u"approval_steps"_qs);
        QCOMPARE(returned.value(u"op").toString(), u"update"_qs);
        QCOMPARE(returned.value(u"id").toInteger(), 3);
        QCOMPARE(returned.value(u"fields").toObject(),
                 (QJsonObject{
                     {QStringLiteral("decision"), QStringLiteral("returned")},
                     {QStringLiteral("reason"), QStringLiteral("رسید اقامت پیوست نشده است.")}}));

        // The server applies the approval: it leaves "decided here".
        QJsonObject applied =
            step(1, "expense_claim", 50, 1, "supervisor", "approved", 3, 7, t0, 2);
        const auto pushed = cache->applyPushResults(
            *mutations,
            QJsonArray{QJsonObject{{QStringLiteral("client_mutation_id"),
                                    mutations->at(0).toObject().value(u"client_mutation_id")},
                                   {QStringLiteral("status"), QStringLiteral("applied")},
                                   {QStringLiteral("row"), applied}}});
        QVERIFY(pushed);
        QCOMPARE(stepsOf(*ApprovalInbox::decidedHere(*cache)), QList<qint64>{3});
        QCOMPARE(stepsOf(all(*cache, filter)), QList<qint64>{2});
    }

    void aRefusedDecisionIsKeptWithItsReason()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(50, 1'000'000)}));
        QVERIFY(
            pull(*cache, u"approval_steps"_qs, {step(1, "expense_claim", 50, 1, "supervisor")}));
        QVERIFY(ApprovalInbox::decide(*cache, 1, u"rejected"_qs, u"خارج از سقف مصوب"_qs));
        const auto mutations = cache->pendingMutations(10);
        QVERIFY(mutations && mutations->size() == 1);
        // Meanwhile the claimant withdrew the claim: the server refuses (409) and the pull
        // that follows brings the withdrawn claim.
        const auto pushed = cache->applyPushResults(
            *mutations,
            QJsonArray{QJsonObject{
                {QStringLiteral("client_mutation_id"),
                 mutations->at(0).toObject().value(u"client_mutation_id")},
                {QStringLiteral("status"), QStringLiteral("rejected")},
                {QStringLiteral("error"),
                 QJsonObject{
                     {QStringLiteral("code"), QStringLiteral("approval_no_longer_waiting")},
                     {QStringLiteral("message"),
                      QStringLiteral("This no longer waits for a decision.")},
                     {QStringLiteral("details"),
                      QJsonObject{
                          {QStringLiteral("reason"), QStringLiteral("subject_not_waiting")},
                          {QStringLiteral("subject_type"), QStringLiteral("expense_claim")},
                          {QStringLiteral("subject_id"), 50},
                          {QStringLiteral("subject_status"), QStringLiteral("withdrawn")}}}}}}});
        QVERIFY(pushed);
        QCOMPARE(pushed->rejected, 1);
        // Before the pull, the server's details say what became of the claim.
        auto early = ApprovalInbox::refused(*cache);
        QVERIFY(early && early->size() == 1);
        QVERIFY(early->first().withdrawn);
        QCOMPARE(early->first().subjectStatus, u"withdrawn"_qs);
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(50, 1'000'000, u"withdrawn"_qs, 3)}));

        const ApprovalFilter filter = filterOf(*cache);
        QCOMPARE(countOf(*cache, filter), 0);
        QVERIFY(ApprovalInbox::decidedHere(*cache)->isEmpty());
        const auto refused = ApprovalInbox::refused(*cache);
        QVERIFY(refused);
        QCOMPARE(refused->size(), 1);
        const RefusedDecision &kept = refused->first();
        QCOMPARE(kept.stepId, 1);
        QCOMPARE(kept.decision, u"rejected"_qs);
        QCOMPARE(kept.reason, u"خارج از سقف مصوب"_qs);
        QVERIFY(kept.withdrawn);
        QCOMPARE(kept.subjectStatus, u"withdrawn"_qs);
        QCOMPARE(kept.title, u"هزینهٔ سفر 50"_qs);
        QCOMPARE(kept.errorDetails.value(u"reason").toString(), u"subject_not_waiting"_qs);
        QVERIFY(!kept.conflict);
        // Read and dismissed: nothing is sent.
        QVERIFY(ApprovalInbox::dismissRefusal(*cache, kept.conflictId));
        QVERIFY(ApprovalInbox::refused(*cache)->isEmpty());
        QCOMPARE(cache->pendingCount(), 0);
    }

    void aDecisionThatMeetsAnotherIsKeptAsAConflict()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, u"missions"_qs, {mission(31)}));
        QVERIFY(pull(*cache, u"approval_steps"_qs, {step(1, "mission", 31, 1, "supervisor")}));
        QVERIFY(ApprovalInbox::decide(*cache, 1, u"approved"_qs, {}));
        const auto mutations = cache->pendingMutations(10);
        QVERIFY(mutations && mutations->size() == 1);
        // A colleague with the same role rejected it meanwhile: a conflict on the decision.
        const QJsonObject theirs =
            step(1, "mission", 31, 1, "supervisor", "rejected", 3, 12, t0, 2);
        QVERIFY(cache->applyPushResults(
            *mutations, QJsonArray{QJsonObject{
                            {QStringLiteral("client_mutation_id"),
                             mutations->at(0).toObject().value(u"client_mutation_id")},
                            {QStringLiteral("status"), QStringLiteral("conflict")},
                            {QStringLiteral("row"), theirs},
                            {QStringLiteral("conflicts"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("field"), QStringLiteral("decision")},
                                 {QStringLiteral("base"), QStringLiteral("pending")},
                                 {QStringLiteral("mine"), QStringLiteral("approved")},
                                 {QStringLiteral("theirs"), QStringLiteral("rejected")}}}}}}));
        QCOMPARE(countOf(*cache, filterOf(*cache)), 0);
        QVERIFY(ApprovalInbox::decidedHere(*cache)->isEmpty());
        const auto refused = ApprovalInbox::refused(*cache);
        QVERIFY(refused && refused->size() == 1);
        QVERIFY(refused->first().conflict);
        QVERIFY(!refused->first().withdrawn);
        QVERIFY(refused->first().noLongerWaits);
        QCOMPARE(refused->first().decision, u"approved"_qs);
        QCOMPARE(refused->first().serverDecision, u"rejected"_qs);
        QCOMPARE(refused->first().title, u"بازدید زیرگذر 31"_qs);
    }

    void deletesAndDelegations()
    {
        auto cache = openFresh();
        QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(50, 1'000'000), claim(51, 1'000)}));
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(1, "expense_claim", 50, 1, "supervisor"),
                      step(2, "expense_claim", 51, 1, "supervisor"),
                      step(3, "expense_claim", 51, 1, "finance_approver", "pending", {}, 12)}));
        ApprovalFilter filter = filterOf(*cache);
        QCOMPARE(stepsOf(all(*cache, filter)), (QList<qint64>{1, 2}));
        // The claim deleted on the server takes its steps; a step deleted alone goes too.
        QVERIFY(pull(*cache, u"expense_claims"_qs, {tombstone(50, 9)}));
        QCOMPARE(stepsOf(all(*cache, filter)), QList<qint64>{2});
        QVERIFY(pull(*cache, u"approval_steps"_qs, {tombstone(2, 9)}));
        QCOMPARE(countOf(*cache, filter), 0);

        // User 12 delegated to me from yesterday to next week: their named step is mine now;
        // a delegation that ended, or one to someone else, is not.
        const auto delegation = [](qint64 id, qint64 approver, qint64 delegate, qint64 starts,
                                   qint64 ends) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("deleted"), false},
                               {QStringLiteral("approver_id"), approver},
                               {QStringLiteral("delegate_id"), delegate},
                               {QStringLiteral("starts_at"), starts},
                               {QStringLiteral("ends_at"), ends}};
        };
        QVERIFY(pull(*cache, u"delegations"_qs,
                     {delegation(1, 13, 7, nowMs - 20 * dayMs, nowMs - 10 * dayMs),
                      delegation(2, 7, 14, nowMs - dayMs, nowMs + dayMs)}));
        QCOMPARE(filterOf(*cache).approverIds, QList<qint64>{7});
        QCOMPARE(countOf(*cache, filterOf(*cache)), 0);
        QVERIFY(pull(*cache, u"delegations"_qs,
                     {delegation(3, 12, 7, nowMs - dayMs, nowMs + 7 * dayMs)}));
        filter = filterOf(*cache);
        QCOMPARE(filter.approverIds, (QList<qint64>{7, 12}));
        QCOMPARE(stepsOf(all(*cache, filter)), QList<qint64>{3});
    }

    void titlesStaySealed()
    {
        QString path;
        {
            auto cache = openFresh(&path);
            QJsonObject secret = claim(50, 1'000'000);
            secret.insert(QStringLiteral("title"), QStringLiteral("Zanjan-secret-trip-7731"));
            QVERIFY(pull(*cache, u"expense_claims"_qs, {secret}));
            QVERIFY(pull(*cache, u"approval_steps"_qs,
                         {step(1, "expense_claim", 50, 1, "supervisor")}));
            QCOMPARE(stepsOf(all(*cache, filterOf(*cache))), QList<qint64>{1});
            QCOMPARE((*ApprovalInbox::item(*cache, 1))->title, u"Zanjan-secret-trip-7731"_qs);
        }
        for (const QString &file : {path, path + u"-wal"_qs}) {
            QFile bytes(file);
            if (!bytes.open(QIODevice::ReadOnly))
                continue;
            QVERIFY(!bytes.readAll().contains("secret-trip-7731"));
        }
    }

    void aVersion5CacheListsTheStepsItHas()
    {
        QString path;
        {
            auto cache = openFresh(&path);
            QVERIFY(pull(*cache, u"expense_claims"_qs, {claim(50, 1'000'000)}));
            QVERIFY(pull(*cache, u"approval_steps"_qs,
                         {step(1, "expense_claim", 50, 1, "supervisor"),
                          step(2, "expense_claim", 50, 2, "finance_approver", "pending", {})}));
            // Make it a version 5 file: no items, no triggers.
            QSqlQuery query(cache->database());
            QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                               "name LIKE 'approval_%'"_qs));
            QStringList triggers;
            while (query.next())
                triggers.append(query.value(0).toString());
            QCOMPARE(triggers.size(), 12);
            for (const QString &trigger : triggers)
                QVERIFY(query.exec(u"DROP TRIGGER "_qs + trigger));
            for (const QString &table : {u"approval_items"_qs, u"approval_dirty"_qs})
                QVERIFY(query.exec(u"DROP TABLE "_qs + table));
            QVERIFY(query.exec(u"PRAGMA user_version = 5"_qs));
        }
        auto opened = LocalCache::open(path, m_key);
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"PRAGMA user_version"_qs) && query.next());
        QCOMPARE(query.value(0).toInt(), LocalCache::schemaVersion());
        QCOMPARE(*ApprovalInbox::refresh(*cache), 2);
        QCOMPARE(*ApprovalInbox::refresh(*cache), 0);
        QCOMPARE(stepsOf(all(*cache, filterOf(*cache))), QList<qint64>{1});
        // And the triggers work.
        QVERIFY(pull(*cache, u"approval_steps"_qs,
                     {step(1, "expense_claim", 50, 1, "supervisor", "approved", 3, 12, t0, 2)}));
        QCOMPARE(stepsOf(all(*cache, filterOf(*cache))), QList<qint64>{2});
    }

    void aLargePullIsLeftToTheEngineButLocalEditsAreNot()
    {
        auto cache = openFresh();
        QList<QJsonObject> claims;
        QList<QJsonObject> steps;
        for (int i = 1; i <= 2500; ++i) {
            claims.append(claim(i, i));
            steps.append(step(10'000 + i, "expense_claim", i, 1, "supervisor"));
        }
        QVERIFY(pull(*cache, u"expense_claims"_qs, claims));
        QVERIFY(pull(*cache, u"approval_steps"_qs, steps));
        const ApprovalFilter filter = filterOf(*cache);
        // 2,500 marked: a page does not make them (the sync engine does, after its pull)...
        QCOMPARE(countOf(*cache, filter), 0);
        // ... the engine's refresh does (cancelled, it stops between batches)...
        std::atomic<bool> cancel{true};
        QCOMPARE(*ApprovalInbox::refresh(*cache, &cancel), 0);
        QCOMPARE(*ApprovalInbox::refresh(*cache), 2500);
        QCOMPARE(countOf(*cache, filter), 2500);
        // ... and while a pull's worth waits, a decision made here is made at once.
        QVERIFY(pull(*cache, u"expense_claims"_qs, [] {
            QList<QJsonObject> again;
            for (int i = 1; i <= 2500; ++i)
                again.append(claim(i, i + 1, u"submitted"_qs, 3));
            return again;
        }()));
        QVERIFY(ApprovalInbox::decide(*cache, 10'001, u"approved"_qs, {}));
        QCOMPARE(stepsOf(*ApprovalInbox::decidedHere(*cache)), QList<qint64>{10'001});
        QCOMPARE(*ApprovalInbox::refresh(*cache), 2499);
        QCOMPARE(countOf(*cache, filter), 2499);
    }
};

QTEST_GUILESS_MAIN(TestApprovalInbox)
#include "tst_approvalinbox.moc"
