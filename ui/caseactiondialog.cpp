#include "caseactiondialog.h"

#include "casecatalog.h"
#include "searchpicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

using CaseWork::CaseAction;
using CaseWork::CaseActionKind;

bool CaseActionDialog::asksNothing(CaseActionKind kind)
{
    return kind == CaseActionKind::Start || kind == CaseActionKind::CitizenReplied ||
           kind == CaseActionKind::Close;
}

CaseActionDialog::CaseActionDialog(CaseActionKind kind, const CaseCatalog &catalog,
                                   std::optional<qint64> currentOwner, Submit submit,
                                   QWidget *parent)
    : QDialog(parent)
    , m_mode(Mode::Action)
    , m_kind(kind)
    , m_submit(std::move(submit))
{
    setWindowTitle(CaseWork::caseActionDisplayName(kind));
    QString intro;
    QString textLabel;
    switch (kind) {
    case CaseActionKind::Assign:
        intro = tr("Who takes this case? The team stays as it is unless you choose another.");
        m_owner = new SearchPicker(this);
        m_owner->setObjectName(QStringLiteral("owner"));
        m_owner->setPlaceholderText(tr("Type a name…"));
        catalog.fillUsers(m_owner);
        if (currentOwner)
            m_owner->setCurrent(*currentOwner);
        m_team = new SearchPicker(this);
        m_team->setObjectName(QStringLiteral("team"));
        m_team->setPlaceholderText(tr("Keep the team, or type another…"));
        catalog.fillTeams(m_team);
        m_team->clearCurrent();
        break;
    case CaseActionKind::Escalate:
        intro = tr("The case goes to the next support tier. Say why, so the next team does not "
                   "have to ask.");
        textLabel = tr("Reason");
        m_team = new SearchPicker(this);
        m_team->setObjectName(QStringLiteral("team"));
        m_team->setPlaceholderText(tr("Routing chooses the team, or type one…"));
        catalog.fillTeams(m_team);
        m_team->clearCurrent();
        break;
    case CaseActionKind::Resolve:
        intro = tr("Describe what was done. The citizen is told this resolution.");
        textLabel = tr("Resolution");
        m_article = new SearchPicker(this);
        m_article->setObjectName(QStringLiteral("article"));
        m_article->setPlaceholderText(tr("Knowledge article that solved it (optional)…"));
        catalog.fillArticles(m_article);
        m_article->clearCurrent();
        break;
    case CaseActionKind::Reopen:
        intro = tr("The problem is not solved after all. Say why the case is reopened.");
        textLabel = tr("Reason");
        break;
    case CaseActionKind::WaitForCitizen:
        intro = tr("The SLA clocks stop until the citizen answers. What is asked of them?");
        textLabel = tr("Asked of the citizen");
        break;
    default:
        intro = CaseWork::caseActionDisplayName(kind);
        break;
    }
    build(intro, textLabel);
}

CaseActionDialog::CaseActionDialog(Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_mode(Mode::Note)
    , m_submit(std::move(submit))
{
    setWindowTitle(tr("Add a note"));
    m_internal = new QCheckBox(tr("Internal: not shown to the citizen"), this);
    m_internal->setObjectName(QStringLiteral("internal"));
    m_internal->setChecked(true);
    build(tr("A note stays on the case's timeline for everyone who works on it."), tr("Note"));
}

CaseActionDialog::CaseActionDialog(const CaseCatalog &catalog, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_mode(Mode::Referral)
    , m_submit(std::move(submit))
{
    setWindowTitle(tr("Refer to another department"));
    m_service = new SearchPicker(this);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setPlaceholderText(tr("Type the other department's service…"));
    catalog.fillServices(m_service);
    m_service->clearCurrent();
    build(tr("A child case goes to the department responsible for the service you choose; "
             "this case stays open and links to it."),
          tr("What they should do"));
}

void CaseActionDialog::build(const QString &intro, const QString &textLabel)
{
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_service)
        form->addRow(tr("Service"), m_service);
    if (m_owner)
        form->addRow(tr("Owner"), m_owner);
    if (m_team)
        form->addRow(tr("Team"), m_team);
    if (!textLabel.isEmpty()) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("text"));
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(fontMetrics().height() * 5);
        form->addRow(textLabel, m_text);
    }
    if (m_article)
        form->addRow(tr("Article"), m_article);
    if (m_internal)
        form->addRow(QString(), m_internal);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_mode == Mode::Note       ? tr("Add note")
                  : m_mode == Mode::Referral ? tr("Refer")
                                             : CaseWork::caseActionDisplayName(m_kind));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    if (m_service)
        m_service->setFocus();
    else if (m_owner)
        m_owner->setFocus();
    else if (m_text)
        m_text->setFocus();
}

CaseActionDialog::Answer CaseActionDialog::read() const
{
    Answer answer;
    const QString text = m_text ? m_text->toPlainText().trimmed() : QString();
    if (m_mode == Mode::Note) {
        answer.note = text;
        answer.internal = m_internal->isChecked();
        return answer;
    }
    if (m_mode == Mode::Referral) {
        answer.note = text;
        answer.serviceId = m_service->current().value_or(0);
        return answer;
    }
    const OrgUnitId team(m_team && m_team->current() ? *m_team->current() : 0);
    switch (m_kind) {
    case CaseActionKind::Assign:
        answer.action = CaseAction::assign(UserId(m_owner->current().value_or(0)), team);
        break;
    case CaseActionKind::Escalate:
        answer.action = CaseAction::escalate(text, team);
        break;
    case CaseActionKind::Resolve:
        answer.action = CaseAction::resolve(
            text, ArticleId(m_article && m_article->current() ? *m_article->current() : 0));
        break;
    case CaseActionKind::Reopen:
        answer.action = CaseAction::reopen(text);
        break;
    case CaseActionKind::WaitForCitizen:
        answer.action = CaseAction::waitForCitizen(text);
        break;
    case CaseActionKind::Start:
        answer.action = CaseAction::start();
        break;
    case CaseActionKind::CitizenReplied:
        answer.action = CaseAction::citizenReplied();
        break;
    case CaseActionKind::Close:
        answer.action = CaseAction::close();
        break;
    }
    return answer;
}

QString CaseActionDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void CaseActionDialog::accept()
{
    const Answer answer = read();
    QString problem;
    if (m_mode == Mode::Note && answer.note.isEmpty())
        problem = tr("Write the note first.");
    else if (m_mode == Mode::Referral && answer.serviceId == 0)
        problem = tr("Choose the service of the department the case goes to.");
    else if (m_mode == Mode::Referral && answer.note.isEmpty())
        problem = tr("Write what the other department should do.");
    else
        problem = m_submit(answer);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Shahrvand::Ui
