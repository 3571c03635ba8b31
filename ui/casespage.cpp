#include "casespage.h"

#include "casecatalog.h"
#include "caseedits.h"
#include "casequeuemodel.h"
#include "caseworkspace.h"
#include "dwelltotalsdialog.h"
#include "fieldtext.h"
#include "intakedialog.h"
#include "jalalidate.h"
#include "localcache.h"
#include "queuefilterdialog.h"
#include "routingrulesdialog.h"
#include "searchpicker.h"
#include "tableexport.h"
#include "vocabulary.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcQueue)

namespace Shahrvand::Ui {

using Cache::CaseQueueView;

CasesPage::CasesPage(Cache::LocalCache &cache, QWidget *parent)
    : SectionPage(Section::Cases, parent)
    , m_cache(cache)
{
    m_model = new CaseQueueModel(cache, this);

    m_views = new QListWidget(this);
    m_views->setObjectName(QStringLiteral("queueViews"));
    m_saved = SavedQueue::load(cache);
    fillViews();
    m_views->setCurrentRow(0);
    m_views->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("trackingFilter"));
    m_filter->setClearButtonEnabled(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rows"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(CaseQueueModel::SlaLeft, Qt::AscendingOrder);
    // The cache sorts: a click asks it again (QTableView::setSortingEnabled would also
    // call sort(), but on every column, the citizen's sealed name too).
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!CaseQueueModel::sortColumnOf(column)) {
                    const auto current = m_model->sortOrder();
                    QSignalBlocker blocker(m_view->horizontalHeader());
                    for (int c = 0; c < CaseQueueModel::ColumnCount; ++c) {
                        if (CaseQueueModel::sortColumnOf(c) == current.column)
                            m_view->horizontalHeader()->setSortIndicator(c, current.order);
                    }
                    return;
                }
                m_model->sort(column, order);
            });

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("rowsFooter"));
    m_footer->setWordWrap(true);
    m_footer->setForegroundRole(QPalette::PlaceholderText);

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCase"));
    m_new->setDefault(false);
    connect(m_new, &QPushButton::clicked, this, &CasesPage::newCase);
    // An action, not a bare shortcut, so that the shortcuts list shows it.
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    connect(m_newAction, &QAction::triggered, this, &CasesPage::newCase);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    for (int which = 0; which < 4; ++which) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("bulk%1").arg(which));
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, which] { askBulk(which); });
        m_bulkButtons.append(button);
        tools->addWidget(button);
    }
    m_filterButton = new QPushButton(this);
    m_filterButton->setObjectName(QStringLiteral("filterQueue"));
    connect(m_filterButton, &QPushButton::clicked, this, &CasesPage::editFilter);
    tools->insertWidget(1, m_filterButton);
    // Routing rules: administrators edit them, supervisors read them.
    m_rulesButton = new QPushButton(this);
    m_rulesButton->setObjectName(QStringLiteral("routingRules"));
    const auto user = cache.user();
    m_rulesButton->setVisible(user && (user->roles.contains(Access::Role::Administrator) ||
                                       user->roles.contains(Access::Role::Supervisor)));
    connect(m_rulesButton, &QPushButton::clicked, this, [this] {
        RoutingRulesDialog dialog(m_cache, this);
        dialog.exec();
    });
    // Dwell time summed over the queue's cases, for supervisors.
    m_dwellButton = new QPushButton(this);
    m_dwellButton->setObjectName(QStringLiteral("dwellTotals"));
    m_dwellButton->setVisible(user && (user->roles.contains(Access::Role::Supervisor) ||
                                       user->roles.contains(Access::Role::Administrator)));
    connect(m_dwellButton, &QPushButton::clicked, this, [this] {
        const int row = m_views->currentRow();
        DwellTotalsDialog dialog(m_cache, m_model->filter(),
                                 row >= 0 ? m_views->item(row)->text() : QString(), this);
        dialog.exec();
    });
    tools->addSpacing(12);
    tools->addWidget(m_dwellButton);
    tools->addWidget(m_rulesButton);
    tools->addWidget(m_new);
    m_bulkResult = new QLabel(this);
    m_bulkResult->setObjectName(QStringLiteral("bulkResult"));
    m_bulkResult->setWordWrap(true);
    m_bulkResult->hide();

    auto *queuePage = new QWidget(this);
    auto *table = new QVBoxLayout;
    table->addLayout(tools);
    table->addWidget(m_bulkResult);
    table->addWidget(m_view, 1);
    table->addWidget(m_footer);
    auto *row = new QHBoxLayout(queuePage);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_views);
    row->addLayout(table, 1);

    m_workspace = new CaseWorkspace(cache, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(queuePage);
    m_stack->addWidget(m_workspace);
    contentLayout()->addWidget(m_stack, 1);
    connect(m_workspace, &CaseWorkspace::backRequested, this, &CasesPage::showQueue);
    connect(m_workspace, &CaseWorkspace::changed, this, [this] {
        m_model->reload();
        countInBackground();
    });
    connect(m_workspace, &CaseWorkspace::citizenRequested, this, &CasesPage::citizenRequested);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openCase(m_model->data(index, CaseQueueModel::RowIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesPage::updateBulk);

    connect(m_views, &QListWidget::currentRowChanged, this, &CasesPage::viewChosen);
    connect(m_filter, &QLineEdit::textChanged, m_model, &CaseQueueModel::setTrackingPrefix);
    connect(m_model, &CaseQueueModel::loaded, this, [this] {
        if (!m_sized && m_model->rowCount() > 0) {
            m_view->resizeColumnsToContents();
            m_sized = true;
        }
        updateFooter();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::updateFooter);

    m_model->setView(CaseQueueView::MyWork);
    CasesPage::retranslate();
    countInBackground();
}

CasesPage::~CasesPage()
{
    m_counter.stop();
}

QString CasesPage::viewName(CaseQueueView view)
{
    switch (view) {
    case CaseQueueView::MyWork:
        return tr("My work");
    case CaseQueueView::MyTeam:
        return tr("My team");
    case CaseQueueView::Unassigned:
        return tr("Unassigned in my units");
    case CaseQueueView::BreachingSoon:
        return tr("Breaching soon");
    case CaseQueueView::EscalatedToMe:
        return tr("Escalated to me");
    case CaseQueueView::All:
        return tr("All cases");
    }
    return {};
}

void CasesPage::showView(CaseQueueView view)
{
    for (int row = 0; row < m_views->count(); ++row) {
        if (m_views->item(row)->data(Qt::UserRole).toInt() == int(view))
            m_views->setCurrentRow(row);
    }
}

qint64 CasesPage::shownCount(CaseQueueView view) const
{
    for (int row = 0; row < m_views->count(); ++row) {
        if (m_views->item(row)->data(Qt::UserRole).toInt() == int(view))
            return m_counts.value(row, -1);
    }
    return -1;
}

void CasesPage::reload()
{
    m_model->reload();
    countInBackground();
    if (isShowingCase())
        m_workspace->reload();
}

bool CasesPage::openCase(qint64 caseId)
{
    if (!m_workspace->open(caseId))
        return false;
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->setFocus();
    return true;
}

void CasesPage::showQueue()
{
    m_stack->setCurrentIndex(0);
    m_view->setFocus();
}

bool CasesPage::isShowingCase() const
{
    return m_stack->currentWidget() == m_workspace;
}

void CasesPage::newCase()
{
    IntakeDialog dialog(m_cache, this);
    connect(&dialog, &IntakeDialog::openCaseRequested, this, [this](qint64 id) {
        // Opened once the dialog is gone.
        QMetaObject::invokeMethod(
            this, [this, id] { openCase(id); }, Qt::QueuedConnection);
    });
    emit intakeOpened(&dialog);
    dialog.exec();
    if (dialog.savedCase()) {
        m_model->reload();
        countInBackground();
    }
}

void CasesPage::setSearchText(const QString &text)
{
    m_filter->setText(text);
}

QWidget *CasesPage::focusTarget()
{
    return m_view;
}

// The queue as shown: every case of the current view and filter, not just those read so
// far, in the view's columns.
QByteArray CasesPage::exportCsv()
{
    QList<int> hidden;
    for (int column = 0; column < m_view->model()->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            hidden << column;
    }
    return TableExport::csv(*m_view->model(), hidden);
}

// Counting a view of a million cases walks an index: on a thread of its own with its own
// connection to the cache, so the window never waits for it. A newer count replaces an
// older one still running.
void CasesPage::countInBackground()
{
    m_counter.stop();
    const quint64 generation = ++m_countGeneration;
    m_counts.fill(-1);
    updateViewNames();
    QList<Cache::CaseQueueFilter> filters;
    const Access::Principal user = m_cache.user().value_or(Access::Principal());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const CaseQueueView view : Cache::CaseQueue::views())
        filters.append(Cache::CaseQueue::filterFor(view, user, now));
    for (const SavedQueue &queue : std::as_const(m_saved))
        filters.append(queue.apply(Cache::CaseQueue::filterFor(queue.base, user, now)));
    QPointer<CasesPage> page(this);
    Cache::LocalCache *cache = &m_cache;
    m_counter.start([cache, filters, page, generation](const std::atomic<bool> *cancel) {
        // Opening reads only the cache's path and key: safe from this thread.
        auto sibling = cache->openSibling();
        if (!sibling) {
            qCWarning(lcQueue) << "counting: cannot open the cache:" << sibling.error().detail;
            return;
        }
        QList<qint64> counts;
        for (const Cache::CaseQueueFilter &filter : filters) {
            if (cancel->load())
                return;
            const auto count = (*sibling)->caseQueueCount(filter);
            counts.append(count ? *count : -1);
        }
        QMetaObject::invokeMethod(
            page,
            [page, counts, generation] {
                if (page)
                    page->setCounts(counts, generation);
            },
            Qt::QueuedConnection);
    });
}

void CasesPage::setCounts(const QList<qint64> &counts, quint64 generation)
{
    if (generation != m_countGeneration)
        return;
    m_counts = counts;
    updateViewNames();
    emit countsReady();
}

void CasesPage::updateViewNames()
{
    for (int row = 0; row < m_views->count(); ++row) {
        const qint64 count = m_counts.value(row, -1);
        const int data = m_views->item(row)->data(Qt::UserRole).toInt();
        const QString name = data >= savedBase ? m_saved.value(data - savedBase).name
                                               : viewName(CaseQueueView(data));
        m_views->item(row)->setText(
            count < 0 ? name : tr("%1 (%2)").arg(name, toLocalDigits(QLocale().toString(count))));
    }
    // Wide enough for the longest name with its count, never wider than needed.
    m_views->setFixedWidth(m_views->sizeHintForColumn(0) + 2 * m_views->frameWidth() + 16);
}

void CasesPage::updateFooter()
{
    QString text;
    if (const QString error = m_model->lastError(); !error.isEmpty())
        text = error;
    else if (m_model->rowCount() == 0)
        text = tr("No cases in this queue. Cases arrive with each sync.");
    else
        text =
            (m_model->hasExplicitFilter()
                 ? tr("From the dashboard: %1.").arg(m_explicitTitle) + u' '
             : m_model->narrowing() && m_model->narrowing()->name.isEmpty() ? tr("Filtered.") + u' '
                                                                            : QString()) +
            tr("%Ln case(s) shown.", nullptr, m_model->rowCount()) +
            (m_model->canFetchMore({}) ? u' ' + tr("Scroll down to read more.") : QString());
    m_footer->setText(text);
}

void CasesPage::retranslate()
{
    SectionPage::retranslate();
    m_filter->setPlaceholderText(tr("Tracking code starts with…"));
    m_new->setText(tr("New case…"));
    m_newAction->setText(tr("New case…"));
    m_filterButton->setText(tr("Filter…"));
    m_rulesButton->setText(tr("Routing rules…"));
    m_dwellButton->setText(tr("Time spent…"));
    m_dwellButton->setToolTip(tr("Where this queue's cases spent their time"));
    const QStringList bulkNames{tr("Assign…"), tr("Move to team…"), tr("Priority…"), tr("Status…")};
    for (int i = 0; i < m_bulkButtons.size(); ++i) {
        m_bulkButtons.at(i)->setText(bulkNames.value(i));
        m_bulkButtons.at(i)->setToolTip(tr("For every selected case"));
    }
    m_model->retranslate();
    updateViewNames();
    if (m_sized)
        m_view->resizeColumnsToContents();
    updateFooter();
}

} // namespace Shahrvand::Ui
