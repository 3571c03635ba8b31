#include "approvalspage.h"

#include "approvaldetails.h"
#include "approvalinboxmodel.h"
#include "approvaltext.h"
#include "delegationdialog.h"
#include "fieldtext.h"
#include "localcache.h"
#include "money.h"
#include "role.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcApprovals)

namespace Shahrvand::Ui {

namespace {

enum Tab { WaitingTab, DecidedTab, RefusedTab };
const QStringList kinds{QString(), QStringLiteral("mission"), QStringLiteral("expense_claim")};

// A note that stands out from the page without a colour of its own doing all the work.
QLabel *noteLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setContentsMargins(8, 6, 8, 6);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::AlternateBase);
    label->setFrameShape(QFrame::StyledPanel);
    return label;
}

} // namespace

ApprovalsPage::ApprovalsPage(Cache::LocalCache &cache, const Access::Principal &user,
                             QWidget *parent)
    : SectionPage(Section::Approvals, parent)
    , m_cache(cache)
    , m_user(user)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_model = new ApprovalInboxModel(cache, this);
    m_model->setUser(user);

    m_offline = noteLabel(QStringLiteral("approvalsOffline"), this);
    m_offline->hide();
    m_refusedNote = noteLabel(QStringLiteral("approvalsRefusedNote"), this);
    m_refusedNote->setTextFormat(Qt::RichText);
    m_refusedNote->hide();
    connect(m_refusedNote, &QLabel::linkActivated, this,
            [this] { m_tabs->setCurrentIndex(RefusedTab); });

    // -- waiting
    m_waiting = new QWidget(this);
    m_kinds = new QButtonGroup(this);
    auto *bar = new QHBoxLayout;
    for (int i = 0; i < kinds.size(); ++i) {
        auto *button = new QPushButton(m_waiting);
        button->setCheckable(true);
        button->setFlat(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setObjectName(QStringLiteral("kind_") +
                              (kinds.at(i).isEmpty() ? QStringLiteral("all") : kinds.at(i)));
        m_kinds->addButton(button, i);
        m_kindButtons.append(button);
        bar->addWidget(button);
    }
    m_kindButtons.first()->setChecked(true);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) { showKind(kinds.value(id)); });
    bar->addSpacing(12);
    m_countLabel = new QLabel(m_waiting);
    m_countLabel->setObjectName(QStringLiteral("approvalsCount"));
    bar->addWidget(m_countLabel);
    bar->addStretch(1);
    m_batch = new QPushButton(m_waiting);
    m_batch->setObjectName(QStringLiteral("approveSelected"));
    m_batch->setFocusPolicy(Qt::NoFocus);
    bar->addWidget(m_batch);
    connect(m_batch, &QPushButton::clicked, this, [this] { approveSelected(); });
    if (user.hasAnyRole({Access::Role::Supervisor, Access::Role::FinanceApprover})) {
        m_delegate = new QPushButton(m_waiting);
        m_delegate->setObjectName(QStringLiteral("delegateWhileAway"));
        m_delegate->setFocusPolicy(Qt::NoFocus);
        bar->addWidget(m_delegate);
        connect(m_delegate, &QPushButton::clicked, this, [this] { openDelegationDialog(); });
    }

    m_view = new QTableView(m_waiting);
    m_view->setObjectName(QStringLiteral("approvalsList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSortIndicator(ApprovalInboxModel::WaitingSince,
                                                 Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ApprovalInboxModel::Subject,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    m_view->horizontalHeader()->resizeSection(ApprovalInboxModel::Claimant, 110);
    m_view->horizontalHeader()->resizeSection(ApprovalInboxModel::Unit, 100);
    m_view->horizontalHeader()->resizeSection(ApprovalInboxModel::Amount, 130);
    m_view->horizontalHeader()->resizeSection(ApprovalInboxModel::Step, 56);
    m_view->horizontalHeader()->resizeSection(ApprovalInboxModel::WaitingSince, 170);
    // Only waiting time and amount sort: a click elsewhere keeps the order and its arrow.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (ApprovalInboxModel::isSortable(column))
                    return;
                const Cache::ApprovalSort sort = m_model->sortOrder();
                const QSignalBlocker blocker(m_view->horizontalHeader());
                m_view->horizontalHeader()->setSortIndicator(
                    sort.column == Cache::ApprovalSortColumn::Amount
                        ? ApprovalInboxModel::Amount
                        : ApprovalInboxModel::WaitingSince,
                    sort.order);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalsPage::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_batch->setEnabled(m_view->selectionModel()->selectedRows().size() > 0); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { currentChanged(); });

    m_empty = new QLabel(m_waiting);
    m_empty->setObjectName(QStringLiteral("approvalsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack = new QStackedWidget(m_waiting);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    auto *left = new QWidget(m_waiting);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_listStack, 1);

    m_details = new ApprovalDetails(cache, m_waiting);
    m_details->setUserId(user.userId.value());
    connect(m_details, &ApprovalDetails::decisionRequested, this,
            [this](const QString &decision) { decide(decision); });

    auto *splitter = new QSplitter(Qt::Horizontal, m_waiting);
    splitter->setObjectName(QStringLiteral("approvalsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 460});
    auto *waitingLayout = new QVBoxLayout(m_waiting);
    waitingLayout->setContentsMargins(0, 6, 0, 0);
    waitingLayout->addWidget(splitter, 1);

    // The keys work wherever the keyboard is on the waiting list's tab.
    const auto action = [this](const QString &name, const QList<QKeySequence> &keys) {
        auto *made = new QAction(m_waiting);
        made->setObjectName(name);
        made->setShortcuts(keys);
        made->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_waiting->addAction(made);
        return made;
    };
    m_approveAction = action(QStringLiteral("approveAction"),
                             {QKeySequence(Qt::Key_A), QKeySequence(Qt::CTRL | Qt::Key_Return),
                              QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_rejectAction = action(QStringLiteral("rejectAction"), {QKeySequence(Qt::Key_R)});
    m_returnAction = action(QStringLiteral("returnAction"), {QKeySequence(Qt::Key_T)});
    m_batchAction = action(QStringLiteral("approveSelectedAction"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    connect(m_approveAction, &QAction::triggered, this,
            [this] { decide(QStringLiteral("approved")); });
    connect(m_rejectAction, &QAction::triggered, this,
            [this] { decide(QStringLiteral("rejected")); });
    connect(m_returnAction, &QAction::triggered, this,
            [this] { decide(QStringLiteral("returned")); });
    connect(m_batchAction, &QAction::triggered, this, [this] { approveSelected(); });

    // -- decided here, waiting to sync
    auto *decidedPage = new QWidget(this);
    m_decidedIntro = new QLabel(decidedPage);
    m_decidedIntro->setWordWrap(true);
    m_decided = new QTreeWidget(decidedPage);
    m_decided->setObjectName(QStringLiteral("decidedHere"));
    m_decided->setRootIsDecorated(false);
    m_decided->setColumnCount(4);
    m_decided->setWordWrap(true);
    // The subject takes the room; decision and amount their text's; the reason a fair share.
    m_decided->header()->setStretchLastSection(false);
    m_decided->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_decided->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_decided->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_decided->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_decided->header()->resizeSection(2, 360);
    auto *decidedLayout = new QVBoxLayout(decidedPage);
    decidedLayout->addWidget(m_decidedIntro);
    decidedLayout->addWidget(m_decided, 1);

    // -- not applied by the server
    auto *refusedPage = new QWidget(this);
    m_refusedIntro = new QLabel(refusedPage);
    m_refusedIntro->setWordWrap(true);
    m_refused = new QListWidget(refusedPage);
    m_refused->setObjectName(QStringLiteral("notApplied"));
    m_refused->setWordWrap(true);
    m_refused->setSpacing(4);
    m_refused->setAlternatingRowColors(true);
    m_refused->setTextElideMode(Qt::ElideNone);
    m_dismiss = new QPushButton(refusedPage);
    m_dismiss->setObjectName(QStringLiteral("dismissRefusal"));
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismissRefusal(); });
    connect(m_refused, &QListWidget::currentRowChanged, this,
            [this](int row) { m_dismiss->setEnabled(row >= 0); });
    auto *refusedButtons = new QHBoxLayout;
    refusedButtons->addStretch(1);
    refusedButtons->addWidget(m_dismiss);
    auto *refusedLayout = new QVBoxLayout(refusedPage);
    refusedLayout->addWidget(m_refusedIntro);
    refusedLayout->addWidget(m_refused, 1);
    refusedLayout->addLayout(refusedButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("approvalsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_waiting, QString());
    m_tabs->addTab(decidedPage, QString());
    m_tabs->addTab(refusedPage, QString());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("approvalsMessage"));
    m_message->setWordWrap(true);

    contentLayout()->addWidget(m_offline);
    contentLayout()->addWidget(m_refusedNote);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addWidget(m_message);
    retranslate();
}

bool ApprovalsPage::awaits(const QJsonObject &step, const Access::Principal &user)
{
    if (step.value(QStringLiteral("decision")).toString() != u"pending")
        return false;
    const qint64 approver = step.value(QStringLiteral("approver_id")).toInteger();
    if (approver != 0)
        return approver == user.userId.value();
    const auto role = Access::roleFromCode(step.value(QStringLiteral("approver_role")).toString());
    if (!role || !user.hasRole(*role))
        return false;
    const QJsonValue unit = step.value(QStringLiteral("approver_unit_id"));
    return unit.isNull() || unit.isUndefined() || user.seesUnit(OrgUnitId(unit.toInteger()));
}

DelegationDialog *ApprovalsPage::openDelegationDialog()
{
    auto *dialog = new DelegationDialog(m_cache, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_now);
    connect(dialog, &DelegationDialog::delegationsChanged, this, &ApprovalsPage::decisionsMade);
    dialog->open();
    return dialog;
}

void ApprovalsPage::setClock(std::function<qint64()> now)
{
    m_now = now;
    m_model->setClock(std::move(now));
}

void ApprovalsPage::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    m_offline->setVisible(!online);
}

QWidget *ApprovalsPage::focusTarget()
{
    // The list, or the sentence saying it is empty (the page's keys work from either).
    return m_listStack->currentWidget();
}

QList<QAction *> ApprovalsPage::decisionActions() const
{
    return {m_approveAction, m_rejectAction, m_returnAction, m_batchAction};
}

void ApprovalsPage::showKind(const QString &subjectType)
{
    const int index = int(kinds.indexOf(subjectType));
    if (index >= 0 && !m_kindButtons.at(index)->isChecked())
        m_kindButtons.at(index)->setChecked(true);
    m_model->setSubjectType(subjectType);
    updateCounts();
    selectRow(0);
}

void ApprovalsPage::reload()
{
    // The same item stays chosen; a decided one gives its place to the next.
    const QModelIndex current = m_view->currentIndex();
    const qint64 stepId =
        current.isValid() ? current.data(ApprovalInboxModel::StepIdRole).toLongLong() : 0;
    const int row = current.isValid() ? current.row() : 0;
    // The lists first: the details of the chosen item show a refusal of a decision on it.
    fillDecided();
    fillRefused();
    m_model->reload();
    const int found = stepId ? m_model->rowOf(stepId) : -1;
    selectRow(found >= 0 ? found : row);
    updateCounts();
}

void ApprovalsPage::selectRow(int row)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        currentChanged();
        return;
    }
    row = qBound(0, row, rows - 1);
    const QModelIndex index = m_model->index(row, ApprovalInboxModel::Subject);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ApprovalsPage::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const Cache::ApprovalItem *item = current.isValid() ? m_model->itemAt(current.row()) : nullptr;
    const Cache::RefusedDecision *refusal = nullptr;
    for (const Cache::RefusedDecision &refused : std::as_const(m_refusedItems)) {
        if (item && refused.stepId == item->stepId)
            refusal = &refused;
    }
    m_details->showItem(item, m_now(), refusal);
}

void ApprovalsPage::updateCounts()
{
    const auto counted = Cache::ApprovalInbox::count(m_cache, m_model->filter());
    if (!counted)
        qCWarning(lcApprovals) << "counting the approvals failed:" << counted.error().detail;
    m_count = counted.valueOr(0);
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view)
                                                          : m_empty);
    updateLabels();
}

void ApprovalsPage::fillDecided()
{
    const auto decided = Cache::ApprovalInbox::decidedHere(m_cache);
    if (!decided)
        qCWarning(lcApprovals) << "reading the decisions made here failed:"
                               << decided.error().detail;
    m_decidedItems = decided.valueOr({});
    m_decided->clear();
    for (const Cache::ApprovalItem &item : std::as_const(m_decidedItems)) {
        auto *row = new QTreeWidgetItem({ApprovalText::subject(item.subjectType, item.title),
                                         ApprovalText::decisionDone(item.decision), item.reason,
                                         ApprovalText::amount(item)});
        row->setToolTip(2, item.reason);
        m_decided->addTopLevelItem(row);
    }
}

void ApprovalsPage::fillRefused()
{
    const auto refused = Cache::ApprovalInbox::refused(m_cache);
    if (!refused)
        qCWarning(lcApprovals) << "reading the refused decisions failed:" << refused.error().detail;
    m_refusedItems = refused.valueOr({});
    m_refused->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Cache::RefusedDecision &decision : std::as_const(m_refusedItems)) {
        const QStringList lines{ApprovalText::subject(decision.subjectType, decision.title),
                                ApprovalText::refusal(decision),
                                ApprovalText::yourDecision(decision.decision, decision.reason)};
        auto *item = new QListWidgetItem(warning, lines.join(QLatin1Char('\n')), m_refused);
        item->setData(Qt::UserRole, decision.conflictId);
    }
    m_dismiss->setEnabled(m_refused->currentRow() >= 0);
}

void ApprovalsPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setForegroundRole(problem ? QPalette::BrightText : QPalette::WindowText);
    QFont font = m_message->font();
    font.setBold(problem);
    m_message->setFont(font);
}

