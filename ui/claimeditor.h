#pragma once

#include "casetext.h"
#include "claimdraft.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Shahrvand::Ui {

class ClaimLineForm;
class ReceiptViewer;

// One expense claim of the user's: its title, mission and unit, its lines (added and
// corrected in the form under them while the claim may be edited), the expense policy's
// findings on the lines as they are on the screen, the totals, the actions the user may
// take (submit, withdraw, pay) and the approvers' decisions. Everything is written to the
// cache's outbox, so it works offline; nothing is written before it is checked.
class ClaimEditor final : public QWidget
{
    Q_OBJECT

public:
    enum LineColumn {
        TypeColumn,
        DateColumn,
        AmountColumn,
        VendorColumn,
        DescriptionColumn,
        ReceiptColumn,
        FindingsColumn,
        LineColumnCount
    };

    ClaimEditor(Cache::LocalCache &cache, const Access::Principal &user, QWidget *parent = nullptr);
    ~ClaimEditor() override;

    // For tests: the answer to "withdraw this claim?" instead of a dialog.
    void setConfirmer(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    void newClaim();
    bool openClaim(qint64 claimId);
    void clearClaim();
    qint64 claimId() const { return m_draft.id; }
    const ClaimDraft &draft() const { return m_draft; }
    bool isEditable() const;
    const QList<Missions::PolicyFinding> &findings() const { return m_findings; }

    // Writes the claim and its lines to the outbox; the problem, or empty when written.
    QString save();
    // Submit, withdraw (after the confirmation) or pay; the problem, or empty when done.
    QString perform(Missions::ClaimAction action);
    // Chooses a line of the table (its receipt shown, its values in the form); -1: none.
    void chooseLine(int row);
    // Removes the chosen line from the claim (written on saving).
    void removeChosenLine();
    // Whether leaving the claim now loses what the user typed; asks them when it does.
    bool mayLeave();

    QLabel *heading() const { return m_heading; }
    QLabel *stateLabel() const { return m_state; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *missionBox() const { return m_mission; }
    QComboBox *unitBox() const { return m_unit; }
    QTableWidget *lines() const { return m_lines; }
    ClaimLineForm *lineForm() const { return m_form; }
    ReceiptViewer *receipts() const { return m_receipt; }
    QLabel *receiptNote() const { return m_receiptNote; }
    QLabel *findingsLabel() const { return m_findingsLabel; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *submitNote() const { return m_submitNote; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *removeLineButton() const { return m_removeLine; }
    QTreeWidget *history() const { return m_history; }

signals:
    // Something was written: the list of claims shows it.
    void claimWritten(qint64 claimId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // claimeditor.cpp: showing
    void fillChoices();
    void showDraft();
    void refresh(); // findings, lines, totals and buttons from the draft
    void fillLines();
    void showTotals();
    void showFindings();
    void showState();
    void showHistory();
    void updateButtons();
    void lineChosen();
    void retranslate();
    // claimeditor_actions.cpp: editing
    void headerEdited();
    void putLine(const ClaimLineDraft &line);
    void showMessage(const QString &text, bool error);
    bool confirm(const QString &question);
    QString takeTypedLine();
    bool hasUnsavedWork() const;
    QString waitingFor() const;

    ClaimStore m_store;
    NameBook m_names;
    ClaimDraft m_draft;
    bool m_hasClaim = false;
    bool m_filling = false;
    QList<Missions::PolicyFinding> m_findings;
    std::function<bool(const QString &)> m_confirm;

    QLabel *m_heading = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QWidget *m_scroll = nullptr;
    QLabel *m_state = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_mission = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_headerLabels[3] = {};
    QLabel *m_linesTitle = nullptr;
    QTableWidget *m_lines = nullptr;
    QPushButton *m_removeLine = nullptr;
    ClaimLineForm *m_form = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_receiptTitle = nullptr;
    ReceiptViewer *m_receipt = nullptr;
    QLabel *m_receiptNote = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTreeWidget *m_history = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_submitNote = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_pay = nullptr;
};

} // namespace Shahrvand::Ui
