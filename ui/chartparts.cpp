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

QFrame *figureTile(QWidget *parent, const QString &key, QLabel **value, QLabel **caption)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("kpi_") + key);
    frame->setStyleSheet(QStringLiteral("QFrame#kpi_%1 { background: palette(base); border: "
                                        "1px solid palette(mid); border-radius: 8px; }")
                             .arg(key));
    *value = new QLabel(frame);
    (*value)->setObjectName(QStringLiteral("kpiValue"));
    QFont big = frame->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    (*value)->setFont(big);
    *caption = new QLabel(frame);
    (*caption)->setWordWrap(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(*value);
    layout->addWidget(*caption);
    return frame;
}

} // namespace Shahrvand::Ui::Charts
