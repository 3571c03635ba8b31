#include "chartparts.h"

#include "jalalidate.h"
#include "localcache.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui::Charts {

QString number(qint64 value)
{
    return toLocalDigits(QLocale().toString(value));
}

QCategoryAxis *countAxis(qint64 maximum)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qint64 top = std::max<qint64>(maximum, 4);
    qint64 step = 1;
    for (int i = 0; top / step > 5; ++i)
        step = (i % 3 == 1) ? step / 2 * 5 : step * 2;
    axis->append(number(0), 0);
    qint64 value = step;
    for (; value < top + step; value += step)
        axis->append(number(value), double(value));
    axis->setRange(0, double(value - step));
    return axis;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(4, 4, 16, 4)); // room for the last label of a value axis
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

qint64 iranStartMs(QDate date)
{
    constexpr qint64 iranOffsetMs = (3 * 3600 + 30 * 60) * 1000LL;
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch() - iranOffsetMs;
}

Cache::CaseQueueFilter levelFilter(const Cache::LocalCache &cache)
{
    Cache::CaseQueueFilter filter;
    const auto user = cache.user();
    if (!user || user->roles.contains(Access::Role::Administrator))
        return filter;
    if (user->roles.contains(Access::Role::Supervisor)) {
        QList<qint64> units;
        for (const OrgUnitId unit : user->visibleUnits.isEmpty() ? user->units : user->visibleUnits)
            units << unit.value();
        filter.teamIds = units;
    } else {
        filter.ownerId = user->userId.value();
    }
    return filter;
}

FigureTiles::FigureTiles(QWidget *parent, const QStringList &keys)
{
    for (const QString &key : keys) {
        auto *frame = new QFrame(parent);
        frame->setObjectName(QStringLiteral("kpi_") + key);
        frame->setStyleSheet(QStringLiteral("QFrame#kpi_%1 { background: palette(base); border: "
                                            "1px solid palette(mid); border-radius: 8px; }")
                                 .arg(key));
        Tile tile{key, new QLabel(frame), new QLabel(frame)};
        tile.value->setObjectName(QStringLiteral("kpiValue"));
        QFont big = frame->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        tile.value->setFont(big);
        tile.caption->setWordWrap(true);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(12, 8, 12, 8);
        layout->addWidget(tile.value);
        layout->addWidget(tile.caption);
        m_tiles << tile;
        m_frames << frame;
    }
}

const FigureTiles::Tile *FigureTiles::find(const QString &key) const
{
    for (const Tile &tile : m_tiles) {
        if (tile.key == key)
            return &tile;
    }
    return nullptr;
}

void FigureTiles::setValue(const QString &key, const QString &text)
{
    if (const Tile *tile = find(key))
        tile->value->setText(text);
}

void FigureTiles::setCaption(const QString &key, const QString &text)
{
    if (const Tile *tile = find(key))
        tile->caption->setText(text);
}

void FigureTiles::setCaptions(const QStringList &captions)
{
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i).caption->setText(captions.value(i));
}

QLabel *FigureTiles::value(const QString &key) const
{
    const Tile *tile = find(key);
    return tile ? tile->value : nullptr;
}

QList<QStringList> FigureTiles::rows() const
{
    QList<QStringList> rows;
    for (const Tile &tile : m_tiles)
        rows.append({tr("Figures"), tile.caption->text(), tile.value->text()});
    return rows;
}

QStringList ageAxisLabels(const QList<int> &bounds)
{
    QStringList names;
    for (qsizetype i = 0; i <= bounds.size(); ++i)
        names << (i < bounds.size()
                      ? ChartText::tr("%1–%2").arg(number(i == 0 ? 0 : bounds.at(i - 1)),
                                                   number(bounds.at(i)))
                      : ChartText::tr("%1+").arg(number(bounds.last())));
    return names;
}

QString ageRangeText(const QList<int> &bounds, qsizetype bucket)
{
    return bucket < bounds.size() ? ChartText::tr("%1 to %2 days")
                                        .arg(number(bucket == 0 ? 0 : bounds.at(bucket - 1)),
                                             number(bounds.at(bucket)))
                                  : ChartText::tr("%1 days or more").arg(number(bounds.last()));
}

QString copyAsOf(const Cache::LocalCache &cache)
{
    const QDateTime synced = cache.lastSyncAt();
    return synced.isValid()
               ? ChartText::tr("Figures from this computer's copy, as of the sync of %1.")
                     .arg(formatJalaliDateTime(synced, DateStyle::Long))
               : ChartText::tr("Figures from this computer's copy; it has not synced yet.");
}

} // namespace Shahrvand::Ui::Charts
