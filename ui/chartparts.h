#pragma once

#include "casequeue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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
// A dashboard's figure tiles: per key a framed box with a large value above its caption.
// The dashboard lays out frames() and sets values and captions by key.
class FigureTiles final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::Charts)

public:
    FigureTiles(QWidget *parent, const QStringList &keys);

    const QList<QFrame *> &frames() const { return m_frames; }
    void setValue(const QString &key, const QString &text);
    void setCaption(const QString &key, const QString &text);
    // In the order of the keys.
    void setCaptions(const QStringList &captions);
    QLabel *value(const QString &key) const;
    // The figures as rows of ("Figures", caption, value) for a CSV file.
    QList<QStringList> rows() const;

private:
    struct Tile
    {
        QString key;
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
    };
    const Tile *find(const QString &key) const;

    QList<Tile> m_tiles;
    QList<QFrame *> m_frames;
};

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::Charts)
};
// The age buckets of `bounds` (upper bounds in days; the last bucket has none), short for
// an axis ("1–3", "30+") and long for a table ("1 to 3 days", "30 days or more").
QStringList ageAxisLabels(const QList<int> &bounds);
QString ageRangeText(const QList<int> &bounds, qsizetype bucket);
// "Figures from this computer's copy, as of the sync of …" (or that it has not synced).
QString copyAsOf(const Cache::LocalCache &cache);
// When a day of Iran's calendar begins (its midnight in Iran's time), in ms since the epoch:
// the bounds of a drill-down's creation times.
qint64 iranStartMs(QDate date);
// Each level sees its own on the dashboards: an administrator every case in this computer's
// copy, a supervisor the cases of their units, anyone else their own cases.
Cache::CaseQueueFilter levelFilter(const Cache::LocalCache &cache);

} // namespace Shahrvand::Ui::Charts
