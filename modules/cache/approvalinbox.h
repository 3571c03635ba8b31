#pragma once

#include "cacheerror.h"
#include "expected.h"
#include "principal.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <optional>

namespace Shahrvand::Cache {

class LocalCache;
class RowCipher;

// Whose decisions an inbox lists: the steps addressed to one of `approverIds` by name, and
// those addressed to one of `roles` in one of `units` (or in no unit) and to nobody by
// name. The same rule the server's scope applies to approval steps (and
// ApprovalsPage::awaits), plus the approvers the user stands in for now (delegations).
//
// A delegate's inbox also lists the steps addressed to the roles of an approver they stand
// in for, in that approver's units: the server says which roles and units in the sign-in's
// user (Access::Principal::delegators); the cached delegations rows say when.
struct ApprovalFilter
{
    QList<qint64> approverIds; // the user, then those who delegated to them now
    QStringList roles;         // role codes
    QList<qint64> units;       // the units the user sees
    QString subjectType;       // "mission" or "expense_claim"; empty: both
    // Nobody decides on their own claim or mission: the user's (0: nobody's) are left out.
    qint64 ownClaimantId = 0;

    // An approver whose delegation to the user runs now, with what the server said of
    // their roles and units (none when this computer has not heard yet: then only the
    // steps addressed to them by name are listed).
    struct Delegated
    {
        qint64 approverId = 0;
        QString name; // their display name, as the server gave it
        QStringList roles;
        QList<qint64> units;
    };
    QList<Delegated> delegated;
};

struct ApprovalItem;
// The approver the user stands in for on `item` (0: the item is the user's own).
qint64 standsInFor(const ApprovalFilter &filter, const ApprovalItem &item);

enum class ApprovalSortColumn {
    WaitingSince, // when the step's turn came
    Amount,       // a claim's total; missions have none (first ascending, last descending)
};

struct ApprovalSort
{
    ApprovalSortColumn column = ApprovalSortColumn::WaitingSince;
    Qt::SortOrder order = Qt::AscendingOrder; // the longest waiting first
};

// Where a page ended: the last item's sort value and step id.
struct ApprovalPosition
{
    QVariant value;
    qint64 stepId = 0;
};

// One step in an inbox, from the clear table (the title opened from its seal).
struct ApprovalItem
{
    qint64 stepId = 0;
    QString subjectType; // mission, expense_claim
    qint64 subjectId = 0;
    int step = 0;
    int steps = 0; // the chain's length as far as known (at least `step`)
    QString approverRole;
    qint64 approverUnitId = 0; // 0: any unit
    qint64 approverId = 0;     // 0: whoever has the role
    qint64 waitingSinceMs = 0;
    qint64 claimantId = 0; // the claim's claimant or the mission's requester; 0: unknown
    qint64 unitId = 0;
    std::optional<qint64> amountRials; // claims
    std::optional<bool> budgeted;      // missions
    QString title;                     // the claim's title or the mission's purpose
    bool decidedHere = false;          // decided on this computer, not yet sent
    QString decision;                  // decidedHere: approved, rejected, returned
    QString reason;                    // decidedHere: the reason given
    qint64 onBehalfOfId = 0; // in a page: the approver the user stands in for (0: their own)
};

struct ApprovalPage
{
    QList<ApprovalItem> items;
    std::optional<ApprovalPosition> last; // empty when there were no items
    bool atEnd = false;                   // fewer items than asked for
};

// A decision the server did not take (kept in the cache's conflicts until the approver
// dismisses it): what was decided and why, and about what, as far as this computer knows.
struct RefusedDecision
{
    qint64 conflictId = 0;
    qint64 stepId = 0;
    bool conflict = false; // someone else decided the step meanwhile (else: refused)
    QString decision;      // what the approver chose
    QString reason;        // what they wrote
    QString errorCode;     // the server's code and message (refusals)
    QString errorMessage;
    QJsonObject errorDetails;
    qint64 refusedAtMs = 0;
    // From the cached step and subject, when this computer still has them.
    QString subjectType;
    qint64 subjectId = 0;
    QString title;
    QString subjectStatus;  // the claim's or mission's status now ("withdrawn", ...)
    QString serverDecision; // the step's decision on the server now
    // The claimant withdrew the claim (or the mission was cancelled) meanwhile: by the
    // cached subject, or by the server's details (subject_status).
    bool withdrawn = false;
    // Not withdrawn, yet the subject no longer waits for a decision (the server's
    // approval_no_longer_waiting, or the cached subject or step says so).
    bool noLongerWaits = false;
};

// The approvals inbox in the workstation's cache (migration 0006): one clear row per step
// waiting for a decision or decided here and not yet sent, kept in step with the sealed rows
// by triggers and refresh(), so that a page, a sort and a count over 50,000 waiting steps
// read an index and open only the page's titles.
//
// A step waits when its decision is pending, every lower step of its subject is approved
// (it is the current one: the server takes a decision on that step only), and its subject
// still waits: a claim "submitted" (not draft, withdrawn, returned, decided or paid), a
// mission a draft whose approval is pending (the server's Missions::subjectWaits). Only the
// latest chain of a subject (the `chain` of its steps: a return starts a new one) waits. A
// subject this computer does not have is taken to wait. Knowledge articles have their own
// review (the Knowledge section).
class ApprovalInbox final
{
public:
    // The filter for `user` at `nowMs`: their own id, roles and units, and the approvers
    // whose delegation to them runs now (their cached delegations rows), with those
    // approvers' roles and units from `user` or, when newer, the cache's stored user.
    static Expected<ApprovalFilter, CacheError>
    filterFor(const LocalCache &cache, const Access::Principal &user, qint64 nowMs);

