// The approvals inbox's items, made again from the sealed rows for the steps the triggers
// of migration 0006 marked (see approvalinbox.h).
#include "approvalinbox.h"

#include "approvalinbox_p.h"
#include "localcache_p.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace Shahrvand::Cache {

using namespace ApprovalIndexing;

namespace ApprovalIndexing {

qint64 millisecondsOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    if (!value.isString())
        return 0;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString entityOfSubject(const QString &subjectType)
{
    if (subjectType == u"expense_claim")
        return QStringLiteral("expense_claims");
    if (subjectType == u"mission")
        return QStringLiteral("missions");
    return {};
}

bool subjectWaits(const QString &subjectType, const QJsonObject &subject)
{
    const QString status = subject.value(u"status").toString();
    if (subjectType == u"expense_claim")
        return status == u"submitted";
    // A mission is approved as a draft, while its approval_status is pending (the same rule
    // as Missions::subjectWaits on the server; a row without the column waits as a draft).
    const QJsonValue approval = subject.value(u"approval_status");
    return status == u"draft" &&
           (approval.isNull() || approval.isUndefined() || approval.toString() == u"pending");
}

QString titleOf(const QString &subjectType, const QJsonObject &subject)
{
    return subject
        .value(subjectType == u"mission" ? QStringLiteral("purpose") : QStringLiteral("title"))
        .toString();
}

} // namespace ApprovalIndexing

namespace {

// An approval rule, for the chains' lengths.
struct ChainRule
{
    QString subjectType;
    qint64 unitId = 0; // 0: every unit
    qint64 minAmount = 0;
    int step = 0;
};

Expected<QList<ChainRule>, CacheError> loadRules(const LocalCache &cache)
{
    QList<ChainRule> rules;
    std::optional<qint64> after;
    for (;;) {
        const auto page = cache.rows(QStringLiteral("approval_rules"), 1000, after);
        if (!page)
            return page.error();
        for (const QJsonObject &row : *page) {
            rules.append({row.value(u"subject_type").toString(), row.value(u"unit_id").toInteger(),
                          row.value(u"min_amount_rials").toInteger(),
                          int(row.value(u"step").toInteger())});
        }
        if (page->size() < 1000)
            return rules;
        after = page->last().value(u"id").toInteger();
    }
}

// The highest step of the rules that apply to a subject (0 when none do).
int chainLength(const QList<ChainRule> &rules, const QString &subjectType, qint64 unitId,
                qint64 amount)
{
    int length = 0;
    for (const ChainRule &rule : rules) {
        if (rule.subjectType == subjectType && (rule.unitId == 0 || rule.unitId == unitId) &&
            amount >= rule.minAmount)
            length = std::max(length, rule.step);
    }
    return length;
}

struct StepRow
{
    qint64 id = 0;
    int local = 0;
    QJsonObject json;
    int chain = 1; // 1 for the first submission, 2 after a return, ... (1 when not said)
    int number = 0;
    QString decision;
};

// One refresh's statements, prepared once.
struct ItemWriter
{
    explicit ItemWriter(const QSqlDatabase &db)
        : readSteps(db, QStringLiteral("SELECT id, local, data FROM e_approval_steps WHERE "
                                       "parent_id = ? AND parent_type = ?"))
        , readClaim(db, QStringLiteral("SELECT local, data FROM e_expense_claims WHERE id = ?"))
        , readMission(db, QStringLiteral("SELECT local, data FROM e_missions WHERE id = ?"))
        , insertItem(db, QStringLiteral(
                             "INSERT OR REPLACE INTO approval_items (step_id, state, subject_type, "
                             "subject_id, step, steps, approver_role, approver_unit_id, "
                             "approver_id, waiting_since, claimant_id, unit_id, amount_rials, "
                             "budgeted, decision, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?)"))
        , deleteItem(db, QStringLiteral("DELETE FROM approval_items WHERE step_id = ?"))
        , clean(db, QStringLiteral("DELETE FROM approval_dirty WHERE step_id = ?"))
    {}

