#include "cacheschema_p.h"

#include "pullpage_p.h"
#include "vocabulary.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Cache::Schema {

using Entities::EntityDef;
using Entities::ScopeKind;

int latestVersion()
{
    return 7;
}

QString tableOf(const QString &entity)
{
    return QStringLiteral("e_") + entity;
}

QString ensureEntityTables(QSqlDatabase &db)
{
    const QStringList existing = db.tables();
    QSqlQuery query(db);
    for (const EntityDef &entity : Entities::allEntities()) {
        const QString table = tableOf(entity.name);
        if (existing.contains(table))
            continue;
        const QString create =
            QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, "
                           "parent_id INTEGER, parent_type TEXT, local INTEGER NOT NULL "
                           "DEFAULT 0, data BLOB NOT NULL, server_data BLOB)")
                .arg(table);
        if (!query.exec(create))
            return query.lastError().text();
        const bool child =
            entity.scope.kind == ScopeKind::ChildOf || entity.scope.kind == ScopeKind::ChildOfAny;
        if (child &&
            !query.exec(QStringLiteral("CREATE INDEX %1_parent ON %1 (parent_id)").arg(table)))
            return query.lastError().text();
        if (!query.exec(
                QStringLiteral("CREATE INDEX %1_local ON %1 (local) WHERE local <> 0").arg(table)))
            return query.lastError().text();
    }
    return {};
}

const QList<ClearColumn> &clearColumns(const QString &entity)
{
    using Kind = ClearColumn::Kind;
    static const QList<ClearColumn> none;
    static const QList<ClearColumn> cases{
        {QStringLiteral("status"), "status", Kind::Text},
        {QStringLiteral("priority_rank"), "priority", Kind::PriorityRank},
        {QStringLiteral("channel"), "channel", Kind::Text},
        {QStringLiteral("service_id"), "service_id", Kind::Integer},
        {QStringLiteral("team_id"), "team_id", Kind::Integer},
        {QStringLiteral("owner_id"), "owner_id", Kind::Integer},
        {QStringLiteral("tier"), "tier", Kind::Integer},
        {QStringLiteral("district_id"), "district_id", Kind::Integer},
        {QStringLiteral("created_at"), "created_at", Kind::Integer},
        {QStringLiteral("updated_at"), "updated_at", Kind::Integer},
        {QStringLiteral("first_response_due_at"), "first_response_due_at", Kind::Integer},
        {QStringLiteral("resolution_due_at"), "resolution_due_at", Kind::Integer},
        {QStringLiteral("sla_paused_at"), "sla_paused_at", Kind::Integer},
        {QStringLiteral("tracking_code"), "tracking_code", Kind::TrackingCode},
        {QStringLiteral("first_responded_at"), "first_responded_at", Kind::Integer},
        {QStringLiteral("resolved_at"), "resolved_at", Kind::Integer},
        {QStringLiteral("citizen_id"), "citizen_id", Kind::Integer}};
    static const QList<ClearColumn> surveyResponses{
        {QStringLiteral("score"), "score", Kind::Integer},
        {QStringLiteral("responded_at"), "responded_at", Kind::Integer}};
    // The Citizen 360 timeline's times (citizentimeline.h), and the case of a mission's
    // row: a citizen's history is listed without opening it.
    static const QList<ClearColumn> interactions{
        {QStringLiteral("started_at"), "started_at", Kind::Integer}};
    static const QList<ClearColumn> caseNotes{
        {QStringLiteral("created_at"), "created_at", Kind::Integer}};
    static const QList<ClearColumn> missionCases{
        {QStringLiteral("case_id"), "case_id", Kind::Integer},
        {QStringLiteral("created_at"), "created_at", Kind::Integer}};
    if (entity == u"cases")
        return cases;
    if (entity == u"interactions")
        return interactions;
    if (entity == u"case_notes")
        return caseNotes;
    if (entity == u"mission_cases")
        return missionCases;
    return entity == u"survey_responses" ? surveyResponses : none;
}

