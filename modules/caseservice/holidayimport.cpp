// shahrvand-server import-holidays: a year's official holidays for a business calendar,
// from the file format the demo city's 1405 holidays are kept in.
#include "caseimports.h"

#include "businesscalendar.h"
#include "entitydef.h"
#include "jalalidate.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <set>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace Shahrvand::CaseService {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::CaseService::Import)
};

QString jalaliText(QDate date)
{
    const JalaliYearMonthDay jalali = jalaliYearMonthDay(date);
    return QStringLiteral("%1/%2/%3")
        .arg(jalali.year)
        .arg(jalali.month, 2, 10, QLatin1Char('0'))
        .arg(jalali.day, 2, 10, QLatin1Char('0'));
}

struct Calendar
{
    qint64 id = 0;
    QString problem;
    QString failure;
};

// The calendar named by its id or by its Persian or English name.
Calendar findCalendar(QSqlDatabase &db, const QString &name)
{
    Calendar found;
    QSqlQuery query(db);
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    if (isNumber) {
        query.prepare(QStringLiteral("SELECT id FROM business_calendars WHERE id = ? AND "
                                     "deleted = 0"));
        query.addBindValue(id);
    } else {
        query.prepare(QStringLiteral("SELECT id FROM business_calendars WHERE (name_fa = ? OR "
                                     "name_en = ?) AND deleted = 0 ORDER BY id"));
        query.addBindValue(name);
        query.addBindValue(name);
    }
    if (!query.exec()) {
        found.failure = query.lastError().text();
        return found;
    }
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    if (ids.isEmpty())
        found.problem = Tr::tr("there is no business calendar \"%1\" (give its id, or its name "
                               "in Persian or English).")
                            .arg(name);
    else if (ids.size() > 1)
        found.problem = Tr::tr("%n business calendars are named \"%1\"; give the id of the one "
                               "you mean.",
                               nullptr, int(ids.size()))
                            .arg(name);
    else
        found.id = ids.first();
    return found;
}

} // namespace

Expected<HolidayImportReport, QList<ImportProblem>>
importHolidays(Storage::Database &database, const QString &calendarName, const QString &text,
               const Records::WriteContext &context)
{
    // The parser the demo seed reads resources/holidays/1405.txt with.
    const auto parsed = CaseWork::parseHolidayFile(text);
    if (!parsed) {
        const CaseWork::HolidayImportError &error = parsed.error();
        return QList<ImportProblem>{{error.line, QStringLiteral("“%1”").arg(error.text),
                                     Shahrvand::describe(error.dateError)}};
    }
    if (parsed->isEmpty())
        return QList<ImportProblem>{
            {0,
             {},
             Tr::tr("the file has no holidays: one line per holiday, a Jalali date and "
                    "its description, for example \"1405/01/01 Nowruz\".")}};

    // One row per date; two holidays on one day share it.
    QMap<QDate, QString> holidays;
    for (const CaseWork::Holiday &holiday : *parsed) {
        QString &description = holidays[holiday.date];
        if (description.isEmpty())
            description = holiday.description;
        else if (!holiday.description.isEmpty() && !description.contains(holiday.description))
            description += QStringLiteral(" / ") + holiday.description;
    }
    std::set<int> years;
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it)
        years.insert(jalaliYearMonthDay(it.key()).year);

    QSqlDatabase db = database.connection();
    Storage::Transaction transaction(db, database.backend());
    if (!transaction.isActive())
        return QList<ImportProblem>{
            {0, {}, Tr::tr("could not begin a transaction: %1").arg(transaction.error())}};
    const auto internal = [](const QString &detail) {
        qCWarning(lcImport) << "holidays:" << detail;
        return QList<ImportProblem>{
            {0,
             {},
             Tr::tr("the database failed while importing; nothing was changed: %1").arg(detail)}};
    };
    const Calendar calendar = findCalendar(db, calendarName);
    if (!calendar.failure.isEmpty())
        return internal(calendar.failure);
    if (!calendar.problem.isEmpty())
        return QList<ImportProblem>{{0, {}, calendar.problem}};

    // The registry's checks, as for a holiday written by the API (the description's length).
    const Entities::EntityDef &entity = *Entities::findEntity(u"calendar_holidays");
    QList<ImportProblem> problems;
    QMap<QDate, QVariantMap> rows;
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
        const auto columns = Entities::toColumnValues(
            entity,
            {{QStringLiteral("calendar_id"), calendar.id},
             {QStringLiteral("holiday_date"), it.key().toString(Qt::ISODate)},
             {QStringLiteral("description"), it.value()}},
            Entities::WriteMode::Create);
        if (!columns) {
            for (const Entities::FieldError &error : columns.error())
                problems << ImportProblem{0, jalaliText(it.key()), error.message()};
            continue;
        }
        rows.insert(it.key(), *columns);
    }
    if (!problems.isEmpty())
        return problems;

    HolidayImportReport report;
    report.years = QList<int>(years.cbegin(), years.cend());
    Records::RowWriter writer(db, database.backend());
    struct Stored
    {
        qint64 id;
        QDate date;
        QString description;
    };
    QList<Stored> stored;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id, holiday_date, description FROM "
                                     "calendar_holidays WHERE calendar_id = ? AND deleted = 0 "
                                     "ORDER BY id"));
        query.addBindValue(calendar.id);
        if (!query.exec())
            return internal(query.lastError().text());
        while (query.next())
            stored << Stored{query.value(0).toLongLong(),
                             QDate::fromString(query.value(1).toString(), Qt::ISODate),
                             query.value(2).toString()};
    }
    QSet<QDate> kept;
    for (const Stored &row : std::as_const(stored)) {
        if (!years.contains(jalaliYearMonthDay(row.date).year))
            continue; // another year: not this file's business
        const auto wanted = rows.constFind(row.date);
        if (wanted == rows.cend() || kept.contains(row.date)) {
            if (const auto removed = writer.markDeleted(entity.name, row.id, context); !removed)
                return internal(removed.error().detail);
            ++report.removed;
            continue;
        }
        kept.insert(row.date);
        const QString description = wanted->value(QStringLiteral("description")).toString();
        if (description == row.description) {
            ++report.unchanged;
            continue;
        }
        if (const auto changed = writer.update(
                entity.name, row.id, {{QStringLiteral("description"), description}}, context);
            !changed)
            return internal(changed.error().detail);
        ++report.changed;
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (kept.contains(it.key()))
            continue;
        if (const auto added = writer.insert(entity.name, *it, context); !added)
            return internal(added.error().detail);
        ++report.added;
    }
    if (!transaction.commit())
        return internal(transaction.error());
    return report;
}

} // namespace Shahrvand::CaseService
