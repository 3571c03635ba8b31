// The approvals inbox: pages, counts and decisions over the clear items of migration 0006.
#include "approvalinbox.h"

#include "approvalinbox_p.h"
#include "localcache_p.h"
#include "role.h"

#include <algorithm>

namespace Shahrvand::Cache {

using namespace ApprovalIndexing;

namespace {

// Texts of this file's sentences (context "Shahrvand::Cache::ApprovalInbox").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Cache::ApprovalInbox)
};

QString marks(qsizetype count)
{
    QStringList list(count, QStringLiteral("?"));
    return list.join(u',');
}

// The filter's condition on approval_items with its values.
QString whereClause(const ApprovalFilter &filter, QVariantList &values)
{
    QStringList whose;
    if (!filter.approverIds.isEmpty()) {
        whose.append(QStringLiteral("approver_id IN (%1)").arg(marks(filter.approverIds.size())));
        for (const qint64 id : filter.approverIds)
            values.append(id);
    }
    if (!filter.roles.isEmpty()) {
        QString units = QStringLiteral("approver_unit_id IS NULL");
        if (!filter.units.isEmpty())
            units = QStringLiteral("(approver_unit_id IS NULL OR approver_unit_id IN (%1))")
                        .arg(marks(filter.units.size()));
        whose.append(QStringLiteral("(approver_id IS NULL AND approver_role IN (%1) AND %2)")
                         .arg(marks(filter.roles.size()), units));
        for (const QString &role : filter.roles)
            values.append(role);
        for (const qint64 unit : filter.units)
            values.append(unit);
    }
    for (const ApprovalFilter::Delegated &delegated : filter.delegated) {
        if (delegated.roles.isEmpty())
            continue;
        QString units = QStringLiteral("approver_unit_id IS NULL");
        if (!delegated.units.isEmpty())
            units = QStringLiteral("(approver_unit_id IS NULL OR approver_unit_id IN (%1))")
                        .arg(marks(delegated.units.size()));
        whose.append(QStringLiteral("(approver_id IS NULL AND approver_role IN (%1) AND %2)")
                         .arg(marks(delegated.roles.size()), units));
        for (const QString &role : delegated.roles)
            values.append(role);
        for (const qint64 unit : delegated.units)
            values.append(unit);
    }
    QString where =
        whose.isEmpty() ? QStringLiteral("0") : u'(' + whose.join(QStringLiteral(" OR ")) + u')';
    if (!filter.subjectType.isEmpty()) {
        where += QStringLiteral(" AND subject_type = ?");
        values.append(filter.subjectType);
    }
    if (filter.ownClaimantId != 0) {
        where += QStringLiteral(" AND (claimant_id IS NULL OR claimant_id <> ?)");
        values.append(filter.ownClaimantId);
    }
    return where;
}

// The index a page walks: its sort's, with the kind of subject first when one is chosen.
// Named: without statistics SQLite may prefer the filter's index and sort 50,000 items.
QString indexFor(const ApprovalFilter &filter, bool byAmount)
{
    if (filter.subjectType.isEmpty())
        return byAmount ? QStringLiteral("approval_items_amount")
                        : QStringLiteral("approval_items_waiting");
    return byAmount ? QStringLiteral("approval_items_kind_amount")
                    : QStringLiteral("approval_items_kind_waiting");
}

const QString itemColumns = QStringLiteral(
    "step_id, state, subject_type, subject_id, step, steps, approver_role, approver_unit_id, "
    "approver_id, waiting_since, claimant_id, unit_id, amount_rials, budgeted, decision, sealed");

std::optional<ApprovalItem> itemFrom(const QSqlQuery &query, const RowCipher &cipher)
{
    ApprovalItem item;
    item.stepId = query.value(0).toLongLong();
    item.decidedHere = query.value(1).toInt() == 1;
    item.subjectType = query.value(2).toString();
    item.subjectId = query.value(3).toLongLong();
    item.step = query.value(4).toInt();
    item.steps = query.value(5).toInt();
    item.approverRole = query.value(6).toString();
    item.approverUnitId = query.value(7).toLongLong();
    item.approverId = query.value(8).toLongLong();
    item.waitingSinceMs = query.value(9).toLongLong();
    item.claimantId = query.value(10).toLongLong();
    item.unitId = query.value(11).toLongLong();
    if (!query.value(12).isNull())
        item.amountRials = query.value(12).toLongLong();
    if (!query.value(13).isNull())
        item.budgeted = query.value(13).toInt() != 0;
    item.decision = query.value(14).toString();
    const auto opened = cipher.open(query.value(15).toByteArray(), itemAddress(item.stepId));
    if (!opened)
        return std::nullopt;
    const QJsonObject sealed = parseObject(*opened);
    item.title = sealed.value(u"title").toString();
    item.reason = sealed.value(u"reason").toString();
    return item;
}

bool addressedTo(const ApprovalItem &item, const QStringList &roles, const QList<qint64> &units)
{
    return item.approverId == 0 && roles.contains(item.approverRole) &&
           (item.approverUnitId == 0 || units.contains(item.approverUnitId));
}

} // namespace

