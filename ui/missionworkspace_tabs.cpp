// The mission workspace's lists: the people sent (on the Order tab), the linked cases, the
// comments and the approval history, with their additions and removals.
#include "approvaltext.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "missionorderform.h"
#include "missiontext.h"
#include "missionworkspace.h"
#include "searchpicker.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

using namespace Missions;

namespace {

QString problemOf(const Cache::CacheError &error)
{
    if (!error.fieldMessages.isEmpty())
        return error.fieldMessages.join(u'\n');
    return error.message();
}

QString momentText(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC),
                                DateStyle::Long);
}

QTreeWidget *makeList(QWidget *parent, int columns)
{
    auto *list = new QTreeWidget(parent);
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(false);
    list->setWordWrap(true);
    list->header()->setStretchLastSection(true);
    return list;
}

// Columns as wide as their contents and headers, with room to breathe; the last stretches.
void fitColumns(QTreeWidget *list, int columns)
{
    for (int column = 0; column < columns; ++column) {
        list->resizeColumnToContents(column);
        list->setColumnWidth(column, list->columnWidth(column) + 16);
    }
}

qint64 selectedRowId(QTreeWidget *list)
{
    const QTreeWidgetItem *item = list->currentItem();
    return item ? item->data(0, MissionWorkspace::RowIdRole).toLongLong() : 0;
}

} // namespace

QWidget *MissionWorkspace::buildOrderTab()
{
    auto *page = new QWidget;
    m_form = new MissionOrderForm(m_cache, m_user, page);
    connect(m_form, &MissionOrderForm::saveRequested, this, [this] {
        const QString problem = saveOrder();
        // The form lists its own problems beside the fields; other refusals go on top.
        if (!problem.isEmpty() && m_form->problemsLabel()->isHidden())
            showMessage(problem, true);
    });

    m_assigneesTitle = new QLabel(page);
    QFont bold = m_assigneesTitle->font();
    bold.setBold(true);
    m_assigneesTitle->setFont(bold);
    m_assignees = makeList(page, 2);
    m_assignees->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_assigneeEditor = new QWidget(page);
    m_userPicker = new SearchPicker(m_assigneeEditor);
    m_userPicker->setVisibleRows(3);
    m_rolePick = new QComboBox(m_assigneeEditor);
    for (const QString &role : {u"leader"_qs, u"member"_qs, u"driver"_qs})
        m_rolePick->addItem(QString(), role);
    m_addAssignee = new QPushButton(m_assigneeEditor);
    m_removeAssignee = new QPushButton(m_assigneeEditor);
    auto *editorLayout = new QHBoxLayout(m_assigneeEditor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_userPicker, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_rolePick);
    buttons->addWidget(m_addAssignee);
    buttons->addWidget(m_removeAssignee);
    buttons->addStretch(1);
    editorLayout->addLayout(buttons);
    connect(m_addAssignee, &QPushButton::clicked, this, [this] {
        const auto user = m_userPicker->current();
        const QString problem = user ? addAssignee(*user, m_rolePick->currentData().toString())
                                     : tr("Choose the person to send from the list.");
        if (!problem.isEmpty())
            showMessage(problem, true);
    });
    connect(m_userPicker, &SearchPicker::activated, m_addAssignee, &QPushButton::click);
    connect(m_removeAssignee, &QPushButton::clicked, this, [this] {
        const qint64 row = selectedRowId(m_assignees);
        const QString problem =
            row ? removeAssignee(row) : tr("Choose the person to take off in the list.");
        if (!problem.isEmpty())
            showMessage(problem, true);
    });

    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_assigneesTitle);
    layout->addWidget(m_assignees);
    layout->addWidget(m_assigneeEditor);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return page;
}

