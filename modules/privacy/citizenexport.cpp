#include "citizenprivacy.h"

#include "entitydef.h"
#include "privacy_p.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Privacy {

using EntityStore::ListQuery;
using EntityStore::StoreError;

QJsonObject ErasureReport::toJson() const
{
    const auto counts = [](const QMap<QString, qint64> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    return QJsonObject{{QStringLiteral("citizen_id"), citizenId},
                       {QStringLiteral("citizen_removed"), citizenRemoved},
                       {QStringLiteral("anonymized"), counts(anonymized)},
                       {QStringLiteral("removed"), counts(removed)},
                       {QStringLiteral("files_purged"), filesPurged},
                       {QStringLiteral("version"), version}};
}

CitizenPrivacy::CitizenPrivacy(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_store(m_database, clock)
{}

Expected<QJsonObject, StoreError> CitizenPrivacy::exportAll(const Access::Principal &actor,
                                                            qint64 citizenId, const QString &client)
{
    Q_UNUSED(client);
    if (!actor.hasRole(Access::Role::Administrator))
        return forbidden();
    const auto entity = [](const char *name) -> const Entities::EntityDef & {
        return *Entities::findEntity(QString::fromLatin1(name));
    };
    // Every row of `name` with these field values, page after page.
    const auto all =
        [&](const char *name,
            const QMap<QString, QString> &filters) -> Expected<QJsonArray, StoreError> {
        QJsonArray rows;
        ListQuery query;
        query.filters = filters;
        query.limit = 500;
        for (;;) {
            const auto page = m_store.list(actor, entity(name), query);
            if (!page)
                return page.error();
            for (const QJsonValue &row : page->items)
                rows.append(row);
            if (!page->nextAfterId)
                return rows;
            query.afterId = *page->nextAfterId;
        }
    };
    const QString id = QString::number(citizenId);
    const auto citizen = m_store.get(actor, entity("citizens"), citizenId);
    if (!citizen)
        return citizen.error();

    QJsonObject out{{QStringLiteral("format"), QStringLiteral("shahrvand-citizen-export/1")},
                    {QStringLiteral("exported_at"), m_clock.now().toMSecsSinceEpoch()},
                    {QStringLiteral("exported_by"), actor.userId.value()},
                    {QStringLiteral("citizen"), *citizen}};
    const QMap<QString, QString> ofCitizen{{QStringLiteral("citizen_id"), id}};
    for (const auto &[key, name] :
         {std::pair{"addresses", "citizen_addresses"}, std::pair{"phones", "citizen_phones"},
          std::pair{"emails", "citizen_emails"}, std::pair{"interactions", "interactions"}}) {
        const auto rows = all(name, ofCitizen);
        if (!rows)
            return rows.error();
        out.insert(QLatin1String(key), *rows);
    }
    const auto files =
        all("attachments", {{QStringLiteral("owner_type"), QStringLiteral("citizen")},
                            {QStringLiteral("owner_id"), id}});
    if (!files)
        return files.error();
    out.insert(QStringLiteral("files"), *files);

    const auto cases = all("cases", ofCitizen);
    if (!cases)
        return cases.error();
    QJsonArray caseList;
    QJsonArray surveys;
    QSet<qint64> surveyIds;
    for (const QJsonValue &value : *cases) {
        QJsonObject row = value.toObject();
        const QMap<QString, QString> ofCase{
            {QStringLiteral("case_id"), QString::number(row.value(u"id").toInteger())}};
        for (const auto &[key, name] :
             {std::pair{"notes", "case_notes"}, std::pair{"status_history", "case_status_history"},
              std::pair{"articles", "case_articles"}}) {
            const auto rows = all(name, ofCase);
            if (!rows)
                return rows.error();
            row.insert(QLatin1String(key), *rows);
        }
        const auto caseFiles =
            all("attachments", {{QStringLiteral("owner_type"), QStringLiteral("case")},
                                {QStringLiteral("owner_id"), ofCase.first()}});
        if (!caseFiles)
            return caseFiles.error();
        row.insert(QStringLiteral("files"), *caseFiles);
        // The missions sent for the case, with what each found.
        const auto links = all("mission_cases", ofCase);
        if (!links)
            return links.error();
        QJsonArray missions;
        for (const QJsonValue &link : *links) {
            const qint64 missionId = link.toObject().value(u"mission_id").toInteger();
            const auto mission = m_store.get(actor, entity("missions"), missionId);
            if (!mission && mission.error().kind != StoreError::Kind::NotFound)
                return mission.error();
            missions.append(QJsonObject{
                {QStringLiteral("outcome"), link.toObject().value(u"outcome")},
                {QStringLiteral("mission"), mission ? QJsonValue(*mission) : QJsonValue()}});
        }
        row.insert(QStringLiteral("missions"), missions);
        const auto answers = all("survey_responses", ofCase);
        if (!answers)
            return answers.error();
        for (const QJsonValue &answer : *answers) {
            if (!surveyIds.contains(answer.toObject().value(u"id").toInteger())) {
                surveyIds.insert(answer.toObject().value(u"id").toInteger());
                surveys.append(answer);
            }
        }
        caseList.append(row);
    }
    out.insert(QStringLiteral("cases"), caseList);
    // Answers that name the citizen without a case of theirs.
    const auto ownAnswers = all("survey_responses", ofCitizen);
    if (!ownAnswers)
        return ownAnswers.error();
    for (const QJsonValue &answer : *ownAnswers) {
        if (!surveyIds.contains(answer.toObject().value(u"id").toInteger()))
            surveys.append(answer);
    }
    out.insert(QStringLiteral("survey_responses"), surveys);

    // Who read or changed the citizen's record, and when (not the values: they are above).
    QSqlDatabase db = m_database->connection();
    QSqlQuery audit(db);
    audit.setForwardOnly(true);
    audit.prepare(QStringLiteral("SELECT at, user_id, action, client FROM audit_log WHERE "
                                 "entity = 'citizens' AND row_id = ? ORDER BY seq"));
    audit.addBindValue(citizenId);
    if (!audit.exec())
        return internalError(audit.lastError().text());
    QJsonArray trail;
    while (audit.next())
        trail.append(
            QJsonObject{{QStringLiteral("at"), audit.value(0).toLongLong()},
                        {QStringLiteral("user_id"),
                         audit.value(1).isNull() ? QJsonValue() : audit.value(1).toLongLong()},
                        {QStringLiteral("action"), audit.value(2).toString()},
                        {QStringLiteral("client"), audit.value(3).toString()}});
    out.insert(QStringLiteral("audit"), trail);
    return out;
}

} // namespace Shahrvand::Privacy
