#include "claimdraft.h"

#include "expensetotals.h"
#include "localcache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcClaims, "shahrvand.ui.claims")

namespace Shahrvand::Ui {

using namespace Missions;

namespace {

const QString claimsEntity = QStringLiteral("expense_claims");
const QString linesEntity = QStringLiteral("expense_lines");
const QString attachmentsEntity = QStringLiteral("attachments");
constexpr int pageSize = 500;
constexpr int maxLines = 500;

QString problemsOf(const Cache::CacheError &error)
{
    return error.fieldMessages.isEmpty() ? error.message() : error.fieldMessages.join(u'\n');
}

QJsonObject lineFields(const ClaimLineDraft &line, qint64 claimId)
{
    QJsonObject fields{{QStringLiteral("expense_type"), line.type},
                       {QStringLiteral("spent_on"), line.spentOn.toString(Qt::ISODate)},
                       {QStringLiteral("amount_rials"), line.amount.rials()},
                       {QStringLiteral("vendor"), line.vendor},
                       {QStringLiteral("description"), line.description},
                       {QStringLiteral("receipt_sha256"), line.receiptSha256.isEmpty()
                                                              ? QJsonValue()
                                                              : QJsonValue(line.receiptSha256)}};
    if (claimId != 0)
        fields.insert(QStringLiteral("claim_id"), claimId);
    return fields;
}

} // namespace

ClaimStatus ClaimDraft::claimStatus() const
{
    return claimStatusFrom(status).value_or(ClaimStatus::Draft);
}

bool ClaimDraft::isDirty() const
{
    return id == 0 || headerChanged || !removedLineIds.isEmpty() ||
           std::any_of(lines.cbegin(), lines.cend(),
                       [](const ClaimLineDraft &line) { return line.changed; });
}

std::optional<Money> ClaimDraft::total() const
{
    QList<Money> amounts;
    for (const ClaimLineDraft &line : lines)
        amounts << line.amount;
    return claimTotal(amounts);
}

ClaimStore::ClaimStore(Cache::LocalCache &cache, const Access::Principal &user)
    : m_cache(cache)
    , m_user(user)
{}

bool ClaimStore::isOwn(const QJsonObject &claim) const
{
    const QJsonValue claimant = claim.value(u"claimant_id");
    if (claimant.isDouble())
        return claimant.toInteger() == m_user.userId.value();
    return claim.value(u"id").toInteger() < 0;
}

QList<QJsonObject> ClaimStore::ownClaims() const
{
    QList<QJsonObject> own;
    std::optional<qint64> after;
    for (;;) {
        const auto page = m_cache.rows(claimsEntity, pageSize, after);
        if (!page) {
            qCWarning(lcClaims) << "claims not read:" << page.error().detail;
            break;
        }
        for (const QJsonObject &claim : *page) {
            if (isOwn(claim))
                own.append(claim);
        }
        if (page->size() < pageSize)
            break;
        after = page->last().value(u"id").toInteger();
    }
    // Newest first: created here (not sent yet) before the server's, then by id.
    std::stable_sort(own.begin(), own.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const qint64 x = a.value(u"id").toInteger(), y = b.value(u"id").toInteger();
        if ((x < 0) != (y < 0))
            return x < 0;
        return x < 0 ? x < y : x > y;
    });
    return own;
}

ClaimFacts ClaimStore::facts(const ClaimDraft &draft) const
{
    ClaimFacts facts;
    facts.status = draft.claimStatus();
    facts.claimant = draft.claimantId != 0 ? UserId(draft.claimantId) : m_user.userId;
    return facts;
}

ClaimLineDraft ClaimStore::lineFrom(const QJsonObject &row) const
{
    ClaimLineDraft line;
    line.id = row.value(u"id").toInteger();
    line.type = row.value(u"expense_type").toString();
    line.spentOn = QDate::fromString(row.value(u"spent_on").toString(), Qt::ISODate);
    line.amount = Money::fromRials(row.value(u"amount_rials").toInteger());
    line.vendor = row.value(u"vendor").toString();
    line.description = row.value(u"description").toString();
    line.receiptSha256 = row.value(u"receipt_sha256").toString();
    const auto files = m_cache.childRows(attachmentsEntity, linesEntity, line.id, 5);
    if (files && !files->isEmpty()) {
        // The file the line names, else the newest (attached here: listed first).
        QJsonObject file = files->first();
        for (const QJsonObject &candidate : *files) {
            if (!line.receiptSha256.isEmpty() &&
                candidate.value(u"blob_sha256").toString() == line.receiptSha256)
                file = candidate;
        }
        line.hasAttachment = true;
        line.receiptFileName = file.value(u"file_name").toString();
        line.receiptContentType = file.value(u"content_type").toString();
        if (line.receiptSha256.isEmpty())
            line.receiptSha256 = file.value(u"blob_sha256").toString();
    }
    return line;
}

