#pragma once

// What the citizen data-quality suites share: the real server with the merge routes, and
// helpers that write citizens and their rows, call the routes and count linked rows.
#include "auditverifier.h"
#include "citizenmergeroutes.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Shahrvand::Testing {

// The tables and columns through which rows point at a citizen.
inline const QList<std::pair<QString, QString>> citizenLinks{
    {QStringLiteral("citizen_addresses"), QStringLiteral("citizen_id")},
    {QStringLiteral("citizen_phones"), QStringLiteral("citizen_id")},
    {QStringLiteral("citizen_emails"), QStringLiteral("citizen_id")},
    {QStringLiteral("cases"), QStringLiteral("citizen_id")},
    {QStringLiteral("interactions"), QStringLiteral("citizen_id")},
    {QStringLiteral("survey_responses"), QStringLiteral("citizen_id")},
    {QStringLiteral("attachments"), QStringLiteral("owner_id")}};

class CitizenFixture : protected ServerFixture
{
protected:
    void startCitizenServer()
    {
        setUpWorld();
        addStaff(QStringLiteral("director"), Access::Role::Administrator, w->org);
        startServer([this](Server::ApiServer &server) {
            Api::registerCitizenMergeRoutes(server, w->database(), m_clock);
        });
    }

    qint64 m_codes = 0;

    qint64 citizen(const QString &first, const QString &last, const QVariantMap &more = {})
    {
        QVariantMap fields{{QStringLiteral("first_name"), first},
                           {QStringLiteral("last_name"), last}};
        fields.insert(more);
        return w->insert("citizens", fields);
    }
    void phone(qint64 citizenId, const QString &e164)
    {
        // The kind, as the entity store sets it from the number.
        const QString kind = e164.startsWith(QLatin1String("+989")) ? QStringLiteral("mobile")
                                                                    : QStringLiteral("landline");
        QVERIFY(w->insert("citizen_phones", {{QStringLiteral("citizen_id"), citizenId},
                                             {QStringLiteral("e164"), e164},
                                             {QStringLiteral("kind"), kind}}) > 0);
    }
    void address(qint64 citizenId, const QString &text, qint64 district = 0)
    {
        QVariantMap fields{{QStringLiteral("citizen_id"), citizenId},
                           {QStringLiteral("address_text"), text}};
        if (district > 0)
            fields.insert(QStringLiteral("district_id"), district);
        QVERIFY(w->insert("citizen_addresses", fields) > 0);
    }
    qint64 kase(qint64 citizenId)
    {
        return w->insert(
            "cases", {{QStringLiteral("tracking_code"), QStringLiteral("MRG-%1").arg(++m_codes)},
                      {QStringLiteral("service_id"), w->service},
                      {QStringLiteral("channel"), QStringLiteral("phone")},
                      {QStringLiteral("team_id"), w->teamA},
                      {QStringLiteral("citizen_id"), citizenId},
                      {QStringLiteral("subject"), QStringLiteral("x")}});
    }
    void execute(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(w->database()->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }

    // Every row id linked to `citizenId`, table by table (tombstones included).
    QMap<QString, QList<qint64>> linked(qint64 citizenId)
    {
        QMap<QString, QList<qint64>> rows;
        for (const auto &[table, column] : citizenLinks) {
            QSqlQuery query(w->database()->connection());
            query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?%3 ORDER BY id")
                              .arg(table, column,
                                   table == u"attachments"
                                       ? QStringLiteral(" AND owner_type = 'citizen'")
                                       : QString()));
            query.addBindValue(citizenId);
            if (!query.exec())
                qWarning("%s", qPrintable(query.lastError().text()));
            while (query.next())
                rows[table] << query.value(0).toLongLong();
        }
        return rows;
    }
    qint64 version(qint64 citizenId)
    {
        return number(QStringLiteral("SELECT version FROM citizens WHERE id = ?"), {citizenId});
    }
    // Every pair of the list, all pages followed, as "reason:a:b".
    QStringList duplicates(int limit = 200)
    {
        QStringList pairs;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QString path = QStringLiteral("/api/v1/citizens/duplicates?limit=%1").arg(limit);
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const Reply reply = send("GET", path, {}, QStringLiteral("supervisor"));
            if (reply.status != 200) {
                qWarning() << reply.raw;
                return {};
            }
            for (const QJsonValue &item : reply.body.value(u"items").toArray())
                pairs << QStringLiteral("%1:%2:%3")
                             .arg(item[u"reason"].toString())
                             .arg(item[u"citizen"][u"id"].toInteger())
                             .arg(item[u"other"][u"id"].toInteger());
            cursor = reply.body.value(u"next_cursor").toString();
            if (cursor.isEmpty())
                break;
        }
        return pairs;
    }
    Reply merge(qint64 survivor, qint64 merged, const QJsonObject &fields = {},
                const QString &user = QStringLiteral("supervisor"), qint64 survivorVersion = -1)
    {
        return send("POST", QStringLiteral("/api/v1/citizens/%1/merge").arg(survivor),
                    {{QStringLiteral("merged_id"), merged},
                     {QStringLiteral("survivor_version"),
                      survivorVersion >= 0 ? survivorVersion : version(survivor)},
                     {QStringLiteral("merged_version"), qMax<qint64>(0, version(merged))},
                     {QStringLiteral("fields"), fields}},
                    user);
    }
    Reply undo(qint64 mergeId, const QString &user = QStringLiteral("supervisor"))
    {
        return send("POST", QStringLiteral("/api/v1/merges/%1/undo").arg(mergeId), {}, user);
    }
    bool auditIntact()
    {
        const auto report = Records::AuditVerifier(w->database()->connection()).verify();
        return report && report->isIntact();
    }
};

} // namespace Shahrvand::Testing