    // Makes the items of the steps marked since the last refresh (all of them the first
    // time). The number of steps looked at. The sync engine calls it after each pull, off the
    // UI thread; `cancel` stops between batches, and what was done stays done.
    static Expected<int, CacheError> refresh(LocalCache &cache,
                                             const std::atomic<bool> *cancel = nullptr);

    // The waiting items of `filter` in `sort` order, after `after` (keyset: page N costs what
    // page 1 does). Steps edited here are refreshed first, and the rest when few are marked
    // (a pull's are the sync engine's), so a decision made here has left the list already.
    static Expected<ApprovalPage, CacheError>
    page(LocalCache &cache, const ApprovalFilter &filter, const ApprovalSort &sort, int limit,
         const std::optional<ApprovalPosition> &after = {});
    // How many items of `filter` wait (the index alone).
    static Expected<qint64, CacheError> count(LocalCache &cache, const ApprovalFilter &filter);
    // One item, waiting or decided here; nothing when the step is neither.
    static Expected<std::optional<ApprovalItem>, CacheError> item(LocalCache &cache, qint64 stepId);

    // The decisions made here that the next sync sends, latest first.
    static Expected<QList<ApprovalItem>, CacheError> decidedHere(LocalCache &cache);
    // The decisions the server did not take, oldest first.
    static Expected<QList<RefusedDecision>, CacheError> refused(LocalCache &cache);

    // Records the approver's decision on a waiting step as a local edit (sent with the next
    // sync): "approved", "rejected" or "returned"; a reason is required for the last two.
    // Refused with NotFound when the step no longer waits (decided, or its subject no longer
    // waits), with Invalid (and a sentence) for a missing reason.
    static Expected<bool, CacheError> decide(LocalCache &cache, qint64 stepId,
                                             const QString &decision, const QString &reason);
    // The approver has read a refused decision: it goes (nothing is sent).
    static Expected<bool, CacheError> dismissRefusal(LocalCache &cache, qint64 conflictId);

private:
    static const RowCipher &cipherOf(const LocalCache &cache); // opens the rows it lists
};

} // namespace Shahrvand::Cache
