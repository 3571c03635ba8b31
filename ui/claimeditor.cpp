#include "claimeditor.h"

#include "approvalchain.h"
#include "approvaltext.h"
#include "claimlineform.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "receiptviewer.h"
#include "role.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace Shahrvand::Ui {

using namespace Missions;

namespace {

const QString errorStyle = QStringLiteral("color: #b3261e;");
const QString warningStyle = QStringLiteral("color: #8a5300;");

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ClaimEditor::ClaimEditor(Cache::LocalCache &cache, const Access::Principal &user, QWidget *parent)
    : QWidget(parent)
    , m_store(cache, user)
    , m_names(cache)
{
    setObjectName(QStringLiteral("claimEditor"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("claimHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_placeholder = new QLabel(this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    m_body = new QWidget;
    m_state = new QLabel(m_body);
    m_state->setObjectName(QStringLiteral("claimState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title = new QLineEdit(m_body);
    m_title->setObjectName(QStringLiteral("claimTitle"));
    m_title->setMaxLength(300);
    m_mission = new QComboBox(m_body);
    m_mission->setObjectName(QStringLiteral("claimMission"));
    m_unit = new QComboBox(m_body);
    m_unit->setObjectName(QStringLiteral("claimUnit"));
    connect(m_title, &QLineEdit::textEdited, this, &ClaimEditor::headerEdited);
    connect(m_mission, &QComboBox::currentIndexChanged, this, &ClaimEditor::headerEdited);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ClaimEditor::headerEdited);
    auto *header = new QFormLayout;
    header->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QLabel *&label : m_headerLabels)
        label = new QLabel(m_body);
    header->addRow(m_headerLabels[0], m_title);
    header->addRow(m_headerLabels[1], m_mission);
    header->addRow(m_headerLabels[2], m_unit);
    m_headerLabels[0]->setBuddy(m_title);
    m_headerLabels[1]->setBuddy(m_mission);
    m_headerLabels[2]->setBuddy(m_unit);

    m_linesTitle = sectionTitle(m_body);
    m_lines = new QTableWidget(0, LineColumnCount, m_body);
    m_lines->setObjectName(QStringLiteral("claimLines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    // The findings take the rest of the width and wrap beside their line.
    m_lines->horizontalHeader()->setSectionResizeMode(FindingsColumn, QHeaderView::Stretch);
    m_lines->setWordWrap(true);
    m_lines->setMinimumHeight(150);
    connect(m_lines, &QTableWidget::itemSelectionChanged, this, &ClaimEditor::lineChosen);
    m_removeLine = new QPushButton(m_body);
    m_removeLine->setObjectName(QStringLiteral("removeLine"));
    connect(m_removeLine, &QPushButton::clicked, this, &ClaimEditor::removeChosenLine);
    m_form = new ClaimLineForm(m_body);
    connect(m_form, &ClaimLineForm::lineReady, this, &ClaimEditor::putLine);
    m_findingsLabel = new QLabel(m_body);
    m_findingsLabel->setObjectName(QStringLiteral("claimFindings"));
    m_findingsLabel->setWordWrap(true);
    m_findingsLabel->setTextFormat(Qt::RichText);
    m_totals = new QLabel(m_body);
    m_totals->setObjectName(QStringLiteral("claimTotals"));
    m_totals->setWordWrap(true);
    m_receiptTitle = sectionTitle(m_body);
    m_receipt = new ReceiptViewer(cache, m_body);
    m_receiptNote = new QLabel(m_body);
    m_receiptNote->setObjectName(QStringLiteral("receiptNote"));
    m_receiptNote->setWordWrap(true);
    m_historyTitle = sectionTitle(m_body);
    m_history = new QTreeWidget(m_body);
    m_history->setObjectName(QStringLiteral("claimHistory"));
    m_history->setColumnCount(5);
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);

    auto *linesBar = new QHBoxLayout;
    linesBar->addWidget(m_linesTitle, 1);
    linesBar->addWidget(m_removeLine);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_state);
    bodyLayout->addLayout(header);
    bodyLayout->addLayout(linesBar);
    bodyLayout->addWidget(m_lines);
    bodyLayout->addWidget(m_form);
    bodyLayout->addWidget(m_totals);
    bodyLayout->addWidget(m_findingsLabel);
    bodyLayout->addWidget(m_receiptTitle);
    bodyLayout->addWidget(m_receiptNote);
    bodyLayout->addWidget(m_receipt);
    bodyLayout->addWidget(m_historyTitle);
    bodyLayout->addWidget(m_history);
    bodyLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("claimScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_body);
    m_scroll = scroll;

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("claimMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_submitNote = new QLabel(this);
    m_submitNote->setObjectName(QStringLiteral("submitNote"));
    m_submitNote->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveClaim"));
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitClaim"));
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(QStringLiteral("withdrawClaim"));
    m_pay = new QPushButton(this);
    m_pay->setObjectName(QStringLiteral("payClaim"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const QString problem = save(); !problem.isEmpty())
            showMessage(problem, true);
    });
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (const QString problem = perform(ClaimAction::Submit); !problem.isEmpty())
            showMessage(problem, true);
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (const QString problem = perform(ClaimAction::Withdraw); !problem.isEmpty())
            showMessage(problem, true);
    });
    connect(m_pay, &QPushButton::clicked, this, [this] {
        if (const QString problem = perform(ClaimAction::Pay); !problem.isEmpty())
            showMessage(problem, true);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submitNote, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_pay);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    retranslate();
    clearClaim();
}

ClaimEditor::~ClaimEditor() = default;

bool ClaimEditor::isEditable() const
{
    return m_hasClaim && mayEditClaim(m_store.user(), m_store.facts(m_draft));
}

void ClaimEditor::clearClaim()
{
    m_hasClaim = false;
    m_draft = ClaimDraft();
    m_findings.clear();
    m_placeholder->setVisible(true);
    m_heading->setVisible(false);
    m_scroll->setVisible(false);
    m_message->hide();
    for (QWidget *part :
         std::initializer_list<QWidget *>{m_save, m_submit, m_withdraw, m_pay, m_submitNote})
        part->setVisible(false);
}

void ClaimEditor::newClaim()
{
    m_store.forgetReadings();
    m_draft = m_store.newDraft();
    m_hasClaim = true;
    showDraft();
    m_title->setFocus();
}

bool ClaimEditor::openClaim(qint64 claimId)
{
    m_store.forgetReadings();
    const auto draft = m_store.load(claimId);
    if (!draft) {
        clearClaim();
        return false;
    }
    m_draft = *draft;
    m_hasClaim = true;
    showDraft();
    return true;
}

void ClaimEditor::fillChoices()
{
    m_filling = true;
    m_names.clear();
    m_mission->clear();
    m_mission->addItem(tr("No mission"), qint64(0));
    const auto missions = m_store.cache().rows(QStringLiteral("missions"), 500);
    for (const QJsonObject &mission : missions ? *missions : QList<QJsonObject>()) {
        const QString number = toLocalDigits(mission.value(u"order_number").toString());
        const QString purpose = mission.value(u"purpose").toString();
        m_mission->addItem(
            number.isEmpty() ? purpose : tr("%1 · %2").arg(isolated(number), isolated(purpose)),
            mission.value(u"id").toInteger());
    }
    if (m_draft.missionId != 0 && m_mission->findData(m_draft.missionId) < 0)
        m_mission->addItem(tr("Mission %1").arg(QLocale().toString(m_draft.missionId)),
                           m_draft.missionId);
    m_mission->setCurrentIndex(qMax(0, m_mission->findData(m_draft.missionId)));

    m_unit->clear();
    QList<qint64> units;
    for (const OrgUnitId unit : m_store.user().visibleUnits)
        units.append(unit.value());
    if (m_draft.unitId != 0 && !units.contains(m_draft.unitId))
        units.append(m_draft.unitId);
    std::sort(units.begin(), units.end());
    for (const qint64 unit : std::as_const(units))
        m_unit->addItem(m_names.name(QStringLiteral("org_units"), unit), unit);
    m_unit->setCurrentIndex(m_unit->findData(m_draft.unitId));
    m_filling = false;
}

void ClaimEditor::showDraft()
{
    m_placeholder->setVisible(false);
    m_heading->setVisible(true);
    m_scroll->setVisible(true);
    m_message->hide();
    fillChoices();
    m_filling = true;
    m_title->setText(m_draft.title);
    m_filling = false;
    const bool editable = isEditable();
    m_title->setReadOnly(!editable);
    m_mission->setEnabled(editable);
    m_unit->setEnabled(editable);
    m_form->setVisible(editable);
    m_form->showLine(std::nullopt);
    m_removeLine->setVisible(editable);
    refresh();
    showState();
    showHistory();
}

void ClaimEditor::refresh()
{
    m_findings = m_store.check(m_draft);
    m_heading->setText(m_draft.id == 0 ? tr("New expense claim")
                       : m_draft.title.isEmpty()
                           ? FieldText::entityName(u"expense_claims")
                           : tr("Expense claim: %1").arg(isolated(m_draft.title)));
    fillLines();
    showTotals();
    showFindings();
    updateButtons();
}

void ClaimEditor::fillLines()
{
    const bool hasChoice = m_lines->selectionModel() && m_lines->selectionModel()->hasSelection();
    const int chosen = hasChoice ? m_lines->currentRow() : -1;
    const QSignalBlocker blocker(m_lines);
    m_lines->setRowCount(int(m_draft.lines.size()));
    const QLocale locale;
    for (int row = 0; row < m_draft.lines.size(); ++row) {
        const ClaimLineDraft &line = m_draft.lines.at(row);
        QStringList said;
        bool blocking = false;
        for (const PolicyFinding &finding : std::as_const(m_findings)) {
            if (finding.lineId != line.checkId())
                continue;
            said << finding.message(locale);
            blocking = blocking || finding.severity == FindingSeverity::Blocking;
        }
        QString receipt = tr("None");
        if (!line.receiptPath.isEmpty())
            receipt = tr("✓ %1 (not saved)").arg(line.receiptFileName);
        else if (line.hasReceipt())
            receipt =
                line.receiptFileName.isEmpty() ? tr("✓ Named") : u"✓ "_qs + line.receiptFileName;
        const QStringList cells{FieldText::codeText(line.type),
                                formatJalaliDate(line.spentOn, DateStyle::Numeric, locale),
                                line.amount.format(locale),
                                line.vendor,
                                line.description,
                                receipt,
                                said.join(u'\n')};
        for (int column = 0; column < LineColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            if (column == AmountColumn)
                cell->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            if (column == FindingsColumn && !said.isEmpty())
                cell->setForeground(QColor(blocking ? 0xb3261e : 0x8a5300));
            if (column == 0)
                cell->setData(Qt::UserRole, line.key);
            m_lines->setItem(row, column, cell);
        }
    }
    for (int column = 0; column < FindingsColumn; ++column) {
        m_lines->resizeColumnToContents(column);
        m_lines->setColumnWidth(column, qMin(m_lines->columnWidth(column), 220));
    }
    m_lines->resizeRowsToContents();
    if (chosen >= 0 && chosen < m_lines->rowCount())
        m_lines->setCurrentCell(chosen, 0,
                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_lines->setCurrentCell(-1, -1);
    lineChosen();
}

void ClaimEditor::showTotals()
{
    const QLocale locale;
    const auto total = m_draft.total();
    QStringList parts;
    parts << (total ? tr("Total: %1").arg(total->format(locale))
                    : tr("Total: the amounts add up to more than can be recorded."));
    for (const QString &type :
         {u"transport"_qs, u"lodging"_qs, u"per_diem"_qs, u"meals"_qs, u"other"_qs}) {
        QList<Money> amounts;
        for (const ClaimLineDraft &line : std::as_const(m_draft.lines)) {
            if (line.type == type)
                amounts << line.amount;
        }
        if (amounts.isEmpty())
            continue;
        const auto sum = Money::checkedSum(amounts);
        parts << tr("%1: %2").arg(FieldText::codeText(type),
                                  sum ? sum->format(locale) : tr("too large to record"));
    }
    m_totals->setText(parts.join(tr(" · ")));
    m_totals->setStyleSheet(total ? QString() : errorStyle);
}

void ClaimEditor::showFindings()
{
    if (m_findings.isEmpty()) {
        m_findingsLabel->setVisible(false);
        return;
    }
    const QLocale locale;
    // In the order of the lines, the claim's own (an overflow) last.
    QList<std::pair<int, QString>> items;
    for (const PolicyFinding &finding : std::as_const(m_findings)) {
        const bool blocking = finding.severity == FindingSeverity::Blocking;
        int row = 0;
        for (int i = 0; i < m_draft.lines.size(); ++i) {
            if (m_draft.lines.at(i).checkId() == finding.lineId)
                row = i + 1;
        }
        const QString where = row > 0 ? tr("Line %1: ").arg(locale.toString(row)) : QString();
        items.append({row > 0 ? row : std::numeric_limits<int>::max(),
                      u"<li style=\"%1\">%2%3 <b>(%4)</b></li>"_qs.arg(
                          blocking ? errorStyle : warningStyle, where.toHtmlEscaped(),
                          finding.message(locale).toHtmlEscaped(),
                          blocking ? tr("must be corrected before submitting")
                                   : tr("the approvers see it"))});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QString list;
    for (const auto &item : std::as_const(items))
        list += item.second;
    m_findingsLabel->setText(u"<b>%1</b><ul style=\"margin: 0\">%2</ul>"_qs.arg(
        tr("Expense policy").toHtmlEscaped(), list));
    m_findingsLabel->setVisible(true);
}

void ClaimEditor::showHistory()
{
    m_history->clear();
    const QList<QJsonObject> steps =
        m_draft.id != 0 ? m_store.steps(m_draft.id) : QList<QJsonObject>();
    const QLocale locale;
    for (const QJsonObject &step : steps) {
        QString approver =
            m_names.name(QStringLiteral("users"), step.value(u"approver_id").toInteger());
        if (step.value(u"approver_id").toInteger() == 0)
            approver = FieldText::codeText(step.value(u"approver_role").toString());
        const qint64 behalf = step.value(u"on_behalf_of_id").toInteger();
        if (behalf != 0)
            approver = tr("%1 for %2").arg(approver, m_names.name(QStringLiteral("users"), behalf));
        const QString decision = step.value(u"decision").toString(QStringLiteral("pending"));
        const qint64 chain = step.value(u"chain").toInteger(1);
        const QString number =
            chain > 1
                ? tr("%1 (round %2)")
                      .arg(locale.toString(step.value(u"step").toInteger()), locale.toString(chain))
                : locale.toString(step.value(u"step").toInteger());
        auto *row = new QTreeWidgetItem(
            {number, approver,
             decision == u"pending" ? tr("Waiting") : ApprovalText::decisionDone(decision),
             FieldText::displayValue(u"approval_steps", u"decided_at", step.value(u"decided_at")),
             step.value(u"reason").toString()});
        row->setToolTip(4, step.value(u"reason").toString());
        m_history->addTopLevelItem(row);
    }
    m_historyTitle->setVisible(!steps.isEmpty());
    m_history->setVisible(!steps.isEmpty());
    m_history->setFixedHeight(m_history->header()->sizeHint().height() +
                              qMax(1, int(steps.size())) * (fontMetrics().height() + 10) + 6);
    for (int column = 0; column < 4; ++column)
        m_history->resizeColumnToContents(column);
}

void ClaimEditor::chooseLine(int row)
{
    if (row < 0 || row >= m_lines->rowCount())
        m_lines->clearSelection();
    else
        m_lines->setCurrentCell(row, 0,
                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ClaimEditor::lineChosen()
{
    const int row = m_lines->currentRow();
    const bool chosen = row >= 0 && row < m_draft.lines.size() && m_lines->selectionModel() &&
                        m_lines->selectionModel()->hasSelection();
    m_removeLine->setEnabled(chosen && isEditable());
    const ClaimLineDraft *line = chosen ? &m_draft.lines.at(row) : nullptr;
    if (isEditable() && sender() == m_lines)
        m_form->showLine(line ? std::optional(*line) : std::nullopt);
    m_receiptTitle->setVisible(line != nullptr);
    m_receiptNote->setVisible(false);
    m_receipt->setVisible(false);
    if (!line)
        return;
    if (!line->receiptPath.isEmpty()) {
        m_receiptNote->setText(tr("“%1” is kept in this computer's copy when the claim is saved.")
                                   .arg(isolated(line->receiptFileName)));
        m_receiptNote->setVisible(true);
    } else if (line->hasReceipt()) {
        m_receipt->setVisible(true);
        m_receipt->showReceipt(line->receiptSha256, line->receiptFileName,
                               line->receiptContentType);
    } else {
        m_receiptNote->setText(tr("This line has no receipt."));
        m_receiptNote->setVisible(true);
    }
}

void ClaimEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClaimEditor::retranslate()
{
    m_placeholder->setText(tr("Choose a claim, or make a new one."));
    m_headerLabels[0]->setText(tr("&Title"));
    m_headerLabels[1]->setText(tr("&Mission"));
    m_headerLabels[2]->setText(tr("U&nit"));
    m_linesTitle->setText(tr("Expense lines"));
    m_removeLine->setText(tr("Remove line"));
    m_receiptTitle->setText(tr("Receipt of the chosen line"));
    m_historyTitle->setText(tr("Approvals"));
    m_lines->setHorizontalHeaderLabels({tr("Type"), tr("Date"), tr("Amount"), tr("Vendor"),
                                        tr("Description"), tr("Receipt"), tr("Policy")});
    m_history->setHeaderLabels(
        {tr("Step"), tr("Approver"), tr("Decision"), tr("On"), tr("Reason")});
    m_save->setText(tr("&Save"));
    m_submit->setText(tr("S&ubmit"));
    m_withdraw->setText(tr("&Withdraw…"));
    m_pay->setText(tr("Mark as &paid"));
    if (m_hasClaim) {
        // The claim in the new language; what is being typed in the form stays.
        fillChoices();
        refresh();
        showState();
        showHistory();
    }
}

} // namespace Shahrvand::Ui
