#include "casespage.h"

#include "casequeuemodel.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
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
    for (const CaseQueueView view : Cache::CaseQueue::views()) {
        auto *item = new QListWidgetItem(m_views);
        item->setData(Qt::UserRole, int(view));
    }
    m_counts = QList<qint64>(m_views->count(), -1);
    m_views->setCurrentRow(0);
    m_views->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("trackingFilter"));
    m_filter->setClearButtonEnabled(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rows"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
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

    auto *table = new QVBoxLayout;
    table->addWidget(m_filter);
    table->addWidget(m_view, 1);
    table->addWidget(m_footer);
    auto *row = new QHBoxLayout;
    row->addWidget(m_views);
    row->addLayout(table, 1);
    contentLayout()->addLayout(row, 1);

    connect(m_views, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_model->setView(CaseQueueView(m_views->item(row)->data(Qt::UserRole).toInt()));
    });
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
    if (m_counter) {
        m_cancelCount->store(true);
        m_counter->wait();
    }
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
    return m_counts.value(Cache::CaseQueue::views().indexOf(view), -1);
}

void CasesPage::reload()
{
    m_model->reload();
    countInBackground();
}

void CasesPage::setSearchText(const QString &text)
{
    m_filter->setText(text);
}

QWidget *CasesPage::focusTarget()
{
    return m_view;
}

// Counting a view of a million cases walks an index: on a thread of its own with its own
// connection to the cache, so the window never waits for it. A newer count replaces an
// older one still running.
void CasesPage::countInBackground()
{
    if (m_counter) {
        m_cancelCount->store(true);
        m_counter->wait();
        delete m_counter;
        m_counter = nullptr;
    }
    const quint64 generation = ++m_countGeneration;
    m_counts.fill(-1);
    updateViewNames();
    QList<Cache::CaseQueueFilter> filters;
    const Access::Principal user = m_cache.user().value_or(Access::Principal());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const CaseQueueView view : Cache::CaseQueue::views())
        filters.append(Cache::CaseQueue::filterFor(view, user, now));
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelCount = cancel;
    QPointer<CasesPage> page(this);
    Cache::LocalCache *cache = &m_cache;
    m_counter = QThread::create([cache, filters, cancel, page, generation] {
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
    m_counter->start(QThread::LowPriority);
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
    const QList<CaseQueueView> views = Cache::CaseQueue::views();
    for (int row = 0; row < m_views->count() && row < views.size(); ++row) {
        const qint64 count = m_counts.value(row, -1);
        const QString name = viewName(views.at(row));
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
        text = tr("%Ln case(s) shown.", nullptr, m_model->rowCount()) +
               (m_model->canFetchMore({}) ? u' ' + tr("Scroll down to read more.") : QString());
    m_footer->setText(text);
}

void CasesPage::retranslate()
{
    SectionPage::retranslate();
    m_filter->setPlaceholderText(tr("Tracking code starts with…"));
    m_model->retranslate();
    updateViewNames();
    if (m_sized)
        m_view->resizeColumnsToContents();
    updateFooter();
}

} // namespace Shahrvand::Ui