QWidget *MissionWorkspace::buildCasesTab()
{
    auto *page = new QWidget;
    m_casesIntro = new QLabel(page);
    m_casesIntro->setWordWrap(true);
    m_casesIntro->setForegroundRole(QPalette::PlaceholderText);
    m_cases = makeList(page, 4);
    m_caseEditor = new QWidget(page);
    m_casePicker = new SearchPicker(m_caseEditor);
    m_casePicker->setVisibleRows(4);
    m_linkCase = new QPushButton(m_caseEditor);
    m_unlinkCase = new QPushButton(m_caseEditor);
    auto *editorLayout = new QHBoxLayout(m_caseEditor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_casePicker, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_linkCase);
    buttons->addWidget(m_unlinkCase);
    buttons->addStretch(1);
    editorLayout->addLayout(buttons);
    connect(m_linkCase, &QPushButton::clicked, this, [this] {
        const auto chosen = m_casePicker->current();
        const QString problem =
            chosen ? linkCase(*chosen) : tr("Choose the case to link from the list.");
        if (!problem.isEmpty())
            showMessage(problem, true);
    });
    connect(m_casePicker, &SearchPicker::activated, m_linkCase, &QPushButton::click);
    connect(m_unlinkCase, &QPushButton::clicked, this, [this] {
        const qint64 row = selectedRowId(m_cases);
        const QString problem =
            row ? unlinkCase(row) : tr("Choose the case to take off in the list.");
        if (!problem.isEmpty())
            showMessage(problem, true);
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_casesIntro);
    layout->addWidget(m_cases, 1);
    layout->addWidget(m_caseEditor);
    return page;
}

QWidget *MissionWorkspace::buildCommentsTab()
{
    auto *page = new QWidget;
    m_comments = makeList(page, 4);
    m_commentEditor = new QWidget(page);
    m_commentEdit = new QPlainTextEdit(m_commentEditor);
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);
    m_addComment = new QPushButton(m_commentEditor);
    auto *editorLayout = new QHBoxLayout(m_commentEditor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_commentEdit, 1);
    editorLayout->addWidget(m_addComment, 0, Qt::AlignTop);
    connect(m_addComment, &QPushButton::clicked, this, [this] {
        const QString problem = addComment(m_commentEdit->toPlainText());
        if (!problem.isEmpty())
            showMessage(problem, true);
        else
            m_commentEdit->clear();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_comments, 1);
    layout->addWidget(m_commentEditor);
    return page;
}

QWidget *MissionWorkspace::buildApprovalsTab()
{
    auto *page = new QWidget;
    m_stepsIntro = new QLabel(page);
    m_stepsIntro->setWordWrap(true);
    m_stepsIntro->setForegroundRole(QPalette::PlaceholderText);
    m_steps = makeList(page, 6);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_stepsIntro);
    layout->addWidget(m_steps, 1);
    return page;
}

void MissionWorkspace::loadChoices(bool cases)
{
    QList<Choice> &choices = cases ? m_caseChoices : m_userChoices;
    if (!choices.isEmpty())
        return;
    const QString entity = cases ? u"cases"_qs : u"users"_qs;
    // The cases this computer has: a few thousand are enough to find one by its code or
    // subject (the queue finds the rest).
    const int most = cases ? 5000 : 100000;
    std::optional<qint64> after;
    while (choices.size() < most) {
        const auto rows = m_cache.rows(entity, 500, after);
        if (!rows || rows->isEmpty())
            break;
        for (const QJsonObject &row : *rows) {
            const qint64 id = row.value(u"id").toInteger();
            if (cases) {
                const QJsonValue code = row.value(u"tracking_code");
                choices.append({id, FieldText::displayValue(u"cases", u"tracking_code", code),
                                row.value(u"subject").toString(), code.toString()});
            } else if (!row.value(u"active").isBool() || row.value(u"active").toBool()) {
                choices.append({id, row.value(u"display_name").toString(), QString(),
                                row.value(u"username").toString()});
            }
        }
        if (rows->size() < 500)
            break;
        after = rows->last().value(u"id").toInteger();
    }
}

