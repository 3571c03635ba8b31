#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QWidget;

namespace Shahrvand::Ui {

// Lists and dashboards leave the workstation as CSV for spreadsheets and as PDF for paper.
//  - CSV: UTF-8 with a byte-order mark (so Excel reads Persian), CRLF line ends, every
//    field quoted when it holds a comma, a quote or a line break (RFC 4180). Cells are
//    what the screen shows (Jalali dates, translated codes), except that numbers and
//    amounts are written with ASCII digits and no separators, so that a spreadsheet adds
//    them up ("۱۲٬۵۰۰٬۰۰۰ ریال" becomes 12500000).
//  - PDF: A4 landscape, a heading (the title, and when it was printed, in Jalali), then the
//    widget as it is on screen, right to left in Persian, across as many pages as it needs.
class TableExport final
{
public:
    // A cell's text as written to a CSV file (see above).
    static QString csvCell(const QString &shown);
    static QByteArray csv(const QStringList &header, const QList<QStringList> &rows);
    // Every row of `model` (more are fetched while it has them) and every column, with the
    // horizontal header's titles; `hiddenColumns` are left out.
    static QByteArray csv(QAbstractItemModel &model, const QList<int> &hiddenColumns = {});

    // Writes `bytes` to `path` whole or not at all (the old file stays on failure); the
    // problem, translated, or empty.
    static QString save(const QString &path, const QByteArray &bytes);
    // Prints `widget` to a PDF at `path`; the problem, translated, or empty.
    static QString printToPdf(QWidget &widget, const QString &title, const QString &path,
                              qint64 nowMs);
};

} // namespace Shahrvand::Ui