qint64 standsInFor(const ApprovalFilter &filter, const ApprovalItem &item)
{
    const qint64 me = filter.approverIds.value(0);
    if (item.approverId == me && me != 0)
        return 0;
    if (item.approverId != 0)
        return filter.approverIds.contains(item.approverId) ? item.approverId : 0;
    if (addressedTo(item, filter.roles, filter.units))
        return 0;
    for (const ApprovalFilter::Delegated &delegated : filter.delegated) {
        if (addressedTo(item, delegated.roles, delegated.units))
            return delegated.approverId;
    }
    return 0;
}

Expected<ApprovalFilter, CacheError>
ApprovalInbox::filterFor(const LocalCache &cache, const Access::Principal &user, qint64 nowMs)
{
    ApprovalFilter filter;
    const qint64 me = user.userId.value();
    filter.approverIds.append(me);
    filter.ownClaimantId = me;
    for (const Access::Role role : Access::allRoles()) {
        if (user.hasRole(role))
            filter.roles.append(Access::roleCode(role));
    }
    for (const OrgUnitId unit : user.visibleUnits)
        filter.units.append(unit.value());
    std::sort(filter.units.begin(), filter.units.end());
    // What the server said of the approvers who delegated to the user: the stored user is
    // renewed with each sign-in and token refresh, so it may know more than `user`.
    QList<Access::Delegator> delegators = user.delegators;
    if (const auto stored = cache.user(); stored && stored->userId == user.userId) {
        for (const Access::Delegator &delegator : stored->delegators) {
            delegators.removeIf([&delegator](const Access::Delegator &known) {
                return known.userId == delegator.userId;
            });
            delegators.append(delegator);
        }
    }
    const auto addDelegated = [&filter, &delegators](qint64 approver) {
        ApprovalFilter::Delegated delegated;
        delegated.approverId = approver;
        for (const Access::Delegator &delegator : std::as_const(delegators)) {
            if (delegator.userId.value() != approver)
                continue;
            delegated.name = delegator.displayName;
            for (const Access::Role role : Access::allRoles()) {
                if (delegator.roles.contains(role))
                    delegated.roles.append(Access::roleCode(role));
            }
            for (const OrgUnitId unit : delegator.visibleUnits)
                delegated.units.append(unit.value());
            std::sort(delegated.units.begin(), delegated.units.end());
        }
        filter.delegated.append(delegated);
    };
    // Delegations are the user's own rows (as delegate or approver): a handful.
    std::optional<qint64> after;
    for (;;) {
        const auto page = cache.rows(QStringLiteral("delegations"), 500, after);
        if (!page)
            return page.error();
        for (const QJsonObject &row : *page) {
            const qint64 approver = row.value(u"approver_id").toInteger();
            if (row.value(u"delegate_id").toInteger() == me && approver != 0 && approver != me &&
                millisecondsOf(row.value(u"starts_at")) <= nowMs &&
                nowMs < millisecondsOf(row.value(u"ends_at")) &&
                !filter.approverIds.contains(approver)) {
                filter.approverIds.append(approver);
                addDelegated(approver);
            }
        }
        if (page->size() < 500)
            return filter;
        after = page->last().value(u"id").toInteger();
    }
}