QString ensureDashboardIndex(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS %1 ON e_cases (created_at, local, status, channel, "
                "service_id, district_id, team_id, owner_id, tier, resolution_due_at, "
                "first_responded_at, resolved_at)")
                .arg(QLatin1String(dashboardIndex))))
        return query.lastError().text();
    return {};
}

QString ensureCitizenIndexes(QSqlDatabase &db)
{
    // Covering: the clear columns come after the sealed row in each table, so reading them
    // from the table would walk past the row's bytes; these hold all a timeline reads.
    // (Survey answers, far fewer, are read through their parent index.)
    QSqlQuery query(db);
    for (const char *sql :
         {"CREATE INDEX IF NOT EXISTS e_cases_q_citizen ON e_cases (citizen_id, created_at, "
          "local, status, resolution_due_at, sla_paused_at)",
          "CREATE INDEX IF NOT EXISTS e_interactions_q_citizen ON e_interactions (parent_id, "
          "started_at, local)",
          "CREATE INDEX IF NOT EXISTS e_case_notes_q_case ON e_case_notes (parent_id, "
          "created_at, local)",
          "CREATE INDEX IF NOT EXISTS e_mission_cases_q_case ON e_mission_cases (case_id, "
          "parent_id, created_at, local)"}) {
        if (!query.exec(QString::fromLatin1(sql)))
            return query.lastError().text();
    }
    return {};
}

QString ensureClearColumns(QSqlDatabase &db, QStringList *added)
{
    QSqlQuery query(db);
    for (const EntityDef &entity : Entities::allEntities()) {
        const QList<ClearColumn> &clear = clearColumns(entity.name);
        if (clear.isEmpty())
            continue;
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(tableOf(entity.name))))
            return query.lastError().text();
        QStringList existing;
        while (query.next())
            existing << query.value(1).toString();
        bool grew = false;
        for (const ClearColumn &column : clear) {
            if (existing.contains(column.name))
                continue;
            const char *type = column.kind == ClearColumn::Kind::Text ||
                                       column.kind == ClearColumn::Kind::TrackingCode
                                   ? "TEXT"
                                   : "INTEGER";
            if (!query.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                .arg(tableOf(entity.name), column.name, QLatin1String(type))))
                return query.lastError().text();
            grew = true;
        }
        if (grew && added)
            added->append(entity.name);
    }
    return {};
}

namespace {

QVariant clearValueOf(const ClearColumn &column, const QJsonValue &value)
{
    using Kind = ClearColumn::Kind;
    switch (column.kind) {
    case Kind::Integer:
        return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
    case Kind::Text:
        return value.isString() ? QVariant(value.toString()) : QVariant();
    case Kind::PriorityRank: {
        const qsizetype rank = Entities::Vocabulary::priorities.indexOf(value.toString());
        return rank >= 0 ? QVariant(qint64(rank)) : QVariant();
    }
    case Kind::TrackingCode:
        return value.isString() ? QVariant(normalizedTrackingCode(value.toString())) : QVariant();
    }
    return {};
}

} // namespace

QVariantList clearValuesOf(const QString &entity, const QJsonObject &row)
{
    QVariantList values;
    for (const ClearColumn &column : clearColumns(entity))
        values.append(clearValueOf(column, row.value(QLatin1String(column.member))));
    return values;
}

ClearValue ClearValue::fromVariant(const QVariant &value)
{
    ClearValue result;
    if (value.isNull())
        return result;
    if (value.typeId() == QMetaType::QString) {
        result.text16 = value.toString();
        if (!result.text16.isNull())
            result.type = Type::Text16;
    } else {
        result.type = Type::Integer;
        result.integer = value.toLongLong();
    }
    return result;
}

