#pragma once

#include <QString>

#include "casequeue.h"

namespace Shahrvand::Cache {
class LocalCache;
}

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QFrame;
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace Shahrvand::Ui::Charts {

// A number in the interface's digits and separators ("۱۲٬۳۴۵").
QString number(qint64 value);
// A value axis from 0 to a round step above `maximum`, labelled in the interface's digits
// (QValueAxis prints ASCII): 1, 2, 5, 10, 20, 50, ... at most five steps to the top.
QCategoryAxis *countAxis(qint64 maximum);
// A chart as the dashboards draw them: no legend, no animation, small margins.
QChart *newChart();
// Takes a chart's series and axes away (before it is drawn again).
void clear(QChart *chart);
// A figure tile: a framed box with a large value above its caption; the value label is
// returned through `value` and the caption through `caption`.
QFrame *figureTile(QWidget *parent, const QString &key, QLabel **value, QLabel **caption);
// Each level sees its own on the dashboards: an administrator every case in this computer's
// copy, a supervisor the cases of their units, anyone else their own cases.
Cache::CaseQueueFilter levelFilter(const Cache::LocalCache &cache);

} // namespace Shahrvand::Ui::Charts
