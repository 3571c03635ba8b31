#include "fielddashboard.h"

#include "casecatalog.h"
#include "casestats.h"
#include "chartparts.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "money.h"
#include "periodchooser.h"
#include "vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

using Cache::FieldStats;
using Charts::countAxis;
using Charts::newChart;
using Charts::number;

namespace {

constexpr qint64 dayMs = 86'400'000;

QString rials(qint64 amount)
{
    return Money::fromRials(amount).format();
}

// Horizontal bars, the largest at the top, over a value axis in the interface's digits.
// Values are divided by `divisor` (a million, for amounts in millions of rials).
QBarSet *horizontalBars(QChart *chart, const QString &name,
                        const QList<std::pair<QString, qint64>> &rows, const QColor &color,
                        const QString &valueTitle, qint64 divisor = 1)
{
    auto *set = new QBarSet(name);
    QStringList names;
    qint64 maximum = 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        *set << double(it->second) / double(divisor);
        names << it->first;
        maximum = std::max(maximum, (it->second + divisor - 1) / divisor);
    }
    set->setColor(color);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QCategoryAxis *axisX = countAxis(maximum);
    axisX->setTitleText(valueTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return set;
}

} // namespace

FieldDashboard::FieldDashboard(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("fieldDashboard"));
    m_scope = new QLabel(this);
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    m_asOf = new QLabel(this);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    // The presets are Range's first values; its last, Custom, is the chooser's custom period.
    m_period =
        new PeriodChooser({PeriodChooser::Preset::Last30Days, PeriodChooser::Preset::Last90Days,
                           PeriodChooser::Preset::ThisMonth, PeriodChooser::Preset::ThisYear,
                           PeriodChooser::Preset::AnyTime},
                          PeriodChooser::Bound::None, this);
    m_period->setObjectName(QStringLiteral("fieldPeriod"));
    m_period->setIndex(int(Range::Last30Days));
    m_period->setProblemLabel(m_asOf);
    m_unitBox = new QComboBox(this);
    m_unitBox->setObjectName(QStringLiteral("fieldUnit"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addStretch(1);
    filters->addWidget(m_period);
    m_unitBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_unitBox);

    auto *kpis = new QHBoxLayout;
    m_tiles = std::make_unique<Charts::FigureTiles>(
        this, QStringList{QStringLiteral("missions"), QStringLiteral("underWay"),
                          QStringLiteral("followUp"), QStringLiteral("expenses"),
                          QStringLiteral("waiting")});
    for (QFrame *frame : m_tiles->frames())
        kpis->addWidget(frame, 1);

    m_missions = newChart();
    m_types = newChart();
    m_units = newChart();
    m_waiting = newChart();
    auto *charts = new QGridLayout;
    const QList<QChart *> all{m_missions, m_waiting, m_types, m_units};
    for (int i = 0; i < all.size(); ++i) {
        auto *view = new QChartView(all.at(i), this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(250);
        charts->addWidget(view, i / 2, i % 2);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_asOf);
    layout->addWidget(m_problem);
    layout->addLayout(kpis);
    layout->addLayout(charts, 1);

    connect(m_period, &PeriodChooser::changed, this, [this] {
        refresh();
        emit choiceMade(choice().only(&DashboardChoice::period));
    });
    connect(m_unitBox, &QComboBox::activated, this, [this] {
        refresh();
        emit choiceMade(choice().only(&DashboardChoice::team));
    });
    retranslate();
}

FieldDashboard::~FieldDashboard()
{
    m_worker.stop();
}

void FieldDashboard::setRange(Range range)
{
    m_period->setIndex(int(range));
    refresh();
}

QString FieldDashboard::setCustomRange(const QString &from, const QString &to)
{
    return m_period->setCustomRange(from, to);
}

void FieldDashboard::setUnit(qint64 unitId)
{
    if (m_unitNames.isEmpty())
        fillUnits();
    m_unitBox->setCurrentIndex(std::max(0, m_unitBox->findData(unitId)));
    refresh();
}

DashboardChoice FieldDashboard::choice() const
{
    DashboardChoice choice;
    choice.period = DashboardFilters::periodOf(m_period, Cache::CaseStats::iranDate(now()));
    choice.team = m_unitBox->currentData().toLongLong();
    return choice;
}

bool FieldDashboard::follow(const DashboardChoice &choice)
{
    if (m_unitNames.isEmpty())
        fillUnits();
    const DashboardChoice before = this->choice();
    if (choice.period)
        DashboardFilters::follow(m_period, *choice.period);
    if (choice.team)
        DashboardFilters::choose(m_unitBox, *choice.team);
    return this->choice() != before;
}

qint64 FieldDashboard::now() const
{
    return m_nowMs != 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

Cache::FieldFilter FieldDashboard::filter() const
{
    Cache::FieldFilter filter;
    const QDate today = Cache::CaseStats::iranDate(now());
    filter.from = m_period->from(today);
    filter.to = m_period->to(today);
    filter.unitId = m_unitBox->currentData().toLongLong();
    return filter;
}

void FieldDashboard::refresh()
{
    m_worker.stop();
    if (m_unitNames.isEmpty())
        fillUnits();
    const quint64 generation = ++m_generation;
    QPointer<FieldDashboard> self(this);
    Cache::LocalCache *source = &m_cache;
    const Cache::FieldFilter filter = this->filter();
    const qint64 nowMs = now();
    m_worker.start([=](const std::atomic<bool> *cancel) {
        auto sibling = source->openSibling();
        QString problem;
        FieldStats figures;
        if (!sibling) {
            problem = sibling.error().message();
        } else {
            const auto stats = FieldStats::compute(**sibling, filter, nowMs, cancel);
            if (cancel->load())
                return;
            if (stats)
                figures = *stats;
            else
                problem = stats.error().message();
        }
        QMetaObject::invokeMethod(
            self,
            [self, figures, problem, generation] {
                if (!self)
                    return;
                self->m_problem->setVisible(!problem.isEmpty());
                self->m_problem->setText(
                    problem.isEmpty()
                        ? QString()
                        : FieldDashboard::tr("The figures could not be counted: %1").arg(problem));
                self->showFigures(figures, generation);
            },
            Qt::QueuedConnection);
    });
}

void FieldDashboard::fillUnits()
{
    const qint64 chosen = m_unitBox->currentData().toLongLong();
    m_unitNames.clear();
    m_unitBox->clear();
    m_unitBox->addItem(tr("Every unit"), qint64(0));
    const auto user = m_cache.user();
    const bool everything = user && user->roles.contains(Access::Role::Administrator);
    QList<std::pair<QString, qint64>> units;
    std::optional<qint64> after;
    for (;;) {
        const auto page = m_cache.rows(QStringLiteral("org_units"), 500, after);
        if (!page)
            break;
        for (const QJsonObject &row : *page) {
            const qint64 id = row.value(u"id").toInteger();
            m_unitNames.insert(id, CaseCatalog::nameOf(row));
            if (everything || (user && (user->visibleUnits.contains(OrgUnitId(id)) ||
                                        user->units.contains(OrgUnitId(id)))))
                units.append({CaseCatalog::nameOf(row), id});
        }
        if (page->size() < 500)
            break;
        after = page->last().value(u"id").toInteger();
    }
    std::sort(units.begin(), units.end());
    for (const auto &[name, id] : std::as_const(units))
        m_unitBox->addItem(name, id);
    m_unitBox->setCurrentIndex(std::max(0, m_unitBox->findData(chosen)));
    if (m_unitNames.isEmpty())
        m_unitNames.insert(0, QString()); // read once, even when the copy has no units yet
}

QString FieldDashboard::unitName(qint64 id) const
{
    if (id == 0)
        return tr("No unit");
    const QString name = m_unitNames.value(id);
    return name.isEmpty() ? toLocalDigits(QString::number(id)) : name;
}

void FieldDashboard::showFigures(const FieldStats &stats, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_stats = stats;
    const auto kpi = [this](const QString &key, const QString &text) {
        m_tiles->setValue(key, text);
    };
    kpi(QStringLiteral("missions"), number(stats.missions));
    kpi(QStringLiteral("underWay"),
        number(stats.missionsByStatus.value(QStringLiteral("issued")) +
               stats.missionsByStatus.value(QStringLiteral("in_progress"))));
    kpi(QStringLiteral("followUp"),
        number(stats.missionsByStatus.value(QStringLiteral("completed_needs_followup"))));
    kpi(QStringLiteral("expenses"),
        stats.overflow ? tr("Too large to add up") : rials(stats.expensesRials));
    kpi(QStringLiteral("waiting"), number(stats.waitingApprovals));
    m_tiles->setCaption(
        QStringLiteral("waiting"),
        stats.oldestWaitingSinceMs == 0
            ? tr("Approvals waiting now")
            : tr("Approvals waiting now; the oldest since %1")
                  .arg(formatJalaliDate(Cache::CaseStats::iranDate(stats.oldestWaitingSinceMs),
                                        DateStyle::Long)));
    m_asOf->setText(Charts::copyAsOf(m_cache));
    drawMissions();
    drawTypes();
    drawUnits();
    drawWaiting();
    emit ready();
}

void FieldDashboard::drawMissions()
{
    Charts::clear(m_missions);
    QList<std::pair<QString, qint64>> rows;
    QStringList statuses;
    for (const QString &status : Entities::Vocabulary::missionStatuses) {
        rows.append({FieldText::codeText(status), m_stats.missionsByStatus.value(status)});
        statuses << status;
    }
    // In the order of the lifecycle, from the top.
    QBarSet *set =
        horizontalBars(m_missions, tr("Missions"), rows, QColor(0x1f, 0x5f, 0x8b), tr("Missions"));
    connect(set, &QBarSet::clicked, this, [this, statuses](int index) {
        // Bars were appended from the last status up.
        const qsizetype status = statuses.size() - 1 - index;
        if (status >= 0 && status < statuses.size())
            emit missionsRequested(statuses.at(status));
    });
}

// Amounts in rials, or in millions of rials once they reach ten million (the axis stays
// readable).
QBarSet *FieldDashboard::moneyBars(QChart *chart, const QList<std::pair<QString, qint64>> &rows)
{
    qint64 largest = 0;
    for (const auto &[name, amount] : rows)
        largest = std::max(largest, amount);
    const bool millions = largest >= 10'000'000;
    return horizontalBars(chart, tr("Expenses"), rows, QColor(0x2e, 0x7d, 0x4f),
                          millions ? tr("Million rials") : tr("Rials"), millions ? 1'000'000 : 1);
}

void FieldDashboard::drawTypes()
{
    Charts::clear(m_types);
    QList<std::pair<QString, qint64>> rows;
    QStringList types;
    for (const QString &type : Entities::Vocabulary::expenseTypes) {
        rows.append({type, m_stats.expensesByType.value(type)});
        types << type;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QList<std::pair<QString, qint64>> named = rows;
    for (auto &[type, amount] : named)
        type = FieldText::codeText(type);
    QBarSet *set = moneyBars(m_types, named);
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        // Bars were appended from the last row up.
        const qsizetype row = rows.size() - 1 - index;
        if (row < 0 || row >= rows.size())
            return;
        Cache::ExpenseFigure figure{filter(), std::nullopt, rows.at(row).first};
        emit claimsRequested(figure,
                             tr("Expenses: %1").arg(FieldText::codeText(figure.expenseType)));
    });
}

void FieldDashboard::drawUnits()
{
    Charts::clear(m_units);
    QList<std::pair<qint64, qint64>> rows;
    for (auto it = m_stats.expensesByUnit.cbegin(); it != m_stats.expensesByUnit.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    rows = rows.mid(0, 8);
    QList<std::pair<QString, qint64>> named;
    for (const auto &[unit, amount] : std::as_const(rows))
        named.append({unitName(unit), amount});
    QBarSet *set = moneyBars(m_units, named);
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        // Bars were appended from the last row up.
        const qsizetype row = rows.size() - 1 - index;
        if (row < 0 || row >= rows.size())
            return;
        const qint64 unit = rows.at(row).first;
        emit claimsRequested(Cache::ExpenseFigure{filter(), unit, {}},
                             tr("Expenses: %1").arg(unitName(unit)));
    });
}

