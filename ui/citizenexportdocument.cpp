#include "citizenexportdocument.h"

#include "fieldtext.h"
#include "jalalidate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace Shahrvand::Ui {

namespace {

struct DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::CitizenExportDocument)
};

bool rightToLeft()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

// A table's cells in reading order: the first column at the start side, in Persian too
// (QTextDocument lays table columns out left to right).
QString tableRow(QStringList cells)
{
    if (rightToLeft())
        std::reverse(cells.begin(), cells.end());
    return u"<tr>"_qs + cells.join(QString()) + u"</tr>"_qs;
}

QString actionText(const QString &action)
{
    if (action == u"create")
        return DocumentText::tr("created");
    if (action == u"update")
        return DocumentText::tr("changed");
    if (action == u"delete")
        return DocumentText::tr("deleted");
    if (action == u"read_national_id")
        return DocumentText::tr("read the national ID");
    if (action == u"erase_citizen")
        return DocumentText::tr("personal data erased");
    if (action == u"merge_citizens")
        return DocumentText::tr("merged");
    if (action == u"undo_citizen_merge")
        return DocumentText::tr("merge undone");
    return action;
}

// Column titles: the registry's labels, and the audit trail's own.
QString columnLabel(const QString &column)
{
    if (column == u"at")
        return DocumentText::tr("When");
    if (column == u"user_id")
        return DocumentText::tr("User no.");
    if (column == u"action")
        return DocumentText::tr("What");
    if (column == u"client")
        return DocumentText::tr("From");
    return FieldText::fieldLabel(column);
}

QString cell(QStringView entity, const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts << (part.isString() ? part.toString()
                                      : toLocalDigits(QString::number(part.toDouble())));
        return parts.join(DocumentText::tr(", "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << it.key() + u": "_qs + cell(entity, it.key(), it.value());
        return parts.join(DocumentText::tr("; "));
    }
    if (field == u"at" && value.isDouble())
        return formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC),
                                    DateStyle::Long);
    if (field == u"from_status" || field == u"to_status")
        return FieldText::displayValue(u"cases", u"status", value);
    if (field == u"action")
        return actionText(value.toString());
    if (field == u"id" || field.endsWith(u"_id") || field == u"national_id" || field == u"e164" ||
        field == u"postal_code" || field == u"tracking_code")
        return toLocalDigits(value.isDouble() ? QString::number(value.toInteger())
                                              : value.toString());
    return FieldText::displayValue(entity, field, value);
}

QString tableStart()
{
    return u"<table width='100%' border='1' cellspacing='0' cellpadding='4' "
           "style='border-collapse: collapse; border-color: #9aa5b1;'>"_qs;
}

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"<br>"_qs);
    return html;
}

// A table of `rows` with the columns named (those no row has are left out).
QString table(QStringView entity, const QJsonArray &rows, const QStringList &columns)
{
    if (rows.isEmpty())
        return u"<p><i>"_qs + escaped(DocumentText::tr("None.")) + u"</i></p>"_qs;
    QStringList shown;
    for (const QString &column : columns) {
        for (const QJsonValue &row : rows) {
            if (row.toObject().contains(column)) {
                shown << column;
                break;
            }
        }
    }
    QString html = tableStart();
    QStringList titles;
    for (const QString &column : std::as_const(shown))
        titles << u"<th bgcolor='#e8eef4'>"_qs + escaped(columnLabel(column)) + u"</th>"_qs;
    html += tableRow(titles);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QStringList cells;
        for (const QString &column : std::as_const(shown))
            cells << u"<td>"_qs + escaped(cell(entity, column, row.value(column))) + u"</td>"_qs;
        html += tableRow(cells);
    }
    return html + u"</table>"_qs;
}

QString heading(int level, const QString &text)
{
    return u"<h%1>%2</h%1>"_qs.arg(level).arg(escaped(text));
}

QStringList list(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QString::fromLatin1(name);
    return out;
}

} // namespace

