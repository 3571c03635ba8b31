// shahrvand-server import-routing-rules: the routing rules of a JSON file replace the
// active ones, all or nothing.
#include "caseimports.h"

#include "entitydef.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcImport, "shahrvand.import")

namespace Shahrvand::CaseService {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::CaseService::Import)
};

// The 1-based line on which each element of the top-level array of `json` (already known
// to be valid JSON) starts.
QList<int> elementLines(const QByteArray &json)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool elementNext = false;
    for (const char c : json) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (depth == 1 && elementNext && c != ']') {
            lines << line;
            elementNext = false;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth == 1)
                elementNext = true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            elementNext = depth == 1;
            break;
        default:
            break;
        }
    }
    return lines;
}

// Line and column of a byte offset, for JSON syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((text.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

// The file's keys that name rows by code, and the registry field each becomes.
struct CodeReference
{
    const char *key;
    const char *field;
};
constexpr CodeReference references[]{{"service_code", "service_id"},
                                     {"district_code", "district_id"},
                                     {"team_code", "team_id"},
                                     {"owner_username", "owner_id"}};
constexpr const char *plainKeys[]{"position",      "channel",        "keywords",
                                  "case_priority", "owner_strategy", "active"};

QString allowedKeys()
{
    QStringList keys;
    for (const char *key : plainKeys)
        keys << QString::fromLatin1(key);
    for (const CodeReference &reference : references)
        keys << QString::fromLatin1(reference.key);
    return keys.join(QStringLiteral(", "));
}

class RuleReader
{
public:
    explicit RuleReader(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The id of the row a code names (and in `kindFound` the unit's kind, or whether the
    // user is active), 0 when there is none; `failure` is set when the database fails.
    qint64 lookUp(const char *key, const QString &code, QString *kindFound, QString *failure)
    {
        QSqlQuery query(m_db);
        const QString name = QString::fromLatin1(key);
        if (name == QLatin1String("service_code"))
            query.prepare(
                QStringLiteral("SELECT id, '' FROM services WHERE code = ? AND deleted = 0"));
        else if (name == QLatin1String("owner_username"))
            query.prepare(QStringLiteral(
                "SELECT id, CASE WHEN active <> 0 THEN 'active' ELSE 'inactive' END FROM users "
                "WHERE username = ? AND deleted = 0"));
        else
            query.prepare(
                QStringLiteral("SELECT id, kind FROM org_units WHERE code = ? AND deleted = 0"));
        query.addBindValue(code);
        if (!query.exec()) {
            *failure = query.lastError().text();
            return 0;
        }
        if (!query.next())
            return 0;
        *kindFound = query.value(1).toString();
        return query.value(0).toLongLong();
    }

private:
    QSqlDatabase m_db;
};

// The rule as the registry's routing_rules input, or the problems with it.
QJsonObject resolveRule(RuleReader &reader, const QJsonObject &rule, const QString &position,
                        int line, QList<ImportProblem> &problems, QString *failure)
{
    const auto problem = [&](const QString &message) {
        problems << ImportProblem{line, position, message};
    };
    QJsonObject input;
    for (auto it = rule.constBegin(); it != rule.constEnd(); ++it) {
        const QString &key = it.key();
        if (it.value().isNull())
            continue; // as if absent: the column's default
        bool plain = false;
        for (const char *name : plainKeys)
            plain = plain || key == QLatin1String(name);
        if (plain) {
            input.insert(key, it.value());
            continue;
        }
        const CodeReference *reference = nullptr;
        for (const CodeReference &candidate : references) {
            if (key == QLatin1String(candidate.key))
                reference = &candidate;
        }
        if (!reference) {
            if (key.endsWith(QLatin1String("_id")))
                problem(Tr::tr("\"%1\": name rows by their codes, not by ids. The fields are: "
                               "%2.")
                            .arg(key, allowedKeys()));
            else
                problem(Tr::tr("there is no field \"%1\" in a routing rule. The fields are: %2.")
                            .arg(key, allowedKeys()));
            continue;
        }
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            problem(Tr::tr("\"%1\" must be written as text, for example \"%2\".")
                        .arg(key, key == QLatin1String("owner_username")
                                      ? QStringLiteral("agent.rahimi")
                                      : QStringLiteral("street-lighting")));
            continue;
        }
        const QString code = it.value().toString().trimmed();
        QString kind;
        const qint64 id = reader.lookUp(reference->key, code, &kind, failure);
        if (!failure->isEmpty())
            return {};
        const QLatin1String name(reference->key);
        if (id == 0) {
            if (name == QLatin1String("service_code"))
                problem(Tr::tr("there is no service with the code \"%1\".").arg(code));
            else if (name == QLatin1String("owner_username"))
                problem(Tr::tr("there is no user named \"%1\".").arg(code));
            else
                problem(Tr::tr("there is no organisation unit with the code \"%1\".").arg(code));
            continue;
        }
        if (name == QLatin1String("team_code") && kind != QLatin1String("team")) {
            problem(Tr::tr("the unit \"%1\" is not a team; cases are routed to teams.").arg(code));
            continue;
        }
        if (name == QLatin1String("district_code") && kind != QLatin1String("district")) {
            problem(Tr::tr("the unit \"%1\" is not a district.").arg(code));
            continue;
        }
        if (name == QLatin1String("owner_username") && kind != QLatin1String("active")) {
            problem(Tr::tr("the user \"%1\" is not active and cannot be given cases.").arg(code));
            continue;
        }
        input.insert(QString::fromLatin1(reference->field), id);
    }
    if (!rule.contains(QStringLiteral("team_code")) || rule.value(u"team_code").isNull())
        problem(Tr::tr("\"team_code\" is required: the team the rule gives cases to."));
    const bool fixed = rule.value(u"owner_strategy").toString() == QLatin1String("fixed");
    const bool hasOwner =
        !rule.value(u"owner_username").isUndefined() && !rule.value(u"owner_username").isNull();
    if (fixed && !hasOwner)
        problem(Tr::tr("the \"fixed\" strategy needs the owner, in \"owner_username\"."));
    if (!fixed && hasOwner)
        problem(Tr::tr("\"owner_username\" is used only with \"owner_strategy\": \"fixed\"."));
    return input;
}

} // namespace