Expected<ApprovalPage, CacheError> ApprovalInbox::page(LocalCache &cache,
                                                       const ApprovalFilter &filter,
                                                       const ApprovalSort &sort, int limit,
                                                       const std::optional<ApprovalPosition> &after)
{
    if (const auto refreshed = refreshItems(cache, cipherOf(cache), Scope::EditedHere, nullptr);
        !refreshed)
        return refreshed.error();
    const bool byAmount = sort.column == ApprovalSortColumn::Amount;
    const QString column =
        byAmount ? QStringLiteral("amount_rials") : QStringLiteral("waiting_since");
    const bool ascending = sort.order == Qt::AscendingOrder;
    QVariantList values;
    QString where = QStringLiteral("state = 0 AND ") + whereClause(filter, values);
    if (after) {
        // Keyset on (value, step id); missions have no amount: first ascending (SQLite's
        // order for NULL), so last descending.
        const bool null = after->value.isNull();
        QString keyset;
        if (ascending) {
            keyset = null ? QStringLiteral("((%1 IS NULL AND step_id > ?) OR %1 IS NOT NULL)")
                          : QStringLiteral("(%1, step_id) > (?, ?)");
        } else {
            keyset = null ? QStringLiteral("(%1 IS NULL AND step_id < ?)")
                          : QStringLiteral("((%1, step_id) < (?, ?) OR %1 IS NULL)");
        }
        where += QStringLiteral(" AND ") + keyset.arg(column);
        if (!null)
            values.append(after->value);
        values.append(after->stepId);
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM approval_items INDEXED BY %2 WHERE %3 ORDER BY "
                                 "state %4, %5 %4, step_id %4 LIMIT ?")
                      .arg(itemColumns, indexFor(filter, byAmount), where, direction, column));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    query.bindValue(int(values.size()), limit);
    if (!query.exec())
        return storageError(query);
    ApprovalPage page;
    const RowCipher &cipher = cipherOf(cache);
    while (query.next()) {
        auto item = itemFrom(query, cipher);
        if (!item)
            return storageError(QStringLiteral("an approval item does not open"));
        page.last = ApprovalPosition{byAmount ? query.value(12) : query.value(9), item->stepId};
        item->onBehalfOfId = standsInFor(filter, *item);
        page.items.append(std::move(*item));
    }
    page.atEnd = page.items.size() < limit;
    return page;
}

Expected<qint64, CacheError> ApprovalInbox::count(LocalCache &cache, const ApprovalFilter &filter)
{
    if (const auto refreshed = refreshItems(cache, cipherOf(cache), Scope::EditedHere, nullptr);
        !refreshed)
        return refreshed.error();
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM approval_items INDEXED BY "
                                 "approval_items_filter WHERE state = 0 AND %1")
                      .arg(where));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec() || !query.next())
        return storageError(query);
    return query.value(0).toLongLong();
}