namespace {

ClearValue integerValue(qint64 value)
{
    ClearValue result;
    result.type = ClearValue::Type::Integer;
    result.integer = value;
    return result;
}

ClearValue textValue(QByteArray utf8)
{
    ClearValue result;
    result.type = ClearValue::Type::Text;
    result.text = std::move(utf8);
    return result;
}

// normalizedTrackingCode() of ASCII text, without going through UTF-16: digits stay,
// letters become upper case, everything else goes. Nothing for other text.
std::optional<QByteArray> normalizedAsciiTrackingCode(QByteArrayView text)
{
    QByteArray result;
    result.reserve(text.size());
    for (const char c : text) {
        if (uchar(c) >= 0x80)
            return std::nullopt;
        if (c >= '0' && c <= '9')
            result.append(c);
        else if (c >= 'a' && c <= 'z')
            result.append(char(c - 'a' + 'A'));
        else if (c >= 'A' && c <= 'Z')
            result.append(c);
    }
    return result;
}

} // namespace

std::optional<ClearValue> clearValueFromText(const ClearColumn &column, QByteArrayView text)
{
    using Kind = ClearColumn::Kind;
    if (text.isEmpty() || text == "null")
        return ClearValue();
    if (column.kind == Kind::Integer) {
        if (const auto value = PullPage::toInteger(text))
            return integerValue(*value);
        return ClearValue(); // not an integer: as clearValuesOf() would say
    }
    if (!text.startsWith('"'))
        return ClearValue();
    const auto plain = PullPage::toPlainString(text);
    if (!plain)
        return std::nullopt;
    // read() has checked the page's UTF-8, so these bytes are what QString::toUtf8() of
    // the parsed string would give.
    switch (column.kind) {
    case Kind::PriorityRank: {
        static const QList<QByteArray> priorities = [] {
            QList<QByteArray> list;
            for (const QString &priority : Entities::Vocabulary::priorities)
                list.append(priority.toUtf8());
            return list;
        }();
        const qsizetype rank = priorities.indexOf(*plain);
        return rank >= 0 ? integerValue(rank) : ClearValue();
    }
    case Kind::TrackingCode:
        if (auto code = normalizedAsciiTrackingCode(*plain); code && !code->isEmpty())
            return textValue(std::move(*code));
        return ClearValue::fromVariant(normalizedTrackingCode(QString::fromUtf8(*plain)));
    case Kind::Text:
    case Kind::Integer:
        break;
    }
    return textValue(QByteArray::fromRawData(plain->data(), plain->size()));
}

QString normalizedTrackingCode(QStringView input)
{
    QString result;
    result.reserve(input.size());
    for (const QChar c : input) {
        if (c.isDigit()) {
            result.append(QChar(u'0' + c.digitValue()));
        } else if (c.isLetter()) {
            result.append(c.toUpper());
        }
        // dashes, spaces, joiners and direction marks are not part of a code
    }
    return result;
}

ParentRef parentOf(const EntityDef &entity, const QJsonObject &row)
{
    switch (entity.scope.kind) {
    case ScopeKind::ChildOf:
        return {entity.scope.parentEntity, row.value(entity.scope.parentColumn).toInteger()};
    case ScopeKind::ChildOfAny:
        return {entity.scope.parentTypes.value(row.value(entity.scope.parentTypeColumn).toString()),
                row.value(entity.scope.parentColumn).toInteger()};
    default:
        return {};
    }
}

QList<const EntityDef *> childrenOf(const QString &parent)
{
    static const QHash<QString, QList<const EntityDef *>> children = [] {
        QHash<QString, QList<const EntityDef *>> map;
        for (const EntityDef &entity : Entities::allEntities()) {
            if (entity.scope.kind == ScopeKind::ChildOf)
                map[entity.scope.parentEntity].append(&entity);
            if (entity.scope.kind == ScopeKind::ChildOfAny) {
                for (const QString &type : entity.scope.parentTypes)
                    map[type].append(&entity);
            }
        }
        return map;
    }();
    return children.value(parent);
}

} // namespace Shahrvand::Cache::Schema