    QList<SqliteStatement *> all()
    {
        return {&readSteps, &readClaim, &readMission, &insertItem, &deleteItem, &clean};
    }
    QString error()
    {
        for (SqliteStatement *statement : all()) {
            if (!statement->error().isEmpty())
                return statement->error();
        }
        return QStringLiteral("statement failed");
    }

    SqliteStatement readSteps;
    SqliteStatement readClaim;
    SqliteStatement readMission;
    SqliteStatement insertItem;
    SqliteStatement deleteItem;
    SqliteStatement clean;
};

void bindIf(SqliteStatement &statement, int index, bool present, qint64 value)
{
    if (present)
        statement.bindInteger(index, value);
    else
        statement.bindNull(index);
}

// Ids: 0 is none.
void bindUnlessZero(SqliteStatement &statement, int index, qint64 id)
{
    bindIf(statement, index, id != 0, id);
}

// Makes the items of every step of one subject again. False with `error` on failure.
bool refreshSubject(ItemWriter &writer, const RowCipher &cipher, const QList<ChainRule> &rules,
                    const QString &parentEntity, qint64 subjectId, QSet<qint64> &handled,
                    QString &error)
{
    const QString subjectType =
        parentEntity == u"missions" ? QStringLiteral("mission") : QStringLiteral("expense_claim");
    const bool inbox = parentEntity == u"missions" || parentEntity == u"expense_claims";
    QList<StepRow> steps;
    const QByteArray parentType = parentEntity.toUtf8();
    writer.readSteps.bindInteger(0, subjectId);
    writer.readSteps.bindText(1, parentType);
    while (writer.readSteps.next()) {
        StepRow step;
        step.id = writer.readSteps.integer(0);
        step.local = int(writer.readSteps.integer(1));
        const auto opened =
            cipher.open(writer.readSteps.blob(2), rowAddress(ApprovalIndexing::steps, step.id));
        if (!opened) {
            writer.readSteps.reset();
            error = QStringLiteral("row approval_steps/%1 does not open").arg(step.id);
            return false;
        }
        step.json = parseObject(*opened);
        step.chain = int(step.json.value(u"chain").toInteger(1));
        step.number = int(step.json.value(u"step").toInteger());
        step.decision = step.json.value(u"decision").toString();
        steps.append(step);
    }
    writer.readSteps.reset();
    if (!writer.readSteps.error().isEmpty()) {
        error = writer.readSteps.error();
        return false;
    }
    std::sort(steps.begin(), steps.end(), [](const StepRow &a, const StepRow &b) {
        if (a.chain != b.chain)
            return a.chain < b.chain;
        return a.number != b.number ? a.number < b.number : a.id < b.id;
    });
    // Only the latest chain waits: a return starts a new one on resubmission, and the
    // earlier chains' steps stay as they were, as history.
    int latestChain = 1;
    for (const StepRow &step : std::as_const(steps))
        latestChain = std::max(latestChain, step.chain);

    // The subject as the user sees it; a subject this computer lacks is taken to wait.
    QJsonObject subject;
    bool present = false;
    if (inbox) {
        SqliteStatement &read = subjectType == u"mission" ? writer.readMission : writer.readClaim;
        read.bindInteger(0, subjectId);
        if (read.next()) {
            const int local = int(read.integer(0));
            const auto opened = cipher.open(read.blob(1), rowAddress(parentEntity, subjectId));
            read.reset();
            if (!opened) {
                error = QStringLiteral("row %1/%2 does not open").arg(parentEntity).arg(subjectId);
                return false;
            }
            if (local != 2) {
                subject = parseObject(*opened);
                present = true;
            }
        }
    }
    const bool waits = !present || subjectWaits(subjectType, subject);
    const qint64 unitId = subject.value(u"unit_id").toInteger();
    // (Plain values and flags: GCC warns about optionals read inside the loop below.)
    const bool hasAmount =
        subjectType == u"expense_claim" && subject.value(u"total_rials").isDouble();
    const qint64 amount = hasAmount ? subject.value(u"total_rials").toInteger() : 0;
    const bool hasBudget = subjectType == u"mission" && subject.value(u"budgeted").isBool();
    const qint64 budgeted = hasBudget && subject.value(u"budgeted").toBool() ? 1 : 0;
    const qint64 claimant = subject
                                .value(subjectType == u"mission" ? QStringLiteral("requested_by")
                                                                 : QStringLiteral("claimant_id"))
                                .toInteger();
    int length = chainLength(rules, subjectType, unitId, amount);
    for (const StepRow &step : std::as_const(steps)) {
        if (step.chain == latestChain)
            length = std::max(length, step.number);
    }
    const QString title = titleOf(subjectType, subject);
    const qint64 submittedAt = millisecondsOf(subject.value(u"submitted_at"));

    for (const StepRow &step : std::as_const(steps)) {
        // Its turn came when every lower step was approved (the latest of those decisions),
        // and not before the step was made or the claim submitted.
        bool lowerApproved = true;
        qint64 turn = std::max(millisecondsOf(step.json.value(u"created_at")), submittedAt);
        for (const StepRow &lower : std::as_const(steps)) {
            if (lower.chain != step.chain)
                continue;
            if (lower.number >= step.number)
                break;
            lowerApproved = lowerApproved && lower.decision == u"approved";
            turn = std::max(turn, millisecondsOf(lower.json.value(u"decided_at")));
        }
        const bool pending = step.decision == u"pending" || step.decision.isEmpty();
        const bool deleted = step.local == 2;
        const bool waiting =
            inbox && !deleted && step.chain == latestChain && pending && lowerApproved && waits;
        const bool decidedHere = inbox && !deleted && !pending && step.local != 0;
        if (!waiting && !decidedHere) {
            writer.deleteItem.bindInteger(0, step.id);
            if (!writer.deleteItem.step()) {
                error = writer.deleteItem.error();
                return false;
            }
            continue;
        }
        const QByteArray role = step.json.value(u"approver_role").toString().toUtf8();
        const QByteArray type = subjectType.toUtf8();
        const QByteArray decision = step.decision.toUtf8();
        QJsonObject sealedPart{{QStringLiteral("title"), title}};
        if (decidedHere)
            sealedPart.insert(QStringLiteral("reason"), step.json.value(u"reason").toString());
        const QByteArray sealed = cipher.seal(compact(sealedPart), itemAddress(step.id));
        SqliteStatement &insert = writer.insertItem;
        insert.bindInteger(0, step.id);
        insert.bindInteger(1, decidedHere ? 1 : 0);
        insert.bindText(2, type);
        insert.bindInteger(3, subjectId);
        insert.bindInteger(4, step.number);
        insert.bindInteger(5, std::max(length, step.number));
        if (role.isEmpty())
            insert.bindNull(6);
        else
            insert.bindText(6, role);
        const qint64 approverUnit = step.json.value(u"approver_unit_id").toInteger();
        const qint64 approver = step.json.value(u"approver_id").toInteger();
        bindUnlessZero(insert, 7, approverUnit);
        bindUnlessZero(insert, 8, approver);
        insert.bindInteger(9, turn);
        bindUnlessZero(insert, 10, claimant);
        bindUnlessZero(insert, 11, unitId);
        bindIf(insert, 12, hasAmount, amount);
        bindIf(insert, 13, hasBudget, budgeted);
        if (decidedHere)
            insert.bindText(14, decision);
        else
            insert.bindNull(14);
        insert.bindBlob(15, sealed);
        if (!insert.step()) {
            error = insert.error();
            return false;
        }
    }
    for (const StepRow &step : std::as_const(steps)) {
        writer.clean.bindInteger(0, step.id);
        if (!writer.clean.step()) {
            error = writer.clean.error();
            return false;
        }
        handled.insert(step.id);
    }
    return true;
}

// One transaction: the items of the subjects of the steps `select` names (step id, parent
// type, parent id; no parent: the step is gone). The number of marked steps it named.
Expected<int, CacheError> refreshBatch(LocalCache &cache, const RowCipher &cipher,
                                       std::optional<QList<ChainRule>> &rules,
                                       const QString &select)
{
    QSqlDatabase &db = cache.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return storageError(transaction.error());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(select))
        return storageError(query);
    QList<std::pair<QString, qint64>> subjects;
    QList<qint64> marks;
    int marked = 0;
    while (query.next()) {
        ++marked;
        marks.append(query.value(0).toLongLong());
        if (!query.value(1).isNull() && !query.value(2).isNull())
            subjects.append({query.value(1).toString(), query.value(2).toLongLong()});
    }
    query.finish();
    if (marked == 0)
        return 0;
    std::sort(subjects.begin(), subjects.end());
    subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    if (!rules && !subjects.isEmpty()) {
        auto loaded = loadRules(cache);
        if (!loaded)
            return loaded.error();
        rules = std::move(*loaded);
    }
    ItemWriter writer(db);
    QString error;
    QSet<qint64> handled;
    for (const auto &[entity, id] : std::as_const(subjects)) {
        if (!refreshSubject(writer, cipher, *rules, entity, id, handled, error))
            return storageError(error);
    }
    // Marked steps no subject accounted for (gone, or without a parent this build knows)
    // have no item; their marks go too, so a refresh always ends.
    for (const qint64 stepId : std::as_const(marks)) {
        if (handled.contains(stepId))
            continue;
        writer.deleteItem.bindInteger(0, stepId);
        writer.clean.bindInteger(0, stepId);
        if (!writer.deleteItem.step() || !writer.clean.step())
            return storageError(writer.error());
    }
    if (!transaction.commit())
        return storageError(transaction.error());
    return marked;
}

