#pragma once

#include "approvalinbox.h"
#include "principal.h"
#include "sectionpage.h"

#include <QJsonObject>

#include <functional>
#include <optional>

class QAction;
class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Shahrvand::Ui {

class ApprovalDetails;
class ApprovalInboxModel;
class DelegationDialog;

// Approvals: the approver's inbox, missions and expense claims together, over the cache's
// approvals index (Cache::ApprovalInbox) so that 50,000 waiting items open at once. A list
// read a page at a time (subject, claimant, unit, amount, step, waiting since), sorted by
// waiting time or amount and narrowed to missions or claims; beside it the chosen item's
// details with its receipts; decisions from the keyboard (A or Ctrl+Enter approves, R
// rejects, T returns for correction, the last two asking the reason), the next item chosen
// after each; small claims approved together. Every decision is a local edit, sent with the
// next sync: it leaves the list at once for "Decided here, waiting to sync", and one the
// server did not take (a claim withdrawn meanwhile) is shown under "Not applied" with the
// approver's decision and reason until they dismiss it.
class ApprovalsPage final : public SectionPage
{
    Q_OBJECT

public:
    // Claims up to this total may be approved together (rials).
    static constexpr qint64 defaultSmallClaimLimitRials = 10'000'000;

    ApprovalsPage(Cache::LocalCache &cache, const Access::Principal &user,
                  QWidget *parent = nullptr);

    // Whether a step is addressed to `user` and undecided: to them by name, or to one of
    // their roles in a unit they see. The rule of the server's scope for approval steps and
    // of Cache::ApprovalFilter, which adds delegations; the inbox lists such a step only
    // while it is the current step of a subject that waits, and not the user's own.
    static bool awaits(const QJsonObject &step, const Access::Principal &user);

    void reload() override;
    QWidget *focusTarget() override;

    // Seams for tests and the shell: what "now" is, the small-claim limit, how a reason and
    // a batch are asked for (nothing: the approver cancelled).
    using ReasonPrompt =
        std::function<std::optional<QString>(const QString &decision, const QString &subject)>;
    using Confirmation = std::function<bool(const QString &question)>;
    void setClock(std::function<qint64()> now);
    void setSmallClaimLimit(qint64 rials) { m_smallClaimLimit = rials; }
    qint64 smallClaimLimit() const { return m_smallClaimLimit; }
    void setReasonPrompt(ReasonPrompt prompt) { m_askReason = std::move(prompt); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // The sync engine's word: offline, decisions wait on this computer (a note says so).
    void setOnline(bool online);

    // "mission", "expense_claim", or empty for both.
    void showKind(const QString &subjectType);
    // The decision on the chosen item; the sentence shown (what was done, or why not).
    QString decide(const QString &decision);
    // Approves the selected claims when each is at most the small-claim limit.
    QString approveSelected();
    // The chosen refusal has been read: it goes.
    QString dismissRefusal();
    // "Delegate while away…" (approvers only): the delegation dialog, opened window-modal.
    DelegationDialog *openDelegationDialog();

    QTableView *view() const { return m_view; }
    ApprovalInboxModel *inbox() const { return m_model; }
    ApprovalDetails *details() const { return m_details; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *decidedList() const { return m_decided; }
    QListWidget *refusedList() const { return m_refused; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *offlineNote() const { return m_offline; }
    QPushButton *delegateButton() const { return m_delegate; }
    qint64 waitingCount() const { return m_count; }
    QList<QAction *> decisionActions() const;

signals:
    // Local edits were made: the shell updates its counts and asks the engine to push.
    void decisionsMade();

protected:
    void retranslate() override;

private:
    void currentChanged();
    void updateCounts();
    void updateLabels();
    void fillDecided();
    void fillRefused();
    void showMessage(const QString &text, bool problem);
    std::optional<QString> askReason(const QString &decision, const QString &subject);
    bool confirm(const QString &question);
    void selectRow(int row);

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    std::function<qint64()> m_now;
    qint64 m_smallClaimLimit = defaultSmallClaimLimitRials;
    ReasonPrompt m_askReason;
    Confirmation m_confirm;
    bool m_online = true;
    qint64 m_count = 0;
    QList<Cache::ApprovalItem> m_decidedItems;
    QList<Cache::RefusedDecision> m_refusedItems;

    ApprovalInboxModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_waiting = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QList<QPushButton *> m_kindButtons; // all, missions, claims
    QLabel *m_countLabel = nullptr;
    QPushButton *m_batch = nullptr;
    QPushButton *m_delegate = nullptr; // approvers only
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    ApprovalDetails *m_details = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_refusedNote = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_decided = nullptr;
    QListWidget *m_refused = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_refusedIntro = nullptr;
    QLabel *m_decidedIntro = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_returnAction = nullptr;
    QAction *m_batchAction = nullptr;
};

} // namespace Shahrvand::Ui
