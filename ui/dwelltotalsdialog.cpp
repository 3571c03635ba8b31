#include "dwelltotalsdialog.h"

#include "casecatalog.h"
#include "casetext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

// "12 d 03:15" (days, hours and minutes), in the interface's digits.
QString duration(qint64 seconds)
{
    const qint64 days = seconds / 86'400;
    const QString clock = QStringLiteral("%1:%2")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
    return toLocalDigits(days > 0 ? DwellTotalsDialog::tr("%1 d %2").arg(days).arg(clock) : clock);
}

} // namespace

CaseWork::DwellTime DwellTotalsDialog::sum(const Cache::LocalCache &cache,
                                           const Cache::CaseQueueFilter &filter,
                                           const QDateTime &now, qint64 *cases,
                                           const std::atomic<bool> *cancel)
{
    CaseWork::DwellTime totals;
    *cases = 0;
    std::optional<Cache::CaseQueuePosition> after;
    const Cache::CaseQueueSort byCreation{Cache::CaseQueueColumn::Created, Qt::DescendingOrder};
    while (*cases < limit) {
        if (cancel && cancel->load())
            break;
        const auto page = cache.caseQueuePage(filter, byCreation, 500, after);
        if (!page || page->rows.isEmpty())
            break;
        for (const QJsonObject &row : page->rows) {
            const auto history =
                cache.childRows(QStringLiteral("case_status_history"), QStringLiteral("cases"),
                                row.value(u"id").toInteger(), 5000);
            totals.add(CaseWork::dwellTime(CaseCatalog::historyRows(history.valueOr({})), now));
            if (++*cases >= limit)
                break;
        }
        if (page->atEnd)
            break;
        after = page->last;
    }
    return totals;
}

DwellTotalsDialog::DwellTotalsDialog(Cache::LocalCache &cache, const Cache::CaseQueueFilter &filter,
                                     const QString &queueName, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_names(std::make_unique<NameBook>(cache))
{
    setObjectName(QStringLiteral("dwellTotals"));
    setWindowTitle(tr("Time spent: %1").arg(queueName));
    m_summary = new QLabel(tr("Adding up the cases' histories…"), this);
    m_summary->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("With"), tr("Total (wall clock)"), tr("Average per case")});
    m_table->setUniformRowHeights(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 28);

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    QPointer<DwellTotalsDialog> dialog(this);
    Cache::LocalCache *source = &cache;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_worker = QThread::create([source, filter, now, cancel, dialog] {
        auto sibling = source->openSibling();
        if (!sibling)
            return;
        qint64 cases = 0;
        const CaseWork::DwellTime totals = sum(**sibling, filter, now, &cases, cancel.get());
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            dialog,
            [dialog, totals, cases] {
                if (dialog)
                    dialog->present(totals, cases);
            },
            Qt::QueuedConnection);
    });
    m_worker->start(QThread::LowPriority);
}

DwellTotalsDialog::~DwellTotalsDialog()
{
    m_cancel->store(true);
    m_worker->wait();
    delete m_worker;
}

void DwellTotalsDialog::present(const CaseWork::DwellTime &totals, qint64 cases)
{
    m_totals = totals;
    m_cases = cases;
    m_summary->setText(cases >= limit ? tr("The first %1 cases of the queue, newest first.")
                                            .arg(toLocalDigits(QLocale().toString(cases)))
                                      : tr("%Ln case(s) of the queue.", nullptr, int(cases)));
    m_table->clear();
    const auto average = [cases](qint64 seconds) {
        return cases > 0 ? duration(seconds / cases) : QString();
    };
    const auto section = [this, &average](const QString &title, qint64 total) {
        auto *item = new QTreeWidgetItem(m_table, {title, duration(total), average(total)});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        return item;
    };
    // Largest first: where the time goes.
    const auto sorted = [](const auto &hash) {
        auto list = QList<std::pair<typename std::decay_t<decltype(hash)>::key_type, qint64>>();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            list.append({it.key(), it.value()});
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.second > b.second; });
        return list;
    };
    QTreeWidgetItem *teams = section(tr("Teams"), totals.totalSeconds);
    for (const auto &[team, seconds] : sorted(totals.secondsPerTeam))
        new QTreeWidgetItem(teams, {team.isValid()
                                        ? m_names->name(QStringLiteral("org_units"), team.value())
                                        : tr("No team"),
                                    duration(seconds), average(seconds)});
    QTreeWidgetItem *people = section(tr("People"), totals.totalSeconds);
    for (const auto &[owner, seconds] : sorted(totals.secondsPerOwner))
        new QTreeWidgetItem(people,
                            {owner.isValid() ? m_names->name(QStringLiteral("users"), owner.value())
                                             : tr("Unassigned"),
                             duration(seconds), average(seconds)});
    QTreeWidgetItem *statuses = section(tr("Statuses"), totals.totalSeconds);
    for (const auto &[status, seconds] : sorted(totals.secondsPerStatus))
        new QTreeWidgetItem(statuses, {CaseWork::caseStatusDisplayName(status), duration(seconds),
                                       average(seconds)});
    m_table->expandAll();
    emit ready();
}

} // namespace Shahrvand::Ui