QString ImportProblem::toString() const
{
    if (line > 0 && !position.isEmpty())
        return Tr::tr("line %1, %2: %3").arg(line).arg(position, message);
    if (line > 0)
        return Tr::tr("line %1: %2").arg(line).arg(message);
    if (!position.isEmpty())
        return Tr::tr("%1: %2").arg(position, message);
    return message;
}

Expected<RoutingImportReport, QList<ImportProblem>>
importRoutingRules(Storage::Database &database, const QByteArray &json,
                   const Records::WriteContext &context)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return QList<ImportProblem>{{line,
                                     {},
                                     Tr::tr("the file is not valid JSON (column %1): %2")
                                         .arg(column)
                                         .arg(parseError.errorString())}};
    }
    if (!document.isArray())
        return QList<ImportProblem>{
            {0, {}, Tr::tr("the file must hold a JSON array of rules: [{...}, {...}].")}};
    const QJsonArray rules = document.array();
    if (rules.isEmpty())
        return QList<ImportProblem>{
            {0,
             {},
             Tr::tr("the file has no rules; importing it would leave cases without routing. "
                    "Deactivate the rules instead.")}};
    const QList<int> lines = elementLines(json);

    QSqlDatabase db = database.connection();
    Storage::Transaction transaction(db, database.backend());
    if (!transaction.isActive())
        return QList<ImportProblem>{
            {0, {}, Tr::tr("could not begin a transaction: %1").arg(transaction.error())}};
    const Entities::EntityDef &entity = *Entities::findEntity(u"routing_rules");
    const auto internal = [](const QString &detail) {
        qCWarning(lcImport) << "routing rules:" << detail;
        return QList<ImportProblem>{
            {0,
             {},
             Tr::tr("the database failed while importing; nothing was changed: %1").arg(detail)}};
    };

    RuleReader reader(db);
    QList<ImportProblem> problems;
    QList<QVariantMap> rows;
    for (qsizetype index = 0; index < rules.size(); ++index) {
        const int line = index < lines.size() ? lines.at(index) : 0;
        const QString position = Tr::tr("rule %1").arg(index + 1);
        if (!rules.at(index).isObject()) {
            problems << ImportProblem{line, position,
                                      Tr::tr("a rule must be a JSON object {...}.")};
            continue;
        }
        QString failure;
        const qsizetype before = problems.size();
        const QJsonObject input =
            resolveRule(reader, rules.at(index).toObject(), position, line, problems, &failure);
        if (!failure.isEmpty())
            return internal(failure);
        // Types, enumerations, lengths and required fields: the registry's own checks, the
        // same as for a rule written by the API.
        const auto columns = Entities::toColumnValues(entity, input, Entities::WriteMode::Create);
        if (!columns) {
            for (const Entities::FieldError &error : columns.error()) {
                // References were resolved above; a missing team is already reported.
                if (error.field == QLatin1String("team_id"))
                    continue;
                problems << ImportProblem{line, position, error.message()};
            }
        } else if (problems.size() == before) {
            rows << *columns;
        }
    }
    if (!problems.isEmpty())
        return problems;

    RoutingImportReport report;
    Records::RowWriter writer(db, database.backend());
    QList<qint64> active;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id FROM routing_rules WHERE deleted = 0 AND "
                                       "active <> 0 ORDER BY id")))
            return internal(query.lastError().text());
        while (query.next())
            active << query.value(0).toLongLong();
    }
    for (qint64 id : std::as_const(active)) {
        if (const auto removed = writer.markDeleted(entity.name, id, context); !removed)
            return internal(removed.error().detail);
        ++report.removed;
    }
    for (const QVariantMap &row : std::as_const(rows)) {
        if (const auto written = writer.insert(entity.name, row, context); !written)
            return internal(written.error().detail);
        ++report.written;
    }
    if (!transaction.commit())
        return internal(transaction.error());
    return report;
}

} // namespace Shahrvand::CaseService