void ApprovalsPage::retranslate()
{
    SectionPage::retranslate();
    fillDecided();
    fillRefused();
    updateLabels();
    m_model->retranslate();
}

void ApprovalsPage::updateLabels()
{
    const QLocale locale;
    const QStringList kindNames{tr("All"), tr("Missions"), tr("Expense claims")};
    for (int i = 0; i < m_kindButtons.size(); ++i)
        m_kindButtons.at(i)->setText(kindNames.at(i));
    m_countLabel->setText(tr("%Ln waiting", nullptr, int(qMin<qint64>(m_count, INT_MAX))));
    m_batch->setText(tr("Approve selected small claims"));
    m_batch->setToolTip(tr("Expense claims of at most %1 each can be approved together.")
                            .arg(Money::fromRials(m_smallClaimLimit).format()));
    m_batch->setEnabled(m_view->selectionModel()->selectedRows().size() > 0);
    if (m_delegate)
        m_delegate->setText(tr("Delegate while away…"));
    const QString kind = m_model->subjectType();
    m_empty->setText(kind == u"mission"         ? tr("No mission waits for your approval.")
                     : kind == u"expense_claim" ? tr("No expense claim waits for your approval.")
                                                : tr("Nothing waits for your approval."));
    m_offline->setText(tr("Working offline: your decisions are kept on this computer and sent "
                          "to the server with the next sync."));
    m_tabs->setTabText(WaitingTab, tr("Waiting (%1)").arg(locale.toString(m_count)));
    m_tabs->setTabText(DecidedTab, tr("Decided here, waiting to sync (%1)")
                                       .arg(locale.toString(qsizetype(m_decidedItems.size()))));
    m_tabs->setTabText(
        RefusedTab, tr("Not applied (%1)").arg(locale.toString(qsizetype(m_refusedItems.size()))));
    m_decidedIntro->setText(tr("Decisions made on this computer. They left the list and go to the "
                               "server with the next sync."));
    m_decided->setHeaderLabels(
        {tr("Waiting for approval"), tr("Your decision"), tr("Reason"), tr("Amount")});
    m_refusedIntro->setText(tr("Decisions the server did not apply, with what you decided and "
                               "wrote. Nothing was sent again; read them and dismiss them."));
    m_dismiss->setText(tr("Dismiss"));
    m_refusedNote->setVisible(!m_refusedItems.isEmpty());
    m_refusedNote->setText(
        tr("%Ln of your decisions could not be applied. <a href=\"refused\">See why</a>", nullptr,
           int(m_refusedItems.size())));
    m_approveAction->setText(tr("Approve the chosen item"));
    m_rejectAction->setText(tr("Reject the chosen item…"));
    m_returnAction->setText(tr("Return the chosen item for correction…"));
    m_batchAction->setText(tr("Approve the selected small claims"));
}

} // namespace Shahrvand::Ui
