#pragma once

#include "approvalinbox.h"
#include "casetext.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTreeWidget;

namespace Shahrvand::Ui {

class ReceiptViewer;

// The side panel of the approvals inbox: what one waiting item asks to approve, read from
// the cache when it is chosen. A claim: its claimant, unit, total and lines (type, Jalali
// date, vendor, amount) with each line's receipt in the viewer below; a mission: its
// purpose, destination, period, assignees and linked cases. Then the earlier steps'
// decisions, and the three decisions as buttons (the page gives them their keys).
class ApprovalDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalDetails(Cache::LocalCache &cache, QWidget *parent = nullptr);

    void setUserId(qint64 userId) { m_userId = userId; }
    // Nothing chosen: a short note instead. `refusal`: a decision on this step the server
    // did not apply, shown first (the step waits again, or still).
    void showItem(const Cache::ApprovalItem *item, qint64 nowMs,
                  const Cache::RefusedDecision *refusal = nullptr);
    qint64 stepId() const { return m_item.stepId; }

    QLabel *heading() const { return m_heading; }
    QTableWidget *lines() const { return m_lines; }
    QTreeWidget *history() const { return m_history; }
    ReceiptViewer *receipts() const { return m_receipt; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *returnButton() const { return m_return; }
    // The facts shown, label and value, in order (tests read them).
    QList<std::pair<QString, QString>> facts() const;

signals:
    // "approved", "rejected" or "returned".
    void decisionRequested(const QString &decision);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFact(const QString &label, const QString &value);
    void showClaim(const QJsonObject &claim);
    void showMission(const QJsonObject &mission);
    void showHistory();
    void lineChosen();
    void retranslate();
    QString nameOf(const QString &entity, const QJsonValue &id) const;

    Cache::LocalCache &m_cache;
    NameBook m_names;
    qint64 m_userId = 0;
    Cache::ApprovalItem m_item;
    std::optional<Cache::RefusedDecision> m_refusal;
    bool m_hasItem = false;
    qint64 m_nowMs = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QWidget *m_scroll = nullptr; // the body's scroll area
    QFormLayout *m_facts = nullptr;
    QLabel *m_linesTitle = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_receiptTitle = nullptr;
    ReceiptViewer *m_receipt = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_return = nullptr;
};

} // namespace Shahrvand::Ui
