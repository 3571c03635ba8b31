#include "citizenprivacy.h"

#include "auditlog.h"
#include "privacy_p.h"
#include "rowwriter.h"
#include "textnormalizer.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcPrivacy, "shahrvand.privacy")

namespace Shahrvand::Privacy {

using EntityStore::StoreError;

EntityStore::StoreError internalError(const QString &detail)
{
    qCWarning(lcPrivacy).noquote() << detail;
    EntityStore::StoreError error;
    error.kind = EntityStore::StoreError::Kind::Internal;
    error.detail = detail;
    return error;
}

namespace {

StoreError refused(const char *code, const char *text, qint64 citizenId)
{
    StoreError error;
    error.kind = StoreError::Kind::Refused;
    error.refusalError = QString::fromLatin1(code);
    error.refusalCode = QString::fromLatin1(code);
    error.refusalContext = "Shahrvand::Privacy::CitizenPrivacy";
    error.refusalText = text;
    error.refusalDetails = QJsonObject{{QStringLiteral("citizen_id"), citizenId}};
    return error;
}

StoreError fromWrite(const Records::WriteError &error)
{
    if (error.kind == Records::WriteError::Kind::NotFound) {
        StoreError notFound;
        notFound.kind = StoreError::Kind::NotFound;
        return notFound;
    }
    return internalError(QStringLiteral("erasure: ") + error.detail);
}

// The ids a query selects (its first column).
Expected<QList<qint64>, StoreError> idsOf(QSqlDatabase &db, const QString &sql,
                                          const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return internalError(query.lastError().text());
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

// The ids of the live rows of `table` that `where` selects, in order.
QString liveRows(const char *table, const char *where)
{
    return QStringLiteral("SELECT id FROM %1 WHERE %2 AND deleted = 0 ORDER BY id")
        .arg(QLatin1String(table), QLatin1String(where));
}

} // namespace

Expected<ErasureReport, StoreError> CitizenPrivacy::erase(const Access::Principal &actor,
                                                          qint64 citizenId, const QString &reason,
                                                          std::optional<qint64> ifMatch,
                                                          const QString &client)
{
    if (!actor.hasRole(Access::Role::Administrator))
        return forbidden();
    QSqlDatabase db = m_database->connection();
    const Storage::Backend backend = m_database->backend();
    Storage::Transaction transaction(db, backend);
    if (!transaction.isActive())
        return internalError(transaction.error());
    Records::RowWriter writer(db, backend);
    // One version for the whole erasure would hide its parts from a pull that stopped
    // between them; each row takes its own, and the transaction makes them one change.
    Records::WriteContext context;
    context.actorUserId = actor.userId.value();
    context.client = client;
    context.nowMs = m_clock.now().toMSecsSinceEpoch();
    context.erasing = true;

    {
        QSqlQuery citizen(db);
        citizen.prepare(QStringLiteral("SELECT version, anonymized_at, merged_into_id FROM "
                                       "citizens WHERE id = ? AND deleted = 0"));
        citizen.addBindValue(citizenId);
        if (!citizen.exec())
            return internalError(citizen.lastError().text());
        if (!citizen.next()) {
            StoreError notFound;
            notFound.kind = StoreError::Kind::NotFound;
            return notFound;
        }
        if (ifMatch && citizen.value(0).toLongLong() != *ifMatch) {
            StoreError stale;
            stale.kind = StoreError::Kind::PreconditionFailed;
            stale.currentVersion = citizen.value(0).toLongLong();
            return stale;
        }
        if (!citizen.value(1).isNull())
            return refused("citizen_erased",
                           QT_TRANSLATE_NOOP("Shahrvand::Privacy::CitizenPrivacy",
                                             "This citizen's personal data was already erased."),
                           citizenId);
        if (!citizen.value(2).isNull())
            return refused(
                "citizen_merged",
                QT_TRANSLATE_NOOP("Shahrvand::Privacy::CitizenPrivacy",
                                  "This citizen was merged into another record. Erase the "
                                  "record they were merged into: it holds their data now."),
                citizenId);
    }

    ErasureReport report;
    report.citizenId = citizenId;
    const QVariantList citizen{citizenId};
    // Blanks the personal columns of every row `sql` selects; removes them too unless kept.
    const auto blank = [&](const QString &table, const QString &sql, const QVariantList &values,
                           const QVariantMap &blanks,
                           bool remove) -> Expected<QList<qint64>, StoreError> {
        const auto ids = idsOf(db, sql, values);
        if (!ids)
            return ids.error();
        for (qint64 id : *ids) {
            if (const auto written = writer.update(table, id, blanks, context); !written)
                return fromWrite(written.error());
            if (remove) {
                if (const auto deleted = writer.markDeleted(table, id, context); !deleted)
                    return fromWrite(deleted.error());
            }
        }
        (remove ? report.removed : report.anonymized)[table] += ids->size();
        return *ids;
    };
    const QVariantMap customBlank{{QStringLiteral("custom_fields"), QStringLiteral("{}")}};
    const auto withCustom = [&customBlank](QVariantMap map) {
        map.insert(customBlank);
        return map;
    };

    // Deleted.
    if (const auto done = blank(QStringLiteral("citizen_addresses"),
                                liveRows("citizen_addresses", "citizen_id = ?"), citizen,
                                withCustom({{QStringLiteral("label"), QStringLiteral("")},
                                            {QStringLiteral("address_text"), QStringLiteral("")},
                                            {QStringLiteral("postal_code"), QVariant()},
                                            {QStringLiteral("latitude"), QVariant()},
                                            {QStringLiteral("longitude"), QVariant()}}),
                                true);
        !done)
        return done.error();
    if (const auto done =
            blank(QStringLiteral("citizen_phones"), liveRows("citizen_phones", "citizen_id = ?"),
                  citizen, withCustom({{QStringLiteral("e164"), QStringLiteral("")}}), true);
        !done)
        return done.error();
    if (const auto done =
            blank(QStringLiteral("citizen_emails"), liveRows("citizen_emails", "citizen_id = ?"),
                  citizen, withCustom({{QStringLiteral("email"), QStringLiteral("")}}), true);
        !done)
        return done.error();
    // The citizen's files: the records go, and the stored content when nothing else uses it.
    QSet<QString> files;
    {
        const auto shas = [&]() -> Expected<bool, StoreError> {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT blob_sha256 FROM attachments WHERE owner_type = "
                                         "'citizen' AND owner_id = ? AND deleted = 0"));
            query.addBindValue(citizenId);
            if (!query.exec())
                return internalError(query.lastError().text());
            while (query.next())
                files.insert(query.value(0).toString());
            return true;
        }();
        if (!shas)
            return shas.error();
    }
    if (const auto done =
            blank(QStringLiteral("attachments"),
                  liveRows("attachments", "owner_type = 'citizen' AND owner_id = ?"), citizen,
                  withCustom({{QStringLiteral("file_name"), QStringLiteral("")}}), true);
        !done)
        return done.error();
    for (const QString &sha : std::as_const(files)) {
        QSqlQuery used(db);
        used.prepare(
            QStringLiteral("SELECT 1 FROM attachments WHERE blob_sha256 = ? AND deleted = 0"));
        used.addBindValue(sha);
        if (!used.exec())
            return internalError(used.lastError().text());
        if (used.next())
            continue;
        QSqlQuery purge(db);
        purge.prepare(QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"));
        purge.addBindValue(sha);
        QSqlQuery emptied(db);
        emptied.prepare(
            QStringLiteral("UPDATE blobs SET received = 0, complete = 0 WHERE sha256 = ?"));
        emptied.addBindValue(sha);
        if (!purge.exec() || !emptied.exec())
            return internalError(purge.lastError().text() + emptied.lastError().text());
        ++report.filesPurged;
    }

    // Kept, anonymized.
    const auto interactions =
        blank(QStringLiteral("interactions"), liveRows("interactions", "citizen_id = ?"), citizen,
              withCustom({{QStringLiteral("notes"), QStringLiteral("")}}), false);
    if (!interactions)
        return interactions.error();
    // A case's description is the citizen's own words; its subject is searched alone after.
    const auto cases = idsOf(db, liveRows("cases", "citizen_id = ?"), citizen);
    if (!cases)
        return cases.error();
    for (qint64 caseId : *cases) {
        QSqlQuery subject(db);
        subject.prepare(QStringLiteral("SELECT subject FROM cases WHERE id = ?"));
        subject.addBindValue(caseId);
        if (!subject.exec() || !subject.next())
            return internalError(subject.lastError().text());
        const QString searchText = normalizeForSearch(subject.value(0).toString());
        if (const auto written =
                writer.update(QStringLiteral("cases"), caseId,
                              {{QStringLiteral("description"), QStringLiteral("")},
                               {QStringLiteral("search_text"),
                                searchText.isNull() ? QStringLiteral("") : searchText}},
                              context);
            !written)
            return fromWrite(written.error());
    }
    report.anonymized[QStringLiteral("cases")] += cases->size();
    const auto answers = blank(
        QStringLiteral("survey_responses"),
        liveRows("survey_responses",
                 "(citizen_id = ? OR case_id IN (SELECT id FROM cases WHERE citizen_id = ?))"),
        {citizenId, citizenId}, withCustom({{QStringLiteral("answers"), QStringLiteral("{}")}}),
        false);
    if (!answers)
        return answers.error();

    // The citizen: blanked and marked; deleted when no kept record names them.
    const QVariantMap citizenBlanks =
        withCustom({{QStringLiteral("national_id"), QVariant()},
                    {QStringLiteral("first_name"), QStringLiteral("")},
                    {QStringLiteral("last_name"), QStringLiteral("")},
                    {QStringLiteral("first_name_latin"), QStringLiteral("")},
                    {QStringLiteral("last_name_latin"), QStringLiteral("")},
                    {QStringLiteral("father_name"), QStringLiteral("")},
                    {QStringLiteral("birth_date"), QVariant()},
                    {QStringLiteral("gender"), QStringLiteral("unspecified")},
                    {QStringLiteral("preferred_channel"), QVariant()},
                    {QStringLiteral("consent_sms"), 0},
                    {QStringLiteral("consent_email"), 0},
                    {QStringLiteral("tags"), QStringLiteral("[]")},
                    {QStringLiteral("notes"), QStringLiteral("")},
                    {QStringLiteral("search_text"), QStringLiteral("")},
                    {QStringLiteral("anonymized_at"), context.nowMs}});
    // Citizens merged into this one (Api::CitizenMerges keeps them for an undo) hold the same
    // person's data: blanked too, and the merges' memory of the values before and after.
    QList<qint64> people{citizenId};
    for (qsizetype next = 0; next < people.size(); ++next) {
        const auto merged =
            idsOf(db, liveRows("citizens", "merged_into_id = ?"), {people.at(next)});
        if (!merged)
            return merged.error();
        for (qint64 id : *merged) {
            if (const auto written =
                    writer.update(QStringLiteral("citizens"), id, citizenBlanks, context);
                !written)
                return fromWrite(written.error());
            ++report.anonymized[QStringLiteral("citizens")];
            people << id;
        }
    }
    for (qint64 person : std::as_const(people)) {
        QSqlQuery forget(db);
        forget.prepare(QStringLiteral(
            "UPDATE citizen_merges SET choices = '{}', survivor_before = '{}', survivor_after "
            "= '{}', merged_before = '{}' WHERE survivor_id = ? OR merged_id = ?"));
        forget.addBindValue(person);
        forget.addBindValue(person);
        if (!forget.exec())
            return internalError(forget.lastError().text());
    }
    const auto updated =
        writer.update(QStringLiteral("citizens"), citizenId, citizenBlanks, context);
    if (!updated)
        return fromWrite(updated.error());
    report.version = updated->version;
    report.citizenRemoved = interactions->isEmpty() && cases->isEmpty() && answers->isEmpty();
    if (report.citizenRemoved) {
        const auto deleted = writer.markDeleted(QStringLiteral("citizens"), citizenId, context);
        if (!deleted)
            return fromWrite(deleted.error());
        report.version = deleted->version;
        report.removed[QStringLiteral("citizens")] = 1;
    } else {
        ++report.anonymized[QStringLiteral("citizens")];
    }

    Records::AuditEntry entry;
    entry.atMs = context.nowMs;
    entry.userId = context.actorUserId;
    entry.action = QStringLiteral("erase_citizen");
    entry.entity = QStringLiteral("citizens");
    entry.rowId = citizenId;
    entry.newValues = report.toJson();
    entry.newValues.insert(QStringLiteral("reason"), reason);
    entry.client = client;
    if (const auto appended = Records::AuditLog::append(db, backend, entry); !appended)
        return internalError(appended.error());
    if (!transaction.commit())
        return internalError(transaction.error());
    return report;
}

} // namespace Shahrvand::Privacy