void MissionWorkspace::fillPicker(SearchPicker *picker, bool cases, const QSet<qint64> &taken)
{
    loadChoices(cases);
    picker->clearItems();
    picker->lineEdit()->clear();
    for (const Choice &choice : std::as_const(cases ? m_caseChoices : m_userChoices)) {
        if (!taken.contains(choice.id))
            picker->addItem(choice.id, choice.text, choice.detail, choice.alsoFound);
    }
}

void MissionWorkspace::fillAssignees()
{
    m_assignees->clear();
    const MissionFacts now = facts();
    const bool open = now.status == MissionStatus::Draft || now.status == MissionStatus::Issued ||
                      now.status == MissionStatus::InProgress;
    const bool editable = m_missionId != 0 && open && isMissionManager(m_user, now);
    m_assigneeEditor->setVisible(editable);
    m_assigneesTitle->setVisible(m_missionId != 0);
    m_assignees->setVisible(m_missionId != 0);
    if (m_missionId == 0)
        return;
    const auto rows = m_cache.childRows(QStringLiteral("mission_assignees"),
                                        QStringLiteral("missions"), m_missionId, 1000);
    QSet<qint64> taken;
    for (const QJsonObject &row : rows ? *rows : QList<QJsonObject>()) {
        taken.insert(row.value(u"user_id").toInteger());
        auto *item =
            new QTreeWidgetItem({m_names.name(u"users"_qs, row.value(u"user_id").toInteger()),
                                 MissionText::assigneeRole(row.value(u"role").toString())});
        item->setData(0, RowIdRole, row.value(u"id").toInteger());
        m_assignees->addTopLevelItem(item);
    }
    m_assignees->resizeColumnToContents(0);
    m_assignees->setColumnWidth(
        0, qMax(m_assignees->columnWidth(0) + 24, fontMetrics().horizontalAdvance(u'M') * 20));
    if (editable)
        fillPicker(m_userPicker, false, taken);
}

QString MissionWorkspace::addAssignee(qint64 userId, const QString &role)
{
    if (m_missionId == 0)
        return tr("Save the mission first.");
    const MissionFacts now = facts();
    if (!isMissionManager(m_user, now))
        return tr("People are sent on a mission by the unit's supervisor.");
    if (now.assignees.contains(UserId(userId)))
        return tr("%1 is already on this mission.").arg(m_names.name(u"users"_qs, userId));
    const auto id = m_cache.create(QStringLiteral("mission_assignees"),
                                   {{u"mission_id"_qs, m_missionId},
                                    {u"user_id"_qs, userId},
                                    {u"role"_qs, role.isEmpty() ? u"member"_qs : role}});
    return written(bool(id), id ? QString() : problemOf(id.error()));
}

QString MissionWorkspace::removeAssignee(qint64 assigneeRowId)
{
    if (!isMissionManager(m_user, facts()))
        return tr("People are sent on a mission by the unit's supervisor.");
    const auto done = m_cache.remove(QStringLiteral("mission_assignees"), assigneeRowId);
    return written(bool(done), done ? QString() : problemOf(done.error()));
}

void MissionWorkspace::fillCases()
{
    m_cases->clear();
    if (m_missionId == 0)
        return;
    const bool editable = mayEditOrder(m_user, facts());
    m_caseEditor->setVisible(editable);
    m_casesIntro->setText(editable ? tr("The cases this mission goes for. Their outcomes are "
                                        "written with the mission's report.")
                                   : tr("The cases this mission goes for, with their outcomes. "
                                        "They are changed with the order, as a draft."));
    const auto rows = m_cache.childRows(QStringLiteral("mission_cases"), QStringLiteral("missions"),
                                        m_missionId, 10000);
    QSet<qint64> taken;
    for (const QJsonObject &link : rows ? *rows : QList<QJsonObject>()) {
        const qint64 caseId = link.value(u"case_id").toInteger();
        taken.insert(caseId);
        const auto row = m_cache.row(QStringLiteral("cases"), caseId);
        QStringList texts;
        if (row && *row) {
            texts << FieldText::displayValue(u"cases", u"tracking_code",
                                             (*row)->value(u"tracking_code"))
                  << (*row)->value(u"subject").toString()
                  << FieldText::codeText((*row)->value(u"status").toString());
        } else {
            texts << toLocalDigits(QString::number(caseId)) << tr("(not in this computer's copy)")
                  << QString();
        }
        texts << link.value(u"outcome").toString();
        auto *item = new QTreeWidgetItem(texts);
        item->setData(0, RowIdRole, link.value(u"id").toInteger());
        item->setToolTip(3, texts.last());
        m_cases->addTopLevelItem(item);
    }
    fitColumns(m_cases, 3);
    if (editable)
        fillPicker(m_casePicker, true, taken);
}

