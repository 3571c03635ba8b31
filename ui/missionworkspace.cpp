#include "missionworkspace.h"

#include "expensetotals.h"
#include "fieldtext.h"
#include "localcache.h"
#include "missionorderform.h"
#include "missiontext.h"
#include "money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

using namespace Missions;

namespace {

const QList<MissionAction> allActions{MissionAction::SubmitForApproval,
                                      MissionAction::ReturnToDraft,
                                      MissionAction::Issue,
                                      MissionAction::Start,
                                      MissionAction::Complete,
                                      MissionAction::CompleteNeedingFollowUp,
                                      MissionAction::Cancel};

QString problemOf(const Cache::CacheError &error)
{
    if (!error.fieldMessages.isEmpty())
        return error.fieldMessages.join(u'\n');
    return error.message();
}

// The step a user would expect next from where the mission is.
std::optional<MissionAction> expectedAction(const MissionFacts &facts)
{
    switch (facts.status) {
    case MissionStatus::Draft:
        if (facts.approval == MissionApproval::Approved)
            return MissionAction::Issue;
        if (facts.approval == MissionApproval::Pending)
            return std::nullopt;
        return MissionAction::SubmitForApproval;
    case MissionStatus::Issued:
        return MissionAction::Start;
    case MissionStatus::InProgress:
        return MissionAction::Complete;
    default:
        return std::nullopt;
    }
}

} // namespace