QString CitizenExportDocument::html(const QJsonObject &exported, qint64 nowMs)
{
    const QJsonObject citizen = exported.value(u"citizen").toObject();
    QString name =
        (citizen.value(u"first_name").toString() + u' ' + citizen.value(u"last_name").toString())
            .trimmed();
    if (name.isEmpty())
        name = DocumentText::tr("Citizen no. %1")
                   .arg(toLocalDigits(QString::number(citizen.value(u"id").toInteger())));
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    QString html = u"<html><body dir='%1'>"_qs.arg(rtl ? u"rtl"_qs : u"ltr"_qs);
    html += heading(1, DocumentText::tr("Everything held about %1").arg(name));
    html +=
        u"<p>"_qs +
        escaped(
            DocumentText::tr("Exported from the server on %1; printed on %2.")
                .arg(formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(
                                              exported.value(u"exported_at").toInteger(), Qt::UTC),
                                          DateStyle::Long),
                     formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                          DateStyle::Long))) +
        u"</p>"_qs;

    html += heading(2, DocumentText::tr("Profile"));
    html += tableStart();
    for (const QString &field :
         list({"national_id", "first_name", "last_name", "first_name_latin", "last_name_latin",
               "father_name", "birth_date", "gender", "preferred_channel", "preferred_language",
               "consent_sms", "consent_email", "tags", "notes", "created_at", "updated_at",
               "merged_into_id", "anonymized_at"})) {
        const QString value = cell(u"citizens", field, citizen.value(field));
        if (value.trimmed().isEmpty())
            continue;
        html += tableRow({u"<th width='30%' bgcolor='#e8eef4'>"_qs +
                              escaped(FieldText::fieldLabel(field)) + u"</th>"_qs,
                          u"<td>"_qs + escaped(value) + u"</td>"_qs});
    }
    html += u"</table>"_qs;

    html += heading(2, DocumentText::tr("Contacts"));
    html += heading(3, DocumentText::tr("Addresses"));
    html += table(u"citizen_addresses", exported.value(u"addresses").toArray(),
                  list({"label", "address_text", "postal_code", "is_primary", "created_at"}));
    html += heading(3, DocumentText::tr("Phones"));
    html += table(u"citizen_phones", exported.value(u"phones").toArray(),
                  list({"e164", "kind", "is_primary", "verified", "created_at"}));
    html += heading(3, DocumentText::tr("E-mail addresses"));
    html += table(u"citizen_emails", exported.value(u"emails").toArray(),
                  list({"email", "is_primary", "created_at"}));

    const QJsonArray cases = exported.value(u"cases").toArray();
    html += heading(2, DocumentText::tr("Cases"));
    if (cases.isEmpty())
        html += u"<p><i>"_qs + escaped(DocumentText::tr("None.")) + u"</i></p>"_qs;
    for (const QJsonValue &value : cases) {
        const QJsonObject row = value.toObject();
        html += heading(3, DocumentText::tr("Case %1: %2")
                               .arg(toLocalDigits(row.value(u"tracking_code").toString()),
                                    row.value(u"subject").toString()));
        html += table(u"cases", QJsonArray{row},
                      list({"status", "channel", "priority", "created_at", "resolved_at",
                            "closed_at", "description"}));
        html += u"<p><b>"_qs + escaped(DocumentText::tr("Notes")) + u"</b></p>"_qs;
        html += table(u"case_notes", row.value(u"notes").toArray(),
                      list({"created_at", "body", "internal"}));
        html += u"<p><b>"_qs + escaped(DocumentText::tr("Status history")) + u"</b></p>"_qs;
        html += table(u"case_status_history", row.value(u"status_history").toArray(),
                      list({"changed_at", "from_status", "to_status", "reason"}));
        const QJsonArray missions = row.value(u"missions").toArray();
        if (!missions.isEmpty()) {
            QJsonArray shown;
            for (const QJsonValue &link : missions) {
                QJsonObject mission = link.toObject().value(u"mission").toObject();
                mission.insert(QStringLiteral("outcome"), link.toObject().value(u"outcome"));
                shown.append(mission);
            }
            html += u"<p><b>"_qs + escaped(DocumentText::tr("Missions")) + u"</b></p>"_qs;
            html += table(u"missions", shown,
                          list({"order_number", "purpose", "status", "planned_start", "actual_end",
                                "outcome"}));
        }
    }

    html += heading(2, DocumentText::tr("Interactions"));
    html += table(u"interactions", exported.value(u"interactions").toArray(),
                  list({"started_at", "channel", "direction", "notes"}));
    html += heading(2, DocumentText::tr("Survey answers"));
    html += table(u"survey_responses", exported.value(u"survey_responses").toArray(),
                  list({"responded_at", "channel", "score", "answers"}));
    html += heading(2, DocumentText::tr("Files"));
    html += table(u"attachments", exported.value(u"files").toArray(),
                  list({"file_name", "content_type", "size", "created_at"}));
    html += heading(2, DocumentText::tr("Audit trail"));
    html += table(u"audit_log", exported.value(u"audit").toArray(),
                  list({"at", "user_id", "action", "client"}));
    return html + u"</body></html>"_qs;
}

QString CitizenExportDocument::printToPdf(const QJsonObject &exported, const QString &path,
                                          qint64 nowMs)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return DocumentText::tr("“%1” could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(DocumentText::tr("Everything held about a citizen"));
        pdf.setCreator(QStringLiteral("Shahrvand"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        pdf.setResolution(150);
        QTextDocument document;
        QTextOption option = document.defaultTextOption();
        option.setTextDirection(QGuiApplication::layoutDirection());
        document.setDefaultTextOption(option);
        QFont font = QGuiApplication::font();
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setHtml(html(exported, nowMs));
        document.print(&pdf);
    }
    if (!file.commit())
        return DocumentText::tr("“%1” could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

} // namespace Shahrvand::Ui