void FieldDashboard::drawWaiting()
{
    Charts::clear(m_waiting);
    const QStringList names = Charts::ageAxisLabels(FieldStats::ageBounds());
    auto *set = new QBarSet(tr("Approvals waiting"));
    qint64 maximum = 0;
    for (const qint64 count : m_stats.waitingByAge) {
        *set << double(count);
        maximum = std::max(maximum, count);
    }
    set->setColor(QColor(0x8a, 0x55, 0x00));
    auto *series = new QBarSeries;
    series->append(set);
    m_waiting->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(names);
    axisX->setTitleText(tr("Days waiting"));
    m_waiting->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QCategoryAxis *axisY = countAxis(maximum);
    m_waiting->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    connect(set, &QBarSet::clicked, this, [this](int) { emit approvalsRequested(); });
}

QList<QStringList> FieldDashboard::figureRows() const
{
    QList<QStringList> rows = m_tiles->rows();
    for (const QString &status : Entities::Vocabulary::missionStatuses)
        rows.append({m_missions->title(), FieldText::codeText(status),
                     number(m_stats.missionsByStatus.value(status))});
    for (const QString &type : Entities::Vocabulary::expenseTypes)
        rows.append({m_types->title(), FieldText::codeText(type),
                     rials(m_stats.expensesByType.value(type))});
    for (auto it = m_stats.expensesByUnit.cbegin(); it != m_stats.expensesByUnit.cend(); ++it)
        rows.append({m_units->title(), unitName(it.key()), rials(it.value())});
    const QList<int> bounds = FieldStats::ageBounds();
    for (qsizetype i = 0; i < m_stats.waitingByAge.size(); ++i)
        rows.append({m_waiting->title(), Charts::ageRangeText(bounds, i),
                     number(m_stats.waitingByAge.at(i))});
    return rows;
}

