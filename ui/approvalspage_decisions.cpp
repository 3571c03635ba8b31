// The approvals inbox's decisions: one at a time from the keyboard or the buttons, small
// claims together, and refusals dismissed (see approvalspage.h).
#include "approvalspage.h"

#include "approvaldetails.h"
#include "approvalinboxmodel.h"
#include "approvaltext.h"
#include "localcache.h"
#include "money.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcApprovals)

namespace Shahrvand::Ui {

namespace {

// Asks why: the claimant reads it. OK stays off until something is written; Ctrl+Enter
// accepts (Enter belongs to the text).
class ReasonDialog final : public QDialog
{
public:
    ReasonDialog(const QString &decision, const QString &subject, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("reasonDialog"));
        const bool reject = decision == u"rejected";
        setWindowTitle(reject ? ApprovalsPage::tr("Reject")
                              : ApprovalsPage::tr("Return for correction"));
        auto *question = new QLabel(
            reject ? ApprovalsPage::tr("Why do you reject “%1”? The claimant reads your reason.")
                         .arg(subject)
                   : ApprovalsPage::tr("What is to be corrected in “%1”? The claimant reads it.")
                         .arg(subject),
            this);
        question->setWordWrap(true);
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        ok->setText(reject ? ApprovalsPage::tr("Reject") : ApprovalsPage::tr("Return"));
        ok->setEnabled(false);
        connect(m_text, &QPlainTextEdit::textChanged, this,
                [this, ok] { ok->setEnabled(!reason().isEmpty()); });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        for (const QKeySequence &key :
             {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
            auto *shortcut = new QShortcut(key, this);
            connect(shortcut, &QShortcut::activated, this, [this] {
                if (!reason().isEmpty())
                    accept();
            });
        }
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(question);
        layout->addWidget(m_text, 1);
        layout->addWidget(buttons);
        resize(460, 240);
    }

    QString reason() const { return m_text->toPlainText().trimmed(); }

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace

std::optional<QString> ApprovalsPage::askReason(const QString &decision, const QString &subject)
{
    if (m_askReason)
        return m_askReason(decision, subject);
    ReasonDialog dialog(decision, subject, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

bool ApprovalsPage::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Approve together"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}

QString ApprovalsPage::decide(const QString &decision)
{
    const QModelIndex current = m_view->currentIndex();
    const Cache::ApprovalItem *chosen =
        current.isValid() ? m_model->itemAt(current.row()) : nullptr;
    if (!chosen) {
        const QString text = tr("Choose an item first.");
        showMessage(text, true);
        return text;
    }
    const Cache::ApprovalItem item = *chosen;
    const QString subject = ApprovalText::subject(item.subjectType, item.title);
    QString reason;
    if (decision != u"approved") {
        const auto typed = askReason(decision, subject);
        if (!typed)
            return {}; // cancelled: nothing changes
        reason = *typed;
    }
    const auto done = Cache::ApprovalInbox::decide(m_cache, item.stepId, decision, reason);
    QString text;
    if (!done) {
        qCInfo(lcApprovals) << "decision not recorded:" << done.error().detail;
        text = done.error().kind == Cache::CacheError::Kind::NotFound
                   ? tr("“%1” no longer waits for your decision.").arg(subject)
                   : done.error().message();
    } else {
        text = tr("%1: %2. It goes to the server with the next sync.")
                   .arg(ApprovalText::decisionDone(decision), subject);
    }
    // The next item takes the decided one's place (reload keeps the row).
    reload();
    showMessage(text, !done);
    if (done)
        emit decisionsMade();
    return text;
}

QString ApprovalsPage::approveSelected()
{
    QList<Cache::ApprovalItem> chosen;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const Cache::ApprovalItem *item = m_model->itemAt(index.row()))
            chosen.append(*item);
    }
    if (chosen.isEmpty()) {
        const QString text = tr("Select the claims to approve first.");
        showMessage(text, true);
        return text;
    }
    int tooLarge = 0;
    int missions = 0;
    Money total;
    for (const Cache::ApprovalItem &item : std::as_const(chosen)) {
        if (item.subjectType != u"expense_claim")
            ++missions;
        else if (!item.amountRials || *item.amountRials > m_smallClaimLimit)
            ++tooLarge;
        else
            total = total.checkedAdd(Money::fromRials(*item.amountRials)).value_or(total);
    }
    const QString limit = Money::fromRials(m_smallClaimLimit).format();
    if (tooLarge + missions > 0) {
        QStringList why;
        if (tooLarge > 0)
            why << tr("%Ln claim(s) above %1", nullptr, tooLarge).arg(limit);
        if (missions > 0)
            why << tr("%Ln mission(s)", nullptr, missions);
        const QString text =
            tr("Nothing was approved: only expense claims of at most %1 each can be approved "
               "together, and the selection has %2. Decide on those one by one.")
                .arg(limit, why.join(tr(" and ")));
        showMessage(text, true);
        return text;
    }
    if (!confirm(tr("Approve %Ln claim(s), %1 in all?", nullptr, int(chosen.size()))
                     .arg(total.format())))
        return {};
    int approved = 0;
    QStringList failed;
    for (const Cache::ApprovalItem &item : std::as_const(chosen)) {
        const auto done =
            Cache::ApprovalInbox::decide(m_cache, item.stepId, QStringLiteral("approved"), {});
        if (done) {
            ++approved;
        } else {
            qCInfo(lcApprovals) << "batch approval skipped a step:" << done.error().detail;
            failed << ApprovalText::subject(item.subjectType, item.title);
        }
    }
    const int first = m_view->selectionModel()->selectedRows().isEmpty()
                          ? 0
                          : m_view->selectionModel()->selectedRows().first().row();
    fillDecided();
    m_model->reload();
    selectRow(first);
    updateCounts();
    QString text =
        tr("%Ln claim(s) approved. They go to the server with the next sync.", nullptr, approved);
    if (!failed.isEmpty())
        text += u' ' + tr("Not approved, as they no longer wait: %1").arg(failed.join(tr(", ")));
    showMessage(text, !failed.isEmpty());
    if (approved > 0)
        emit decisionsMade();
    return text;
}

QString ApprovalsPage::dismissRefusal()
{
    const QListWidgetItem *item = m_refused->currentItem();
    if (!item)
        return {};
    const auto dismissed =
        Cache::ApprovalInbox::dismissRefusal(m_cache, item->data(Qt::UserRole).toLongLong());
    const int row = m_refused->currentRow();
    fillRefused();
    updateCounts();
    currentChanged();
    m_refused->setCurrentRow(qMin(row, m_refused->count() - 1));
    if (!dismissed) {
        qCWarning(lcApprovals) << "a refusal was not dismissed:" << dismissed.error().detail;
        showMessage(dismissed.error().message(), true);
        return dismissed.error().message();
    }
    showMessage({}, false);
    emit decisionsMade(); // the shell's conflict count changed
    return {};
}

} // namespace Shahrvand::Ui
