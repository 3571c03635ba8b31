#pragma once

#include "casetext.h"
#include "missionlifecycle.h"
#include "principal.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class MissionOrderForm;
class SearchPicker;

// One mission, to work on: a header (order number, status with its approval, planned
// period), the actions the mission rules allow the signed-in user now (with the reason
// when the expected next step is refused), the mission's expense total, and tabs: the
// order with the people sent, the linked cases, the units' comments and the approval
// history. Every change is a local edit, checked by the rules the server applies
// (modules/missions), and sent with the next sync.
class MissionWorkspace final : public QWidget
{
    Q_OBJECT

public:
    MissionWorkspace(Cache::LocalCache &cache, const Access::Principal &user,
                     QWidget *parent = nullptr);

    // Shows the mission as stored (unsaved typing in the order is left); false (and nothing
    // changes) if the cache does not have it.
    bool open(qint64 missionId);
    // An empty order to write; saving creates the mission.
    void openNew();
    qint64 missionId() const { return m_missionId; }
    QJsonObject mission() const { return m_mission; }
    void reload();

    // The tabs: Order, Cases, Comments, Approvals. The mission report (MissionReportPanel)
    // goes here as a further tab: tabs()->addTab(report, ...), missionShown -> its
    // setMission, its edited -> reload(). Tabs after the first are disabled for a new,
    // unsaved mission.
    QTabWidget *tabs() const { return m_tabs; }

    // Seams for tests: how a confirmation and a reason are asked (nothing: cancelled).
    using Confirmation = std::function<bool(const QString &question)>;
    using ReasonPrompt = std::function<std::optional<QString>(const QString &question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setReasonPrompt(ReasonPrompt prompt) { m_askReason = std::move(prompt); }

    // Each returns an error sentence in the interface's language, or empty when the change
    // was written to the cache.
    QString saveOrder();
    QString act(Missions::MissionAction action);
    QString addAssignee(qint64 userId, const QString &role);
    QString removeAssignee(qint64 assigneeRowId);
    QString linkCase(qint64 caseId);
    QString unlinkCase(qint64 missionCaseRowId);
    QString addComment(const QString &body);
    // Drafts the mission that follows this one up: its order copied (without the period),
    // follow_up_of_id set, its linked cases carried over. The new mission's id, or nothing.
    std::optional<qint64> draftFollowUp(QString *error = nullptr);

    MissionOrderForm *orderForm() const { return m_form; }
    QPushButton *actionButton(Missions::MissionAction action) const
    {
        return m_actionButtons.value(int(action));
    }
    QLabel *heading() const { return m_heading; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *refusalNote() const { return m_refusal; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *totalsLabel() const { return m_totals; }
    QTreeWidget *assigneeList() const { return m_assignees; }
    SearchPicker *userPicker() const { return m_userPicker; }
    QWidget *assigneeEditor() const { return m_assigneeEditor; }
    QTreeWidget *caseList() const { return m_cases; }
    SearchPicker *casePicker() const { return m_casePicker; }
    QWidget *caseEditor() const { return m_caseEditor; }
    QTreeWidget *commentList() const { return m_comments; }
    QPlainTextEdit *commentEdit() const { return m_commentEdit; }
    QWidget *commentEditor() const { return m_commentEditor; }
    QTreeWidget *stepList() const { return m_steps; }
    // Row ids of the lists, on column 0.
    static constexpr int RowIdRole = Qt::UserRole + 1;

signals:
    void edited();          // a local edit was made
    void backRequested();   // Esc or "Back to the list"
    void opened(qint64 id); // another mission was opened here (a follow-up drafted)
    // A mission is shown (opened, reloaded, or 0: a new one), for tabs added from outside.
    void missionShown(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildOrderTab();
    QWidget *buildCasesTab();
    QWidget *buildCommentsTab();
    QWidget *buildApprovalsTab();
    // Reads the mission again and shows it, keeping what is typed in the order form.
    bool refresh(qint64 missionId, bool keepTyped = true);
    void showMission();
    void showHeader();
    void showActions();
    void showTotals();
    void fillAssignees();
    void fillCases();
    void fillComments();
    void fillSteps();
    // People and cases to choose from, read once (again after a sync), without those
    // already on the mission.
    void loadChoices(bool cases);
    void fillPicker(SearchPicker *picker, bool cases, const QSet<qint64> &taken);
    void showMessage(const QString &text, bool problem);
    void retranslate();
    void retranslateTabs();
    bool confirm(const QString &question);
    std::optional<QString> askReason(const QString &question);
    Missions::MissionFacts facts() const;
    // Writes one edit; the cache's refusal as a sentence, or empty.
    QString written(bool ok, const QString &problem);

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    NameBook m_names;
    qint64 m_missionId = 0;
    QJsonObject m_mission;
    std::optional<qint64> m_formFor; // the mission the order form was filled from
    struct Choice
    {
        qint64 id = 0;
        QString text, detail, alsoFound;
    };
    QList<Choice> m_userChoices;
    QList<Choice> m_caseChoices;
    Confirmation m_confirm;
    ReasonPrompt m_askReason;

    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_period = nullptr;
    QHash<int, QPushButton *> m_actionButtons;
    QLabel *m_refusal = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_totals = nullptr;
    QTabWidget *m_tabs = nullptr;
    MissionOrderForm *m_form = nullptr;
    QLabel *m_assigneesTitle = nullptr;
    QTreeWidget *m_assignees = nullptr;
    QWidget *m_assigneeEditor = nullptr;
    SearchPicker *m_userPicker = nullptr;
    QComboBox *m_rolePick = nullptr;
    QPushButton *m_addAssignee = nullptr;
    QPushButton *m_removeAssignee = nullptr;
    QLabel *m_casesIntro = nullptr;
    QTreeWidget *m_cases = nullptr;
    QWidget *m_caseEditor = nullptr;
    SearchPicker *m_casePicker = nullptr;
    QPushButton *m_linkCase = nullptr;
    QPushButton *m_unlinkCase = nullptr;
    QTreeWidget *m_comments = nullptr;
    QWidget *m_commentEditor = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QPushButton *m_addComment = nullptr;
    QLabel *m_stepsIntro = nullptr;
    QTreeWidget *m_steps = nullptr;
};

} // namespace Shahrvand::Ui