std::optional<ClaimDraft> ClaimStore::load(qint64 claimId) const
{
    const auto row = m_cache.row(claimsEntity, claimId);
    if (!row || !*row)
        return std::nullopt;
    const QJsonObject &claim = **row;
    ClaimDraft draft;
    draft.id = claimId;
    draft.title = claim.value(u"title").toString();
    draft.missionId = claim.value(u"mission_id").toInteger();
    draft.unitId = claim.value(u"unit_id").toInteger();
    draft.status = claim.value(u"status").toString(QStringLiteral("draft"));
    draft.claimantId = claim.value(u"claimant_id").toInteger();
    draft.submittedAtMs = claim.value(u"submitted_at").toInteger();
    const auto read = m_cache.childRows(linesEntity, claimsEntity, claimId, maxLines);
    QList<QJsonObject> lines = read ? *read : QList<QJsonObject>();
    // In the order they were written: the server's by id, then those made here (whose
    // ids go down from -1) oldest first.
    std::stable_sort(lines.begin(), lines.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const auto order = [](const QJsonObject &row) {
            const qint64 id = row.value(u"id").toInteger();
            return std::pair(id < 0, id < 0 ? -id : id);
        };
        return order(a) < order(b);
    });
    for (const QJsonObject &line : std::as_const(lines)) {
        ClaimLineDraft made = lineFrom(line);
        made.key = draft.nextKey++;
        draft.lines.append(made);
    }
    return draft;
}

ClaimDraft ClaimStore::newDraft() const
{
    ClaimDraft draft;
    draft.claimantId = m_user.userId.value();
    // The user's own unit (the smallest id when several: stable between runs).
    QList<OrgUnitId> units(m_user.units.cbegin(), m_user.units.cend());
    std::sort(units.begin(), units.end(),
              [](OrgUnitId a, OrgUnitId b) { return a.value() < b.value(); });
    if (!units.isEmpty())
        draft.unitId = units.first().value();
    return draft;
}

QList<ExpensePolicy> ClaimStore::policies() const
{
    QList<ExpensePolicy> policies;
    const auto rows = m_cache.rows(QStringLiteral("expense_policies"), 1000);
    for (const QJsonObject &row : rows ? *rows : QList<QJsonObject>())
        policies.append(ExpensePolicy::fromRow(row));
    return policies;
}

QList<ExpenseLine> ClaimStore::otherClaimsLines(qint64 claimId) const
{
    QList<ExpenseLine> others;
    for (const QJsonObject &claim : ownClaims()) {
        const qint64 id = claim.value(u"id").toInteger();
        const QString status = claim.value(u"status").toString();
        // Withdrawn and rejected claims no longer ask for anything (as on the server).
        if (id == claimId || status == u"withdrawn" || status == u"rejected")
            continue;
        const auto lines = m_cache.childRows(linesEntity, claimsEntity, id, maxLines);
        for (const QJsonObject &row : lines ? *lines : QList<QJsonObject>()) {
            const ClaimLineDraft draft = lineFrom(row);
            ExpenseLine line = ExpenseLine::fromRow(row);
            line.claimId = id;
            line.receiptSha256 = draft.receiptSha256;
            line.hasReceipt = draft.hasReceipt();
            others.append(line);
        }
    }
    return others;
}

QList<PolicyFinding> ClaimStore::check(const ClaimDraft &draft) const
{
    ClaimUnderCheck claim;
    claim.claimId = draft.id;
    claim.claimantRoles = m_user.roles;
    for (const ClaimLineDraft &draftLine : draft.lines) {
        ExpenseLine line;
        line.id = draftLine.checkId();
        line.claimId = draft.id;
        line.type = draftLine.type;
        line.spentOn = draftLine.spentOn;
        line.amount = draftLine.amount;
        line.vendor = draftLine.vendor;
        line.receiptSha256 = draftLine.receiptSha256;
        line.hasReceipt = draftLine.hasReceipt();
        claim.lines.append(line);
    }
    if (m_readingsFor != draft.id) {
        m_policies = policies();
        m_others = otherClaimsLines(draft.id);
        m_readingsFor = draft.id;
    }
    claim.otherClaimsLines = m_others;
    return checkExpensePolicy(claim, m_policies);
}

QList<QJsonObject> ClaimStore::steps(qint64 claimId) const
{
    const auto rows =
        m_cache.childRows(QStringLiteral("approval_steps"), claimsEntity, claimId, 200);
    QList<QJsonObject> steps = rows ? *rows : QList<QJsonObject>();
    std::stable_sort(steps.begin(), steps.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [](const QJsonObject &s) {
            return std::pair(s.value(u"chain").toInteger(1), s.value(u"step").toInteger());
        };
        return key(a) < key(b);
    });
    return steps;
}