QString MissionWorkspace::linkCase(qint64 caseId)
{
    if (m_missionId == 0)
        return tr("Save the mission first.");
    if (!mayEditOrder(m_user, facts()))
        return tr("Cases are linked while the order is a draft, by its requester or the unit's "
                  "supervisor.");
    const auto rows = m_cache.childRows(QStringLiteral("mission_cases"), QStringLiteral("missions"),
                                        m_missionId, 10000);
    for (const QJsonObject &link : rows ? *rows : QList<QJsonObject>()) {
        if (link.value(u"case_id").toInteger() == caseId)
            return tr("This case is already linked to the mission.");
    }
    const auto id = m_cache.create(QStringLiteral("mission_cases"),
                                   {{u"mission_id"_qs, m_missionId}, {u"case_id"_qs, caseId}});
    return written(bool(id), id ? QString() : problemOf(id.error()));
}

QString MissionWorkspace::unlinkCase(qint64 missionCaseRowId)
{
    if (!mayEditOrder(m_user, facts()))
        return tr("Cases are linked while the order is a draft, by its requester or the unit's "
                  "supervisor.");
    const auto done = m_cache.remove(QStringLiteral("mission_cases"), missionCaseRowId);
    return written(bool(done), done ? QString() : problemOf(done.error()));
}

void MissionWorkspace::fillComments()
{
    m_comments->clear();
    const bool mayComment =
        m_missionId != 0 &&
        m_user.hasAnyRole({Access::Role::Supervisor, Access::Role::SeniorAgent,
                           Access::Role::FieldOfficer, Access::Role::Administrator,
                           Access::Role::FinanceApprover});
    m_commentEditor->setVisible(mayComment);
    if (m_missionId == 0)
        return;
    auto rows = m_cache.childRows(QStringLiteral("mission_comments"), QStringLiteral("missions"),
                                  m_missionId, 1000);
    QList<QJsonObject> comments = rows ? *rows : QList<QJsonObject>();
    // Oldest first; those written here (not sent yet) last.
    std::stable_sort(
        comments.begin(), comments.end(), [](const QJsonObject &a, const QJsonObject &b) {
            const qint64 ia = a.value(u"id").toInteger(), ib = b.value(u"id").toInteger();
            if ((ia < 0) != (ib < 0))
                return ib < 0;
            return ia < 0 ? ia > ib : ia < ib;
        });
    for (const QJsonObject &comment : std::as_const(comments)) {
        const bool local = comment.value(u"id").toInteger() < 0;
        const QJsonValue author = comment.value(u"author_id");
        const QString who =
            author.isDouble() ? m_names.name(u"users"_qs, author.toInteger()) : m_user.displayName;
        const QJsonValue unit = comment.value(u"unit_id");
        auto *item = new QTreeWidgetItem(
            {who, unit.isDouble() ? m_names.name(u"org_units"_qs, unit.toInteger()) : QString(),
             local ? tr("Waiting to sync") : momentText(comment.value(u"created_at")),
             comment.value(u"body").toString()});
        item->setData(0, RowIdRole, comment.value(u"id").toInteger());
        item->setToolTip(3, comment.value(u"body").toString());
        m_comments->addTopLevelItem(item);
    }
    fitColumns(m_comments, 3);
}

