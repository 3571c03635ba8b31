#include "tableexport.h"

#include "jalalidate.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Shahrvand::Ui {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::TableExport)
};

// "۱۲٬۵۰۰٬۰۰۰ ریال", "-3.5", "1,200", "۴۵٪": a number, with at most a unit after it.
const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*([-\u2212]?[0-9][0-9,\u066C\u060C]*(?:[.\u066B][0-9]+)?)\\s*(?:ریال|IRR|%|٪)?\\s*$"));
    return pattern;
}

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

void appendLine(QString &text, const QStringList &fields)
{
    QStringList line;
    line.reserve(fields.size());
    for (const QString &field : fields)
        line << quoted(TableExport::csvCell(field));
    text += line.join(u',');
    text += QStringLiteral("\r\n");
}

} // namespace

QString TableExport::csvCell(const QString &shown)
{
    // Bidi marks and isolates the screen needs are noise in a spreadsheet.
    QString text = shown;
    text.remove(QRegularExpression(QStringLiteral("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")));
    const QRegularExpressionMatch match = numberPattern().match(fromLocalDigits(text));
    if (!match.hasMatch())
        return text;
    QString number = match.captured(1);
    number.remove(QRegularExpression(QStringLiteral("[,\u066C\u060C]")));
    number.replace(u'\u066B', u'.');
    number.replace(u'\u2212', u'-');
    return number;
}

QByteArray TableExport::csv(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    appendLine(text, header);
    for (const QStringList &row : rows)
        appendLine(text, row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray TableExport::csv(QAbstractItemModel &model, const QList<int> &hiddenColumns)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<int> columns;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column) {
        if (hiddenColumns.contains(column))
            continue;
        columns << column;
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    QList<QStringList> rows;
    rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (const int column : std::as_const(columns))
            fields << model.index(row, column).data(Qt::DisplayRole).toString();
        rows << fields;
    }
    return csv(header, rows);
}

QString TableExport::save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ExportText::tr("“%1” could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

QString TableExport::printToPdf(QWidget &widget, const QString &title, const QString &path,
                                qint64 nowMs)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportText::tr("“%1” could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Shahrvand"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        pdf.setResolution(150);
        QPainter painter(&pdf);
        if (!painter.isActive())
            return ExportText::tr("“%1” could not be written: the PDF could not be started.")
                .arg(QFileInfo(path).fileName());
        painter.setLayoutDirection(QGuiApplication::layoutDirection());
        const QRect page = painter.viewport();
        // The heading: the title, and when it was printed.
        QFont heading = widget.font();
        heading.setPointSizeF(heading.pointSizeF() * 1.4);
        heading.setBold(true);
        painter.setFont(heading);
        const int lineHeight = painter.fontMetrics().height();
        const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
        const auto drawText = [&](const QRect &box, const QString &text) {
            painter.drawText(QStyle::visualRect(painter.layoutDirection(), page, box), int(leading),
                             text);
        };
        drawText(QRect(page.left(), page.top(), page.width(), lineHeight), title);
        painter.setFont(widget.font());
        const QString printed =
            ExportText::tr("Printed on %1")
                .arg(formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                          DateStyle::Long));
        const int small = painter.fontMetrics().height();
        drawText(QRect(page.left(), page.top() + lineHeight, page.width(), small), printed);
        const int top = page.top() + lineHeight + small + small / 2;

        // The widget at its size on screen, scaled to the page's width, cut into pages.
        const QSize size = widget.size();
        const double scale = std::min(double(page.width()) / std::max(1, size.width()),
                                      double(pdf.resolution()) / 96.0 * 1.2);
        const int firstHeight = int((page.bottom() - top) / scale);
        const int pageHeight = int(page.height() / scale);
        int done = 0;
        bool first = true;
        while (done < size.height()) {
            const int slice = first ? firstHeight : pageHeight;
            painter.save();
            painter.translate(page.left(), first ? top : page.top());
            painter.scale(scale, scale);
            widget.render(&painter, QPoint(), QRegion(0, done, size.width(), slice),
                          QWidget::DrawChildren);
            painter.restore();
            done += slice;
            first = false;
            if (done < size.height())
                pdf.newPage();
        }
        painter.end();
    }
    if (!file.commit())
        return ExportText::tr("“%1” could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

} // namespace Shahrvand::Ui