const QString markedSteps =
    QStringLiteral("SELECT d.step_id, s.parent_type, s.parent_id FROM approval_dirty d LEFT JOIN "
                   "e_approval_steps s ON s.id = d.step_id ORDER BY d.step_id LIMIT %1");

} // namespace

namespace ApprovalIndexing {

Expected<int, CacheError> refreshItems(LocalCache &cache, const RowCipher &cipher, Scope scope,
                                       const std::atomic<bool> *cancel)
{
    std::optional<QList<ChainRule>> rules;
    if (scope == Scope::EditedHere) {
        // Nothing marked: no write transaction (a page is a read).
        QSqlQuery any(cache.database());
        if (!any.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM approval_dirty LIMIT "
                                     "%1)")
                          .arg(pageRefreshSteps + 1)) ||
            !any.next())
            return storageError(any);
        const int marked = any.value(0).toInt();
        any.finish();
        if (marked == 0)
            return 0;
        if (marked <= pageRefreshSteps)
            return refreshBatch(cache, cipher, rules, markedSteps.arg(pageRefreshSteps));
        // A pull's worth is marked: the sync engine makes those; the steps edited here now.
        return refreshBatch(cache, cipher, rules,
                            QStringLiteral("SELECT s.id, s.parent_type, s.parent_id FROM "
                                           "e_approval_steps s INDEXED BY e_approval_steps_local "
                                           "JOIN approval_dirty d ON d.step_id = s.id WHERE "
                                           "s.local <> 0"));
    }
    int done = 0;
    for (;;) {
        if (cancel && cancel->load())
            return done;
        const auto batch = refreshBatch(cache, cipher, rules, markedSteps.arg(batchSteps));
        if (!batch)
            return batch.error();
        if (*batch == 0)
            return done;
        done += *batch;
    }
}

} // namespace ApprovalIndexing

Expected<int, CacheError> ApprovalInbox::refresh(LocalCache &cache, const std::atomic<bool> *cancel)
{
    return refreshItems(cache, cipherOf(cache), Scope::All, cancel);
}

const RowCipher &ApprovalInbox::cipherOf(const LocalCache &cache)
{
    return cache.d->cipher;
}

} // namespace Shahrvand::Cache