QLabel *FieldDashboard::kpiLabel(const QString &key) const
{
    return m_tiles->value(key);
}

void FieldDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_unitNames.clear();
        fillUnits();
        if (m_generation > 0)
            showFigures(m_stats, m_generation);
    }
    QWidget::changeEvent(event);
}

void FieldDashboard::retranslate()
{
    const QStringList ranges{tr("Last 30 days"), tr("Last 90 days"), tr("This month"),
                             tr("This year"), tr("Any time")};
    m_period->setPresetTexts(ranges);
    const auto user = m_cache.user();
    m_scope->setText(!user ? QString()
                     : user->roles.contains(Access::Role::Administrator)
                         ? tr("Field: every mission and claim in this computer's copy")
                     : user->roles.contains(Access::Role::Supervisor) ||
                             user->roles.contains(Access::Role::FinanceApprover)
                         ? tr("Field: the missions and claims of your units")
                         : tr("Field: your missions and claims"));
    m_tiles->setCaptions({tr("Missions in the period"), tr("Under way"),
                          tr("Needing another mission"), tr("Expenses claimed"),
                          tr("Approvals waiting now")});
    m_missions->setTitle(tr("Missions by status"));
    m_types->setTitle(tr("Expenses by type"));
    m_units->setTitle(tr("Expenses by unit"));
    m_waiting->setTitle(tr("Approvals waiting, by days waited"));
}

} // namespace Shahrvand::Ui
