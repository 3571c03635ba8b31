#pragma once

// An expense claim as its claimant edits it on the workstation: read from the cache, held
// in memory while lines are added and corrected (so that the policy is checked on what is
// on the screen), and written back to the cache's outbox only whole and valid.

#include "claimlifecycle.h"
#include "expected.h"
#include "expensepolicy.h"
#include "money.h"
#include "principal.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// Text the user wrote (a title, a reason, a vendor) inside a sentence of the interface's
// language: isolated, so that a Persian title does not reorder an English sentence's
// punctuation, nor a Latin code a Persian one's.
inline QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

// One line of the claim being edited.
struct ClaimLineDraft
{
    qint64 id = 0; // the cache's id (negative: created here); 0 while not written
    int key = 0;   // the editor's own, unique within the draft
    QString type = QStringLiteral("transport");
    QDate spentOn;
    Money amount;
    QString vendor;
    QString description;
    QString receiptSha256; // the receipt file's hash, as the line names it
    // The receipt: an attachments row (kept here or on the server), or a file chosen and
    // attached when the claim is saved.
    QString receiptFileName;
    QString receiptContentType;
    QString receiptPath; // a chosen file not attached yet
    bool hasAttachment = false;
    bool changed = false; // differs from the cache (or is new)

    bool hasReceipt() const { return hasAttachment || !receiptSha256.isEmpty(); }
    // The id the policy check knows the line by: its own, or one no cached line has.
    qint64 checkId() const { return id != 0 ? id : -1'000'000'000 - key; }
};

struct ClaimDraft
{
    qint64 id = 0; // 0: a new claim, not written yet
    QString title;
    qint64 missionId = 0;
    qint64 unitId = 0;
    QString status = QStringLiteral("draft");
    qint64 claimantId = 0;
    qint64 submittedAtMs = 0;
    QList<ClaimLineDraft> lines;
    QList<qint64> removedLineIds; // written lines to delete on saving
    bool headerChanged = false;
    int nextKey = 1;

    Missions::ClaimStatus claimStatus() const;
    bool isDirty() const;
    std::optional<Money> total() const; // nothing on overflow
};

// The claims of one claimant in the cache: reading, checking against the policy, writing.
class ClaimStore final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::ClaimStore)

public:
    ClaimStore(Cache::LocalCache &cache, const Access::Principal &user);

    Cache::LocalCache &cache() const { return m_cache; }
    const Access::Principal &user() const { return m_user; }

    // The user's own claims in the cache (created here too), newest first.
    QList<QJsonObject> ownClaims() const;
    // A row created here has no claimant yet (the server writes it): it is the user's.
    bool isOwn(const QJsonObject &claim) const;
    Missions::ClaimFacts facts(const ClaimDraft &draft) const;

    std::optional<ClaimDraft> load(qint64 claimId) const;
    ClaimDraft newDraft() const;

    QList<Missions::ExpensePolicy> policies() const;
    // The lines of the user's other claims that still count, for duplicates.
    QList<Missions::ExpenseLine> otherClaimsLines(qint64 claimId) const;
    // Findings on the draft as it is; a finding's lineId is the line's checkId(). The
    // policies and the other claims' lines are read once per claim (the check runs as the
    // lines are typed), until forgetReadings().
    QList<Missions::PolicyFinding> check(const ClaimDraft &draft) const;
    void forgetReadings() const { m_readingsFor.reset(); }

    // The approval steps of a claim, chains and steps in order.
    QList<QJsonObject> steps(qint64 claimId) const;
    // The reason of the latest decision that returned or rejected the claim.
    QString decisionReason(qint64 claimId) const;

    // What keeps the draft from being written, in a sentence per problem; empty when
    // nothing does.
    QStringList problems(const ClaimDraft &draft) const;
    // Writes the draft (the claim, its lines and their receipts) after checking it, in one
    // transaction: all of it or, when a check or a write fails, none of it. The claim's id.
    Expected<qint64, QString> save(ClaimDraft &draft);
    // Writes the status an action leads to (submit, withdraw, pay).
    Expected<bool, QString> act(qint64 claimId, Missions::ClaimAction action);

private:
    ClaimLineDraft lineFrom(const QJsonObject &row) const;

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    mutable std::optional<qint64> m_readingsFor; // the claim they were read for
    mutable QList<Missions::ExpensePolicy> m_policies;
    mutable QList<Missions::ExpenseLine> m_others;
};

} // namespace Shahrvand::Ui
