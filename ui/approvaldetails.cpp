#include "approvaldetails.h"

#include "approvaltext.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "money.h"
#include "receiptviewer.h"
#include "role.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

namespace {

enum LineColumn { LineType, LineDate, LineVendor, LineAmount, LineReceipt, LineColumnCount };
enum HistoryColumn { HistoryStep, HistoryApprover, HistoryDecision, HistoryOn, HistoryReason };
constexpr int receiptRole = Qt::UserRole + 1; // {sha256, file name, type}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ApprovalDetails::ApprovalDetails(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_names(cache)
{
    setObjectName(QStringLiteral("approvalDetails"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("approvalHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_placeholder = new QLabel(this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    m_body = new QWidget;
    m_facts = new QFormLayout;
    m_facts->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_linesTitle = sectionTitle(m_body);
    m_lines = new QTableWidget(0, LineColumnCount, m_body);
    m_lines->setObjectName(QStringLiteral("expenseLines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setWordWrap(false);
    m_lines->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the inbox's list
    connect(m_lines, &QTableWidget::itemSelectionChanged, this, &ApprovalDetails::lineChosen);
    m_receiptTitle = sectionTitle(m_body);
    m_receipt = new ReceiptViewer(cache, m_body);
    m_historyTitle = sectionTitle(m_body);
    m_history = new QTreeWidget(m_body);
    m_history->setObjectName(QStringLiteral("approvalHistory"));
    m_history->setColumnCount(5);
    m_history->setRootIsDecorated(false);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setWordWrap(true);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(m_facts);
    bodyLayout->addWidget(m_linesTitle);
    bodyLayout->addWidget(m_lines);
    bodyLayout->addWidget(m_receiptTitle);
    bodyLayout->addWidget(m_receipt);
    bodyLayout->addWidget(m_historyTitle);
    bodyLayout->addWidget(m_history);
    bodyLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll = scroll;

    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setDefault(false);
    m_reject = new QPushButton(this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_return = new QPushButton(this);
    m_return->setObjectName(QStringLiteral("returnButton"));
    for (QPushButton *button : {m_approve, m_reject, m_return})
        button->setFocusPolicy(Qt::NoFocus);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { emit decisionRequested(QStringLiteral("approved")); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { emit decisionRequested(QStringLiteral("rejected")); });
    connect(m_return, &QPushButton::clicked, this,
            [this] { emit decisionRequested(QStringLiteral("returned")); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    retranslate();
    showItem(nullptr, 0);
}

QString ApprovalDetails::nameOf(const QString &entity, const QJsonValue &id) const
{
    return id.isDouble() && id.toInteger() != 0 ? m_names.name(entity, id.toInteger()) : QString();
}

void ApprovalDetails::addFact(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    // The value's paragraph takes the interface's direction, not its first letter's: a
    // Persian name in the English interface starts at the left like the others.
    const QChar mark = layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    auto *text = new QLabel(mark + value);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->addRow(label, text);
}

QList<std::pair<QString, QString>> ApprovalDetails::facts() const
{
    QList<std::pair<QString, QString>> list;
    for (int row = 0; row < m_facts->rowCount(); ++row) {
        const auto *label = m_facts->itemAt(row, QFormLayout::LabelRole);
        const auto *field = m_facts->itemAt(row, QFormLayout::FieldRole);
        if (!label || !field)
            continue;
        const auto *labelText = qobject_cast<QLabel *>(label->widget());
        const auto *fieldText = qobject_cast<QLabel *>(field->widget());
        if (labelText && fieldText)
            list.append({labelText->text(), fieldText->text().mid(1)}); // without the mark
    }
    return list;
}

void ApprovalDetails::showItem(const Cache::ApprovalItem *item, qint64 nowMs,
                               const Cache::RefusedDecision *refusal)
{
    m_refusal = refusal ? std::optional(*refusal) : std::nullopt;
    m_hasItem = item != nullptr;
    m_nowMs = nowMs;
    m_item = item ? *item : Cache::ApprovalItem();
    m_names.clear();
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    m_lines->setRowCount(0);
    m_history->clear();
    m_receipt->clear();
    m_placeholder->setVisible(!m_hasItem);
    m_scroll->setVisible(m_hasItem);
    m_heading->setVisible(m_hasItem);
    for (QPushButton *button : {m_approve, m_reject, m_return})
        button->setEnabled(m_hasItem && !m_item.decidedHere);
    if (!m_hasItem)
        return;

    m_heading->setText(ApprovalText::subject(m_item.subjectType, m_item.title));
    if (m_refusal) {
        QString said = ApprovalText::refusal(*m_refusal) + u'\n' +
                       ApprovalText::yourDecision(m_refusal->decision, m_refusal->reason);
        addFact(tr("Not applied"), said);
    }
    const QString entity = m_item.subjectType == u"mission" ? QStringLiteral("missions")
                                                            : QStringLiteral("expense_claims");
    const auto row = m_cache.row(entity, m_item.subjectId);
    const QJsonObject subject = row && *row ? **row : QJsonObject();
    if (m_item.subjectType == u"mission")
        showMission(subject);
    else
        showClaim(subject);

    // Whose decision it is: a role (in a unit), the user by name, or someone they stand in for.
    QString addressed;
    if (m_item.approverId != 0 && m_item.approverId != m_userId) {
        addressed = tr("%1 (you stand in for them)")
                        .arg(m_names.name(QStringLiteral("users"), m_item.approverId));
    } else if (m_item.approverId == m_userId) {
        addressed = tr("You, by name");
    } else if (const auto role = Access::roleFromCode(m_item.approverRole)) {
        addressed = m_item.approverUnitId
                        ? tr("%1 of %2")
                              .arg(Access::roleDisplayName(*role),
                                   m_names.name(QStringLiteral("org_units"), m_item.approverUnitId))
                        : Access::roleDisplayName(*role);
        // Addressed to the role of an approver the user stands in for.
        if (m_item.onBehalfOfId != 0)
            addressed =
                tr("%1, for %2 (you stand in for them)")
                    .arg(addressed, m_names.name(QStringLiteral("users"), m_item.onBehalfOfId));
    }
    addFact(tr("Step"), ApprovalText::stepOf(m_item.step, m_item.steps));
    addFact(tr("Addressed to"), addressed);
    addFact(tr("Waiting since"), ApprovalText::waitingSince(m_item.waitingSinceMs, m_nowMs));
    if (subject.isEmpty())
        addFact(tr("Details"), tr("Not in this computer's copy yet: they arrive with the next "
                                  "sync."));
    showHistory();
}

void ApprovalDetails::showClaim(const QJsonObject &claim)
{
    const auto field = [&claim](const char *name) {
        return FieldText::displayValue(u"expense_claims", QString::fromLatin1(name),
                                       claim.value(QLatin1String(name)));
    };
    addFact(tr("Claimant"), nameOf(QStringLiteral("users"), claim.value(u"claimant_id")));
    addFact(tr("Unit"), nameOf(QStringLiteral("org_units"), claim.value(u"unit_id")));
    addFact(tr("Total"), m_item.amountRials ? Money::fromRials(*m_item.amountRials).format()
                                            : field("total_rials"));
    addFact(FieldText::fieldLabel(u"status"), field("status"));
    addFact(FieldText::fieldLabel(u"submitted_at"), field("submitted_at"));
    if (claim.value(u"mission_id").isDouble()) {
        const auto mission =
            m_cache.row(QStringLiteral("missions"), claim.value(u"mission_id").toInteger());
        if (mission && *mission)
            addFact(tr("For the mission"), (**mission).value(u"purpose").toString());
    }

    const auto lines = m_cache.childRows(QStringLiteral("expense_lines"),
                                         QStringLiteral("expense_claims"), m_item.subjectId, 500);
    const QList<QJsonObject> rows = lines ? *lines : QList<QJsonObject>();
    // No lines here (the next sync may bring them): a sentence, not an empty table.
    for (QWidget *part :
         std::initializer_list<QWidget *>{m_linesTitle, m_lines, m_receiptTitle, m_receipt})
        part->setVisible(!rows.isEmpty());
    if (rows.isEmpty())
        addFact(tr("Expense lines"), tr("None in this computer's copy"));
    m_lines->setRowCount(int(rows.size()));
    int firstWithReceipt = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject &line = rows.at(r);
        const auto text = [&line](const char *name) {
            return FieldText::displayValue(u"expense_lines", QString::fromLatin1(name),
                                           line.value(QLatin1String(name)));
        };
        // The receipt: the line's attachment, or the file its receipt_sha256 names.
        QVariantList receipt;
        const auto attached =
            m_cache.childRows(QStringLiteral("attachments"), QStringLiteral("expense_lines"),
                              line.value(u"id").toInteger(), 5);
        if (attached && !attached->isEmpty()) {
            const QJsonObject &file = attached->first();
            receipt = {file.value(u"blob_sha256").toString(), file.value(u"file_name").toString(),
                       file.value(u"content_type").toString()};
        } else if (!line.value(u"receipt_sha256").toString().isEmpty()) {
            receipt = {line.value(u"receipt_sha256").toString(), QString(), QString()};
        }
        const QStringList cells{text("expense_type"), text("spent_on"), text("vendor"),
                                text("amount_rials"),
                                receipt.isEmpty()                                ? tr("None")
                                : receipt.at(2).toString() == u"application/pdf" ? tr("PDF")
                                                                                 : tr("Attached")};
        for (int c = 0; c < LineColumnCount; ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (c == LineAmount)
                cell->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            cell->setToolTip(c == LineVendor ? text("description") : cells.at(c));
            if (c == 0)
                cell->setData(receiptRole, receipt);
            m_lines->setItem(r, c, cell);
        }
        if (firstWithReceipt < 0 && !receipt.isEmpty())
            firstWithReceipt = r;
    }
    m_lines->resizeColumnsToContents();
    m_lines->setFixedHeight(m_lines->horizontalHeader()->height() +
                            qBound(1, int(rows.size()), 6) *
                                m_lines->verticalHeader()->defaultSectionSize() +
                            2 * m_lines->frameWidth());
    if (firstWithReceipt >= 0)
        m_lines->setCurrentCell(firstWithReceipt, 0);
    else
        m_receipt->showReceipt({}, {}, {});
}

void ApprovalDetails::lineChosen()
{
    const int row = m_lines->currentRow();
    const QTableWidgetItem *cell = row >= 0 ? m_lines->item(row, 0) : nullptr;
    const QVariantList receipt = cell ? cell->data(receiptRole).toList() : QVariantList();
    if (receipt.isEmpty())
        m_receipt->showReceipt({}, {}, {});
    else
        m_receipt->showReceipt(receipt.at(0).toString(), receipt.at(1).toString(),
                               receipt.at(2).toString());
}

void ApprovalDetails::showMission(const QJsonObject &mission)
{
    const auto field = [&mission](const char *name) {
        return FieldText::displayValue(u"missions", QString::fromLatin1(name),
                                       mission.value(QLatin1String(name)));
    };
    m_linesTitle->setVisible(false);
    m_lines->setVisible(false);
    m_receiptTitle->setVisible(false);
    m_receipt->setVisible(false);
    addFact(tr("Requested by"), nameOf(QStringLiteral("users"), mission.value(u"requested_by")));
    addFact(tr("Unit"), nameOf(QStringLiteral("org_units"), mission.value(u"unit_id")));
    addFact(FieldText::fieldLabel(u"purpose"), mission.value(u"purpose").toString());
    addFact(FieldText::fieldLabel(u"destination_name"),
            QStringList{mission.value(u"destination_name").toString(),
                        mission.value(u"address_text").toString()}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(tr(", ")));
    const QString start = field("planned_start");
    const QString end = field("planned_end");
    if (!start.isEmpty() || !end.isEmpty())
        addFact(tr("Period"), end.isEmpty() ? start : tr("%1 to %2").arg(start, end));
    addFact(FieldText::fieldLabel(u"transport"), field("transport"));
    addFact(tr("Budget"), ApprovalText::amount(m_item));
    addFact(FieldText::fieldLabel(u"status"), field("status"));

    const auto assignees = m_cache.childRows(QStringLiteral("mission_assignees"),
                                             QStringLiteral("missions"), m_item.subjectId, 100);
    QStringList people;
    for (const QJsonObject &assignee : assignees ? *assignees : QList<QJsonObject>()) {
        const QString role = assignee.value(u"role").toString();
        const QString name = nameOf(QStringLiteral("users"), assignee.value(u"user_id"));
        people.append(role.isEmpty() ? name : tr("%1 (%2)").arg(name, FieldText::codeText(role)));
    }
    addFact(tr("Assignees"), people.join(QLatin1Char('\n')));
    const auto cases = m_cache.childRows(QStringLiteral("mission_cases"),
                                         QStringLiteral("missions"), m_item.subjectId, 100);
    QStringList linked;
    for (const QJsonObject &link : cases ? *cases : QList<QJsonObject>()) {
        const auto found = m_cache.row(QStringLiteral("cases"), link.value(u"case_id").toInteger());
        if (found && *found)
            linked.append(
                CaseText::joinIsolated({FieldText::displayValue(u"cases", u"tracking_code",
                                                                (**found).value(u"tracking_code")),
                                        (**found).value(u"subject").toString()}));
    }
    addFact(tr("Linked cases"), linked.join(QLatin1Char('\n')));
}

void ApprovalDetails::showHistory()
{
    const QString entity = m_item.subjectType == u"mission" ? QStringLiteral("missions")
                                                            : QStringLiteral("expense_claims");
    const auto steps =
        m_cache.childRows(QStringLiteral("approval_steps"), entity, m_item.subjectId, 100);
    QList<QJsonObject> decided;
    for (const QJsonObject &step : steps ? *steps : QList<QJsonObject>()) {
        const QString decision = step.value(u"decision").toString();
        if (step.value(u"id").toInteger() != m_item.stepId && !decision.isEmpty() &&
            decision != u"pending")
            decided.append(step);
    }
    std::sort(decided.begin(), decided.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"step").toInteger() < b.value(u"step").toInteger();
    });
    const QLocale locale;
    for (const QJsonObject &step : std::as_const(decided)) {
        QString approver = nameOf(QStringLiteral("users"), step.value(u"approver_id"));
        if (approver.isEmpty())
            approver = FieldText::codeText(step.value(u"approver_role").toString());
        const QString behalf = nameOf(QStringLiteral("users"), step.value(u"on_behalf_of_id"));
        if (!behalf.isEmpty())
            approver = tr("%1 for %2").arg(approver, behalf);
        auto *row = new QTreeWidgetItem(
            {locale.toString(step.value(u"step").toInteger()), approver,
             ApprovalText::decisionDone(step.value(u"decision").toString()),
             FieldText::displayValue(u"approval_steps", u"decided_at", step.value(u"decided_at")),
             step.value(u"reason").toString()});
        row->setToolTip(HistoryReason, step.value(u"reason").toString());
        m_history->addTopLevelItem(row);
    }
    m_historyTitle->setVisible(!decided.isEmpty());
    m_history->setVisible(!decided.isEmpty());
    m_history->setFixedHeight(m_history->header()->sizeHint().height() +
                              qMax(1, int(decided.size())) * (fontMetrics().height() + 10) + 6);
    for (int column = 0; column < HistoryReason; ++column)
        m_history->resizeColumnToContents(column);
}

void ApprovalDetails::retranslate()
{
    m_placeholder->setText(tr("Choose an item to see what it asks to approve."));
    m_linesTitle->setText(tr("Expense lines"));
    m_receiptTitle->setText(tr("Receipt of the chosen line"));
    m_historyTitle->setText(tr("Earlier decisions"));
    m_lines->setHorizontalHeaderLabels(
        {FieldText::fieldLabel(u"expense_type"), FieldText::fieldLabel(u"spent_on"),
         FieldText::fieldLabel(u"vendor"), tr("Amount"), tr("Receipt")});
    m_history->setHeaderLabels(
        {tr("Step"), tr("Approver"), tr("Decision"), tr("On"), tr("Reason")});
    // The keys (A or Ctrl+Enter, R, T) are the page's actions, listed with the shortcuts.
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("Approve the chosen item"));
    m_reject->setText(tr("&Reject…"));
    m_reject->setToolTip(tr("Reject it, with the reason"));
    m_return->setText(tr("Return for correc&tion…"));
    m_return->setToolTip(tr("Return it to the claimant for correction, with the reason"));
    if (m_hasItem) {
        const Cache::ApprovalItem item = m_item;
        const std::optional<Cache::RefusedDecision> refusal = m_refusal;
        showItem(&item, m_nowMs, refusal ? &*refusal : nullptr);
    }
}

void ApprovalDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Shahrvand::Ui