Expected<std::optional<ApprovalItem>, CacheError> ApprovalInbox::item(LocalCache &cache,
                                                                      qint64 stepId)
{
    if (const auto refreshed = refreshItems(cache, cipherOf(cache), Scope::EditedHere, nullptr);
        !refreshed)
        return refreshed.error();
    QSqlQuery query(cache.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM approval_items WHERE step_id = ?").arg(itemColumns));
    query.addBindValue(stepId);
    if (!query.exec())
        return storageError(query);
    if (!query.next())
        return std::optional<ApprovalItem>();
    auto item = itemFrom(query, cipherOf(cache));
    if (!item)
        return storageError(QStringLiteral("an approval item does not open"));
    return std::optional<ApprovalItem>(std::move(*item));
}

Expected<QList<ApprovalItem>, CacheError> ApprovalInbox::decidedHere(LocalCache &cache)
{
    if (const auto refreshed = refreshItems(cache, cipherOf(cache), Scope::EditedHere, nullptr);
        !refreshed)
        return refreshed.error();
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    // Latest decision first, by the outbox's order.
    if (!query.exec(QStringLiteral("SELECT %1 FROM approval_items i WHERE state = 1 ORDER BY "
                                   "(SELECT MAX(seq) FROM outbox o WHERE o.entity = "
                                   "'approval_steps' AND o.row_id = i.step_id) DESC, step_id DESC")
                        .arg(itemColumns)))
        return storageError(query);
    QList<ApprovalItem> items;
    while (query.next()) {
        auto item = itemFrom(query, cipherOf(cache));
        if (!item)
            return storageError(QStringLiteral("an approval item does not open"));
        items.append(std::move(*item));
    }
    return items;
}

Expected<QList<RefusedDecision>, CacheError> ApprovalInbox::refused(LocalCache &cache)
{
    const auto conflicts = cache.conflicts();
    if (!conflicts)
        return conflicts.error();
    QList<RefusedDecision> list;
    for (const Conflict &conflict : *conflicts) {
        if (conflict.entity != steps || !conflict.mine.contains(u"decision"))
            continue;
        RefusedDecision refused;
        refused.conflictId = conflict.id;
        refused.stepId = conflict.rowId;
        refused.conflict = conflict.kind == Conflict::Kind::Conflict;
        refused.decision = conflict.mine.value(u"decision").toString();
        refused.reason = conflict.mine.value(u"reason").toString();
        refused.errorCode = conflict.errorCode;
        refused.errorMessage = conflict.errorMessage;
        refused.errorDetails = conflict.errorDetails;
        refused.refusedAtMs = conflict.createdAtMs;
        QJsonObject step = conflict.serverRow;
        if (const auto cached = cache.row(steps, conflict.rowId); cached && cached.value())
            step = *cached.value();
        refused.serverDecision = step.value(u"decision").toString();
        refused.subjectType = step.value(u"subject_type").toString();
        refused.subjectId = step.value(u"subject_id").toInteger();
        const QJsonObject &details = conflict.errorDetails;
        if (refused.subjectType.isEmpty()) { // the step is no longer here: the server's words
            refused.subjectType = details.value(u"subject_type").toString();
            refused.subjectId = details.value(u"subject_id").toInteger();
        }
        const QString entity = entityOfSubject(refused.subjectType);
        std::optional<QJsonObject> subject;
        if (!entity.isEmpty()) {
            const auto cached = cache.row(entity, refused.subjectId);
            if (!cached)
                return cached.error();
            subject = *cached;
        }
        if (subject) {
            refused.title = titleOf(refused.subjectType, *subject);
            refused.subjectStatus = subject->value(u"status").toString();
        }
        // The server's code says the subject stopped waiting; its details say how, even
        // before the pull that brings the subject as it is now.
        const bool serverSaysNotWaiting =
            conflict.errorCode == u"approval_no_longer_waiting" ||
            details.value(u"reason").toString() == u"subject_not_waiting";
        const QString serverStatus = details.value(u"subject_status").toString();
        if (serverSaysNotWaiting && !serverStatus.isEmpty() &&
            (!subject || subjectWaits(refused.subjectType, *subject)))
            refused.subjectStatus = serverStatus;
        refused.withdrawn =
            refused.subjectStatus == u"withdrawn" ||
            (refused.subjectType == u"mission" && refused.subjectStatus == u"cancelled");
        const bool subjectDone = !refused.subjectStatus.isEmpty() && subject &&
                                 !subjectWaits(refused.subjectType, *subject);
        refused.noLongerWaits =
            !refused.withdrawn &&
            (serverSaysNotWaiting || subjectDone ||
             (!refused.serverDecision.isEmpty() && refused.serverDecision != u"pending"));
        list.append(refused);
    }
    return list;
}

Expected<bool, CacheError> ApprovalInbox::decide(LocalCache &cache, qint64 stepId,
                                                 const QString &decision, const QString &reason)
{
    static const QStringList decisions{QStringLiteral("approved"), QStringLiteral("rejected"),
                                       QStringLiteral("returned")};
    if (!decisions.contains(decision))
        return CacheError{CacheError::Kind::Invalid, decision, {Tr::tr("Choose a decision.")}};
    const QString trimmed = reason.trimmed();
    if (decision != u"approved" && trimmed.isEmpty()) {
        return CacheError{CacheError::Kind::Invalid,
                          QStringLiteral("reason"),
                          {decision == u"rejected"
                               ? Tr::tr("Write why you reject it: the claimant reads it.")
                               : Tr::tr("Write what is to be corrected: the claimant reads it.")}};
    }
    const auto current = item(cache, stepId);
    if (!current)
        return current.error();
    if (!*current || (*current)->decidedHere)
        return CacheError{CacheError::Kind::NotFound, QStringLiteral("approval step"), {}};
    QJsonObject fields{{QStringLiteral("decision"), decision}};
    if (!trimmed.isEmpty())
        fields.insert(QStringLiteral("reason"), trimmed);
    const auto updated = cache.update(steps, stepId, fields);
    if (!updated)
        return updated.error();
    // The item becomes "decided here" now, not at the next page.
    if (const auto refreshed = refreshItems(cache, cipherOf(cache), Scope::EditedHere, nullptr);
        !refreshed)
        return refreshed.error();
    return true;
}

Expected<bool, CacheError> ApprovalInbox::dismissRefusal(LocalCache &cache, qint64 conflictId)
{
    return cache.takeTheirs(conflictId);
}

} // namespace Shahrvand::Cache