QString ClaimStore::decisionReason(qint64 claimId) const
{
    QString reason;
    qint64 latest = -1;
    for (const QJsonObject &step : steps(claimId)) {
        const QString decision = step.value(u"decision").toString();
        const qint64 at = step.value(u"decided_at").toInteger();
        if ((decision == u"returned" || decision == u"rejected") && at >= latest) {
            latest = at;
            reason = step.value(u"reason").toString();
        }
    }
    return reason;
}

QStringList ClaimStore::problems(const ClaimDraft &draft) const
{
    QStringList problems;
    if (draft.title.trimmed().isEmpty())
        problems << tr("Give the claim a title.");
    if (draft.unitId == 0)
        problems << tr("Choose the unit the claim is made in.");
    if (!mayEditClaim(m_user, facts(draft)))
        problems << tr("This claim can no longer be changed.");
    if (!draft.total())
        problems << tr("The amounts of this claim add up to more than can be recorded.");
    for (const ClaimLineDraft &line : draft.lines) {
        if (!line.receiptPath.isEmpty()) {
            if (const auto type = Cache::LocalCache::checkAttachable(line.receiptPath); !type)
                problems << tr("Receipt “%1”: %2")
                                .arg(QFileInfo(line.receiptPath).fileName(),
                                     type.error().message());
        }
    }
    return problems;
}

Expected<qint64, QString> ClaimStore::save(ClaimDraft &draft)
{
    if (const QStringList found = problems(draft); !found.isEmpty())
        return found.join(u'\n');
    QJsonObject header{{QStringLiteral("title"), draft.title.trimmed()},
                       {QStringLiteral("unit_id"), draft.unitId},
                       {QStringLiteral("mission_id"),
                        draft.missionId != 0 ? QJsonValue(draft.missionId) : QJsonValue()}};
    const bool creating = draft.id == 0;
    // The claim, its lines and their receipts are written together or not at all; the ids
    // the batch gives are taken into the draft only once it is kept.
    qint64 claimId = draft.id;
    QHash<qsizetype, qint64> lineIds; // the draft's line index -> its new row
    QSet<qsizetype> attached;
    QString receiptProblem;
    const auto saved = m_cache.editTogether(
        [&](Cache::LocalCache::EditBatch &batch) -> std::optional<Cache::CacheError> {
            if (creating) {
                header.insert(QStringLiteral("status"), QStringLiteral("draft"));
                const auto id = batch.create(claimsEntity, header);
                if (!id)
                    return id.error();
                claimId = *id;
            } else if (draft.headerChanged) {
                if (const auto updated = batch.update(claimsEntity, draft.id, header); !updated)
                    return updated.error();
            }
            for (const qint64 id : std::as_const(draft.removedLineIds)) {
                if (const auto removed = batch.remove(linesEntity, id);
                    !removed && removed.error().kind != Cache::CacheError::Kind::NotFound)
                    return removed.error();
            }
            for (qsizetype i = 0; i < draft.lines.size(); ++i) {
                const ClaimLineDraft &line = draft.lines.at(i);
                if (!line.changed)
                    continue;
                qint64 lineId = line.id;
                if (lineId == 0) {
                    const auto id = batch.create(linesEntity, lineFields(line, claimId));
                    if (!id)
                        return id.error();
                    lineId = *id;
                    lineIds.insert(i, lineId);
                } else if (const auto updated =
                               batch.update(linesEntity, lineId, lineFields(line, 0));
                           !updated) {
                    return updated.error();
                }
                if (line.receiptPath.isEmpty())
                    continue;
                const auto file =
                    batch.attachFile(linesEntity, lineId, line.receiptPath, line.receiptFileName);
                if (!file) {
                    receiptProblem = line.receiptFileName;
                    return file.error();
                }
                attached.insert(i);
            }
            return std::nullopt;
        });
    if (!saved) {
        if (!receiptProblem.isEmpty())
            return tr("Receipt “%1”: %2").arg(receiptProblem, problemsOf(saved.error()));
        return problemsOf(saved.error());
    }
    draft.id = claimId;
    draft.headerChanged = false;
    draft.removedLineIds.clear();
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        ClaimLineDraft &line = draft.lines[i];
        if (lineIds.contains(i))
            line.id = lineIds.value(i);
        if (attached.contains(i))
            line.hasAttachment = true;
        line.changed = false;
        line.receiptPath.clear();
    }
    return draft.id;
}

Expected<bool, QString> ClaimStore::act(qint64 claimId, ClaimAction action)
{
    QString status;
    switch (action) {
    case ClaimAction::Submit:
        status = QStringLiteral("submitted");
        break;
    case ClaimAction::Withdraw:
        status = QStringLiteral("withdrawn");
        break;
    case ClaimAction::Pay:
        status = QStringLiteral("paid");
        break;
    }
    const auto updated =
        m_cache.update(claimsEntity, claimId, {{QStringLiteral("status"), status}});
    if (!updated)
        return problemsOf(updated.error());
    return true;
}

} // namespace Shahrvand::Ui