QString MissionWorkspace::addComment(const QString &body)
{
    if (m_missionId == 0)
        return tr("Save the mission first.");
    const QString text = body.trimmed();
    if (text.isEmpty())
        return tr("Write the comment first.");
    QJsonObject fields{{u"mission_id"_qs, m_missionId}, {u"body"_qs, text}};
    if (!m_user.units.isEmpty())
        fields.insert(u"unit_id"_qs, m_user.units.cbegin()->value());
    const auto id = m_cache.create(QStringLiteral("mission_comments"), fields);
    return written(bool(id), id ? QString() : problemOf(id.error()));
}

void MissionWorkspace::fillSteps()
{
    m_steps->clear();
    if (m_missionId == 0)
        return;
    const auto rows = m_cache.childRows(QStringLiteral("approval_steps"),
                                        QStringLiteral("missions"), m_missionId, 1000);
    QList<QJsonObject> steps = rows ? *rows : QList<QJsonObject>();
    std::sort(steps.begin(), steps.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [](const QJsonObject &step) {
            return std::pair(step.value(u"chain").toInteger(1), step.value(u"step").toInteger());
        };
        return key(a) < key(b);
    });
    const QLocale locale;
    for (const QJsonObject &step : std::as_const(steps)) {
        QString approver = m_names.name(u"users"_qs, step.value(u"approver_id").toInteger());
        if (!step.value(u"approver_id").isDouble()) {
            approver = FieldText::codeText(step.value(u"approver_role").toString());
            if (step.value(u"approver_unit_id").isDouble())
                approver =
                    tr("%1 of %2")
                        .arg(approver, m_names.name(u"org_units"_qs,
                                                    step.value(u"approver_unit_id").toInteger()));
        }
        if (step.value(u"on_behalf_of_id").isDouble())
            approver = tr("%1 for %2")
                           .arg(approver, m_names.name(u"users"_qs,
                                                       step.value(u"on_behalf_of_id").toInteger()));
        const QString decision = step.value(u"decision").toString();
        auto *item = new QTreeWidgetItem(
            {locale.toString(step.value(u"chain").toInteger(1)),
             locale.toString(step.value(u"step").toInteger()), approver,
             decision.isEmpty() || decision == u"pending" ? tr("Waiting")
                                                          : ApprovalText::decisionDone(decision),
             momentText(step.value(u"decided_at")), step.value(u"reason").toString()});
        item->setToolTip(5, step.value(u"reason").toString());
        m_steps->addTopLevelItem(item);
    }
    fitColumns(m_steps, 5);
    m_stepsIntro->setText(steps.isEmpty()
                              ? tr("No approval yet: the chain starts when the mission is "
                                   "submitted (the server writes its steps).")
                              : tr("Each submission's approval chain, step by step."));
}

void MissionWorkspace::retranslateTabs()
{
    m_assigneesTitle->setText(tr("People sent on the mission"));
    m_assignees->setHeaderLabels({tr("Name"), tr("Role on the mission")});
    m_userPicker->setPlaceholderText(tr("Find a person by name…"));
    for (int i = 0; i < m_rolePick->count(); ++i)
        m_rolePick->setItemText(i, MissionText::assigneeRole(m_rolePick->itemData(i).toString()));
    m_addAssignee->setText(tr("Send on the mission"));
    m_removeAssignee->setText(tr("Take off the mission"));
    m_cases->setHeaderLabels(
        {FieldText::fieldLabel(u"tracking_code"), tr("Subject"), tr("Status"), tr("Outcome")});
    m_casePicker->setPlaceholderText(tr("Find a case by tracking code or subject…"));
    m_linkCase->setText(tr("Link the case"));
    m_unlinkCase->setText(tr("Unlink the chosen case"));
    m_comments->setHeaderLabels({tr("Author"), tr("Unit"), tr("Written"), tr("Comment")});
    m_commentEdit->setPlaceholderText(tr("A comment for the units working on this mission…"));
    m_addComment->setText(tr("Add the comment"));
    m_steps->setHeaderLabels(
        {tr("Submission"), tr("Step"), tr("Approver"), tr("Decision"), tr("On"), tr("Reason")});
}

} // namespace Shahrvand::Ui