MissionWorkspace::MissionWorkspace(Cache::LocalCache &cache, const Access::Principal &user,
                                   QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_user(user)
    , m_names(cache)
{
    m_back = new QPushButton(this);
    connect(m_back, &QPushButton::clicked, this, &MissionWorkspace::backRequested);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("missionHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("missionStatus"));
    m_period = new QLabel(this);
    m_period->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(8);
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_period);

    auto *actions = new QHBoxLayout;
    for (MissionAction action : allActions) {
        auto *button = new QPushButton(this);
        button->setObjectName(u"action_"_qs + actionText(action));
        connect(button, &QPushButton::clicked, this, [this, action] {
            const QString problem = act(action);
            if (!problem.isEmpty())
                showMessage(problem, true);
        });
        m_actionButtons.insert(int(action), button);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("missionRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setForegroundRole(QPalette::PlaceholderText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("missionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("missionTotals"));
    m_totals->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOrderTab(), QString());
    m_tabs->addTab(buildCasesTab(), QString());
    m_tabs->addTab(buildCommentsTab(), QString());
    m_tabs->addTab(buildApprovalsTab(), QString());
    // The missions page adds the report (MissionReportPanel) after these four.

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_refusal);
    layout->addWidget(m_message);
    layout->addWidget(m_totals);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

bool MissionWorkspace::open(qint64 missionId)
{
    // Opened by the user: the order as stored, whatever was typed and not saved.
    return refresh(missionId, false);
}

bool MissionWorkspace::refresh(qint64 missionId, bool keepTyped)
{
    const auto row = m_cache.row(QStringLiteral("missions"), missionId);
    if (!row || !*row)
        return false;
    if (!keepTyped)
        m_formFor.reset();
    const bool other = missionId != m_missionId;
    m_missionId = missionId;
    m_mission = **row;
    if (other) {
        m_message->hide();
        m_tabs->setCurrentIndex(0);
    }
    showMission();
    return true;
}

void MissionWorkspace::openNew()
{
    m_formFor.reset();
    m_missionId = 0;
    m_mission = {};
    m_message->hide();
    m_tabs->setCurrentIndex(0);
    showMission();
}

void MissionWorkspace::reload()
{
    m_names.clear();
    m_userChoices.clear();
    m_caseChoices.clear();
    if (m_missionId == 0 || !refresh(m_missionId))
        showMission();
}

MissionFacts MissionWorkspace::facts() const
{
    if (m_missionId == 0) {
        MissionFacts facts;
        facts.requester = m_user.userId;
        facts.unit = m_user.units.isEmpty() ? OrgUnitId() : *m_user.units.cbegin();
        return facts;
    }
    return missionFacts(m_cache, m_mission, m_user);
}

void MissionWorkspace::showMission()
{
    m_names.clear();
    showHeader();
    const MissionFacts now = facts();
    const bool editable = m_missionId == 0 ? mayRequestMissions(m_user) : mayEditOrder(m_user, now);
    QString locked;
    if (!editable) {
        if (now.status == MissionStatus::Draft &&
            (now.approval == MissionApproval::Pending || now.approval == MissionApproval::Approved))
            locked = tr("The order is waiting for approval or approved: take it back to draft "
                        "to change it.");
        else if (now.status != MissionStatus::Draft)
            locked = tr("The order was issued and is no longer changed (%1).")
                         .arg(MissionText::status(m_mission));
        else
            locked = tr("Only the requester of the mission or the unit's supervisor changes the "
                        "order.");
    }
    // What the user is typing survives a reload (a sync finishing meanwhile).
    if (!m_form->isDirty() || m_formFor != m_missionId) {
        m_form->setMission(m_mission, editable, locked);
        m_formFor = m_missionId;
    }
    showActions();
    showTotals();
    fillAssignees();
    fillCases();
    fillComments();
    fillSteps();
    for (int tab = 1; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, m_missionId != 0);
    emit missionShown(m_missionId);
}

void MissionWorkspace::showHeader()
{
    if (m_missionId == 0) {
        m_heading->setText(tr("New mission"));
        m_status->clear();
        m_period->clear();
        return;
    }
    const QString number = m_mission.value(u"order_number").toString();
    m_heading->setText(
        number.isEmpty() ? tr("Mission (order number after the next sync)")
                         : tr("Mission order %1")
                               .arg(FieldText::displayValue(u"missions", u"order_number", number)));
    m_status->setText(MissionText::status(m_mission));
    m_period->setText(
        MissionText::period(m_mission.value(u"planned_start"), m_mission.value(u"planned_end")));
}

void MissionWorkspace::showActions()
{
    const MissionFacts now = facts();
    const QList<MissionAction> available =
        m_missionId == 0 ? QList<MissionAction>() : availableActions(m_user, now);
    for (MissionAction action : allActions)
        m_actionButtons.value(int(action))->setVisible(available.contains(action));
    QString note;
    if (m_missionId != 0) {
        if (now.status == MissionStatus::Draft && now.approval == MissionApproval::Pending)
            note = tr("The mission waits for its approvers' decisions (see Approvals).");
        else if (const auto expected = expectedAction(now);
                 expected && !available.contains(*expected)) {
            if (const auto refusal = refusalOf(m_user, now, *expected))
                note = MissionText::refusal(*expected, *refusal);
        }
    }
    m_refusal->setText(note);
    m_refusal->setVisible(!note.isEmpty());
}

void MissionWorkspace::showTotals()
{
    if (m_missionId == 0) {
        m_totals->hide();
        return;
    }
    QList<Money> counted;
    std::optional<qint64> after;
    for (;;) {
        const auto rows = m_cache.rows(QStringLiteral("expense_claims"), 500, after);
        if (!rows || rows->isEmpty())
            break;
        for (const QJsonObject &claim : *rows) {
            if (claim.value(u"mission_id").toInteger() == m_missionId &&
                countsForMission(claim.value(u"status").toString()))
                counted.append(Money::fromRials(claim.value(u"total_rials").toInteger()));
        }
        if (rows->size() < 500)
            break;
        after = rows->last().value(u"id").toInteger();
    }
    m_totals->show();
    m_totals->setStyleSheet(QString());
    if (counted.isEmpty()) {
        m_totals->setText(tr("Expenses: no submitted, approved or paid claim for this mission."));
        return;
    }
    const auto total = missionTotal(counted);
    if (!total) {
        m_totals->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_totals->setText(tr("Expenses: the claims of this mission add up to more than can be "
                             "recorded; their amounts need checking."));
        return;
    }
    m_totals->setText(tr("Expenses: %Ln claim(s) submitted, approved or paid, %1 in all.", nullptr,
                         int(counted.size()))
                          .arg(total->format()));
}

QString MissionWorkspace::saveOrder()
{
    QStringList problems;
    const MissionFacts now = facts();
    if (m_missionId == 0 ? !mayRequestMissions(m_user) : !mayEditOrder(m_user, now))
        return tr("You may not change this mission's order now.");
    const auto fields = m_form->fields(&problems);
    m_form->showProblems(problems);
    if (!fields)
        return problems.join(u'\n');
    if (m_missionId == 0) {
        QJsonObject create = *fields;
        create.insert(u"status"_qs, u"draft"_qs);
        create.insert(u"approval_status"_qs, u"none"_qs);
        const auto id = m_cache.create(QStringLiteral("missions"), create);
        if (!id)
            return problemOf(id.error());
        open(*id);
        showMessage(tr("The mission is saved as a draft on this computer. Add the people and "
                       "the cases, then submit it for approval."),
                    false);
        emit edited();
        emit opened(*id);
        return {};
    }
    if (fields->isEmpty()) {
        m_form->markClean();
        showMessage(tr("Nothing was changed."), false);
        return {};
    }
    const auto done = m_cache.update(QStringLiteral("missions"), m_missionId, *fields);
    if (!done)
        return problemOf(done.error());
    m_form->markClean();
    refresh(m_missionId);
    showMessage(tr("The order is saved. It is sent with the next sync."), false);
    emit edited();
    return {};
}

QString MissionWorkspace::act(MissionAction action)
{
    if (m_missionId == 0)
        return tr("Save the mission first.");
    const MissionFacts now = facts();
    if (const auto refusal = refusalOf(m_user, now, action))
        return MissionText::refusal(action, *refusal);
    if (m_form->isDirty() && m_form->isEditable())
        return tr("The order has changes not saved yet: save them first (or open the mission "
                  "again to leave them).");

    QJsonObject fields;
    QString reason;
    switch (action) {
    case MissionAction::SubmitForApproval:
        fields.insert(u"approval_status"_qs, u"pending"_qs);
        break;
    case MissionAction::ReturnToDraft:
        if (now.status == MissionStatus::Issued) {
            if (!confirm(tr("Take the issued order back to draft? The officers no longer have "
                            "an order, and it needs approval again.")))
                return tr("Nothing was changed.");
            fields.insert(u"status"_qs, u"draft"_qs);
        }
        fields.insert(u"approval_status"_qs, u"none"_qs);
        break;
    case MissionAction::Cancel: {
        const auto answer = askReason(tr("Cancel this mission? It cannot be taken up again. Why "
                                         "is it cancelled? (the reason goes to its comments)"));
        if (!answer)
            return tr("Nothing was changed.");
        reason = answer->trimmed();
        fields.insert(u"status"_qs, statusText(MissionStatus::Cancelled));
        break;
    }
    default:
        fields.insert(u"status"_qs, statusText(targetOf(action)));
        break;
    }
    // The cancellation and its reason (a comment) are kept together or not at all.
    const auto done = m_cache.editTogether(
        [&](Cache::LocalCache::EditBatch &batch) -> std::optional<Cache::CacheError> {
            if (!reason.isEmpty()) {
                QJsonObject comment{{u"mission_id"_qs, m_missionId},
                                    {u"body"_qs, tr("Cancelled: %1").arg(reason)}};
                if (!m_user.units.isEmpty())
                    comment.insert(u"unit_id"_qs, m_user.units.cbegin()->value());
                if (const auto id = batch.create(QStringLiteral("mission_comments"), comment); !id)
                    return id.error();
            }
            if (const auto updated = batch.update(QStringLiteral("missions"), m_missionId, fields);
                !updated)
                return updated.error();
            return std::nullopt;
        });
    if (!done)
        return problemOf(done.error());
    refresh(m_missionId);
    emit edited();
    showMessage(MissionText::actionDone(action), false);
    if (action == MissionAction::CompleteNeedingFollowUp && mayRequestMissions(m_user) &&
        confirm(tr("Draft the follow-up mission now? Its order is copied from this one and its "
                   "cases carried over; you set the new period."))) {
        QString error;
        if (const auto id = draftFollowUp(&error)) {
            open(*id);
            showMessage(tr("The follow-up mission is drafted. Set its period and people, then "
                           "submit it for approval."),
                        false);
            emit opened(*id);
        } else {
            return error;
        }
    }
    return {};
}

std::optional<qint64> MissionWorkspace::draftFollowUp(QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (m_missionId == 0)
        return fail(tr("Save the mission first."));
    if (!mayRequestMissions(m_user))
        return fail(tr("Your role does not request missions: ask the unit's supervisor."));
    QJsonObject fields{{u"status"_qs, u"draft"_qs},
                       {u"approval_status"_qs, u"none"_qs},
                       {u"follow_up_of_id"_qs, m_missionId}};
    for (const char16_t *column : {u"purpose", u"unit_id", u"destination_name", u"address_text",
                                   u"latitude", u"longitude", u"transport", u"budgeted"}) {
        const QJsonValue value = m_mission.value(QStringView(column));
        if (!value.isNull() && !value.isUndefined())
            fields.insert(QString::fromUtf16(column), value);
    }
    const auto id = m_cache.create(QStringLiteral("missions"), fields);
    if (!id)
        return fail(problemOf(id.error()));
    const auto links = m_cache.childRows(QStringLiteral("mission_cases"),
                                         QStringLiteral("missions"), m_missionId, 10000);
    QList<qint64> created;
    for (const QJsonObject &link : links ? *links : QList<QJsonObject>()) {
        const auto linked = m_cache.create(
            QStringLiteral("mission_cases"),
            {{u"mission_id"_qs, *id}, {u"case_id"_qs, link.value(u"case_id").toInteger()}});
        if (!linked) {
            // Nothing half-written: the new draft and its links go again.
            for (qint64 row : std::as_const(created))
                m_cache.remove(QStringLiteral("mission_cases"), row);
            m_cache.remove(QStringLiteral("missions"), *id);
            return fail(problemOf(linked.error()));
        }
        created.append(*linked);
    }
    emit edited();
    return *id;
}

QString MissionWorkspace::written(bool ok, const QString &problem)
{
    if (!ok)
        return problem;
    refresh(m_missionId);
    emit edited();
    return {};
}

void MissionWorkspace::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

bool MissionWorkspace::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Mission"), question) == QMessageBox::Yes;
}

std::optional<QString> MissionWorkspace::askReason(const QString &question)
{
    if (m_askReason)
        return m_askReason(question);
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Cancel the mission"), question, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void MissionWorkspace::retranslate()
{
    m_back->setText(tr("Back to the list"));
    m_back->setToolTip(tr("Back to the missions"));
    for (MissionAction action : allActions)
        m_actionButtons.value(int(action))->setText(MissionText::actionName(action));
    m_tabs->setTabText(0, tr("Order"));
    m_tabs->setTabText(1, tr("Cases"));
    m_tabs->setTabText(2, tr("Comments"));
    m_tabs->setTabText(3, tr("Approvals"));
    retranslateTabs();
    showMission();
}

void MissionWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MissionWorkspace::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Shahrvand::Ui
