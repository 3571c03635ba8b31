#include "entitystore.h"

#include "auditlog.h"
#include "citizenredirect.h"
#include "jsontext.h"
#include "phonenumber.h"
#include "rowjson.h"
#include "rowwriter.h"
#include "scopesql.h"
#include "scopetracker.h"
#include "storefailures_p.h"
#include "textnormalizer.h"
#include "trackingcode.h"
#include "writerules.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::EntityStore {

namespace {

using Entities::EntityDef;
using Entities::FieldDef;
using Storage::Transaction;

QVariantMap rowAsMap(const EntityDef &entity, const QSqlQuery &query)
{
    QVariantMap row;
    const QStringList columns = Entities::storedColumns(entity);
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), query.value(i));
    return row;
}

// The system (SLA timer, seeding) writes without a user.
std::optional<qint64> actorId(const Access::Principal &actor)
{
    return actor.userId.isValid() ? std::optional<qint64>(actor.userId.value()) : std::nullopt;
}

QString searchTextOf(const EntityDef &entity, const QVariantMap &values)
{
    QStringList parts;
    for (const FieldDef &def : entity.fields) {
        if (def.searchable && !values.value(def.name).isNull())
            parts << values.value(def.name).toString();
    }
    // Never NULL: the column is NOT NULL, and "nothing to search" is an empty string.
    const QString text = normalizeForSearch(parts.join(QLatin1Char(' ')));
    return text.isNull() ? QStringLiteral("") : text;
}

// A fresh code that no row has yet. Two writers drawing the same random code at the same
// moment (one chance in 10^11) would meet the column's unique constraint: a 409, not a
// duplicate.
Expected<QString, StoreError> unusedCode(QSqlDatabase &db, const QString &table,
                                         const QString &column, const QString &prefix)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        // Stored compact, like every tracking code; screens group it for reading aloud.
        const QString code = prefix + TrackingCode::generate(*QRandomGenerator::system()).compact();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, column));
        query.addBindValue(code);
        if (!query.exec())
            return internal(query.lastError().text());
        if (!query.next())
            return code;
    }
    return internal(QStringLiteral("no unused code after 8 attempts"));
}

} // namespace

Store::Store(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QString Store::selectList(const EntityDef &entity)
{
    static const QHash<const EntityDef *, QString> registered = [] {
        QHash<const EntityDef *, QString> lists;
        for (const EntityDef &def : Entities::allEntities())
            lists.insert(&def, QStringLiteral("t.") +
                                   Entities::storedColumns(def).join(QStringLiteral(",t.")));
        return lists;
    }();
    if (const auto it = registered.constFind(&entity); it != registered.cend())
        return *it;
    return QStringLiteral("t.") + Entities::storedColumns(entity).join(QStringLiteral(",t."));
}

QString Store::selectList(const EntityDef &entity, const QBitArray &shown)
{
    if (shown.isEmpty())
        return selectList(entity);
    const QStringList &columns = Entities::storedColumns(entity);
    QStringList list;
    list.reserve(columns.size());
    for (qsizetype column = 0; column < columns.size(); ++column)
        list << (shown.testBit(column) || columns.at(column) == u"id"
                     ? QStringLiteral("t.") + columns.at(column)
                     : QStringLiteral("NULL"));
    return list.join(QLatin1Char(','));
}

Expected<QVariantMap, StoreError> Store::readVisibleRow(const Access::Principal &viewer,
                                                        const EntityDef &entity, qint64 id)
{
    Storage::PreparedQuery query =
        m_database->prepared(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ? AND (%3)")
                                 .arg(selectList(entity), entity.name,
                                      visibilityCondition(entity, QStringLiteral("t"), viewer)));
    query->addBindValue(id);
    if (!query.isPrepared() || !query->exec())
        return internal(query->lastError().text());
    if (!query->next())
        return ofKind(StoreError::Kind::NotFound);
    return rowAsMap(entity, *query);
}

Expected<bool, StoreError> Store::auditNationalIdReads(const Access::Principal &viewer,
                                                       const EntityDef &entity,
                                                       const QList<qint64> &rowIds)
{
    // Every read of a national ID in clear is recorded: who, when, which citizens.
    if (rowIds.isEmpty() || !viewer.mayReadNationalIds())
        return true;
    bool hasNationalId = false;
    for (const FieldDef &def : entity.fields)
        hasNationalId = hasNationalId || def.nationalId;
    if (!hasNationalId)
        return true;

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    Records::AuditEntry entry;
    entry.atMs = m_clock.now().toMSecsSinceEpoch();
    entry.userId = viewer.userId.value();
    entry.action = QStringLiteral("read_national_id");
    entry.entity = entity.name;
    if (rowIds.size() == 1) {
        entry.rowId = rowIds.first();
    } else {
        QJsonArray ids;
        for (qint64 id : rowIds)
            ids.append(id);
        entry.newValues.insert(QStringLiteral("ids"), ids);
    }
    const auto appended = Records::AuditLog::append(db, m_database->backend(), entry);
    if (!appended)
        return internal(appended.error());
    if (!transaction.commit())
        return internal(transaction.error());
    return true;
}

Expected<QJsonObject, StoreError> Store::get(const Access::Principal &viewer,
                                             const EntityDef &entity, qint64 id)
{
    const auto row = getJson(viewer, entity, id);
    if (!row)
        return row.error();
    return QJsonDocument::fromJson(row->json).object();
}

Expected<RowJson, StoreError> Store::getJson(const Access::Principal &viewer,
                                             const EntityDef &entity, qint64 id)
{
    const int versionColumn = Entities::storedColumnIndex(entity, u"version");
    const int deletedColumn = Entities::storedColumnIndex(entity, u"deleted");
    const int nationalIdColumn = Entities::storedColumnIndex(entity, u"national_id");
    RowJson row;
    bool showsNationalId = false;
    {
        Storage::PreparedQuery query = m_database->prepared(
            QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ? AND (%3)")
                .arg(selectList(entity), entity.name,
                     visibilityCondition(entity, QStringLiteral("t"), viewer)));
        query->addBindValue(id);
        if (!query.isPrepared() || !query->exec())
            return internal(query->lastError().text());
        bool found = false;
        const QString failure = forEachRow(*query, [&](const Entities::StoredRow &stored) {
            // A deleted row is gone for readers; sync clients learn of it from its tombstone.
            found = stored.toInteger(deletedColumn) == 0;
            if (found) {
                showsNationalId = nationalIdColumn >= 0 && !stored.isNull(nationalIdColumn);
                row.version = stored.toInteger(versionColumn);
                Entities::appendApiJson(row.json, entity, stored, viewer);
            }
            return false;
        });
        if (!failure.isEmpty())
            return internal(failure);
        if (!found)
            return ofKind(StoreError::Kind::NotFound);
    } // the statement is reset here, before the audit's write transaction
    if (showsNationalId) {
        const auto audited = auditNationalIdReads(viewer, entity, {id});
        if (!audited)
            return audited.error();
    }
    return row;
}

Expected<Page, StoreError> Store::list(const Access::Principal &viewer, const EntityDef &entity,
                                       const ListQuery &query)
{
    const auto text = listJson(viewer, entity, query);
    if (!text)
        return text.error();
    return Page{QJsonDocument::fromJson(text->items).array(), text->nextAfterId};
}

Expected<PageJson, StoreError> Store::listJson(const Access::Principal &viewer,
                                               const EntityDef &entity, const ListQuery &query)
{
    // The conditions besides the viewer's scope, which is added below.
    QStringList conditions{QStringLiteral("t.id > ?")};
    QVariantList values{query.afterId};
    if (!query.includeDeleted)
        conditions << QStringLiteral("t.deleted = 0");

    // Filters are checked against the registry and converted like any input, so a
    // filter value has the column's type (and national IDs and phones their stored form).
    QJsonObject filterInput;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        const FieldDef *def = entity.field(it.key());
        if (!def) {
            StoreError error = ofKind(StoreError::Kind::Invalid);
            error.fieldErrors << Entities::FieldError{
                it.key(),
                QStringLiteral("unknown_field"),
                QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                  "There is no field \"%1\" here."),
                {it.key()}};
            return error;
        }
        // A masked field is no filter either: "national_id=..." would tell a viewer who may
        // not read national IDs whether a guess is right.
        if ((def->nationalId && !viewer.mayReadNationalIds()) ||
            (def->phone && !viewer.mayReadPhones()))
            return ofKind(StoreError::Kind::Forbidden,
                          QStringLiteral("filter on masked field ") + it.key());
        bool isNumber = false;
        const qint64 number = it.value().toLongLong(&isNumber);
        switch (def->type) {
        case Entities::FieldType::Reference:
        case Entities::FieldType::Integer:
        case Entities::FieldType::Timestamp:
        case Entities::FieldType::Money:
            filterInput.insert(it.key(), isNumber ? QJsonValue(number) : QJsonValue(it.value()));
            break;
        case Entities::FieldType::Boolean:
            filterInput.insert(it.key(), it.value() == QLatin1String("true") ? QJsonValue(true)
                                         : it.value() == QLatin1String("false")
                                             ? QJsonValue(false)
                                             : QJsonValue(it.value()));
            break;
        default:
            filterInput.insert(it.key(), it.value());
        }
    }
    const auto filters = Entities::toColumnValues(entity, filterInput, Entities::WriteMode::Filter);
    if (!filters) {
        StoreError error = ofKind(StoreError::Kind::Invalid);
        error.fieldErrors = filters.error();
        return error;
    }
    for (auto it = filters->cbegin(); it != filters->cend(); ++it) {
        if (it.value().isNull()) {
            conditions << QStringLiteral("t.%1 IS NULL").arg(it.key());
        } else {
            conditions << QStringLiteral("t.%1 = ?").arg(it.key());
            values << it.value();
        }
    }

    const QString search = normalizeForSearch(query.search);
    if (!search.isEmpty()) {
        if (!entity.hasSearchText) {
            StoreError error = ofKind(StoreError::Kind::Invalid);
            error.fieldErrors << Entities::FieldError{
                QStringLiteral("q"),
                QStringLiteral("not_searchable"),
                QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                  "These records cannot be searched by text."),
                {}};
            return error;
        }
        // Every word must appear; LIKE's own wildcards in the words are escaped.
        for (QString word : search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            conditions << QStringLiteral("t.search_text LIKE ? ESCAPE '\\'");
            values << QLatin1Char('%') + word + QLatin1Char('%');
        }
    }

    const int limit = qBound(1, query.limit, 500);
    const int idColumn = Entities::storedColumnIndex(entity, u"id");
    const int nationalIdColumn = Entities::storedColumnIndex(entity, u"national_id");
    PageJson page;
    QList<qint64> withNationalId;
    {
        const QString visible = QLatin1Char('(') +
                                visibilityCondition(entity, QStringLiteral("t"), viewer) +
                                QLatin1Char(')');
        const QString where = conditions.join(QStringLiteral(" AND "));
        // A queue of one status across the viewer's units: walking the status index in id
        // order passes every row of that status the viewer does not see (a supervisor
        // whose departments hold 41 of 20,000 new cases read all 20,000 for each page).
        // Each unit's (and the owner's) rows of that status are read along their own
        // (unit or owner, status, id) index instead, at most a page each, and merged.
        const QStringList branches = filters->value(QStringLiteral("status")).isNull() ||
                                             filters->contains(entity.scope.unitColumn) ||
                                             filters->contains(entity.scope.ownerColumn)
                                         ? QStringList()
                                         : visibilityBranches(entity, QStringLiteral("t"), viewer);
        QString from = where + QStringLiteral(" AND ") + visible;
        QVariantList bound = values;
        if (!branches.isEmpty()) {
            QStringList reads;
            bound.clear();
            for (qsizetype i = 0; i < branches.size(); ++i) {
                reads << QStringLiteral("SELECT id FROM (SELECT t.id FROM %1 t WHERE %2 AND %3 "
                                        "ORDER BY t.id LIMIT %4) b%5")
                             .arg(entity.name, branches.at(i), where)
                             .arg(limit + 1)
                             .arg(i);
                bound << values;
            }
            // The scope is checked again on the page's rows: what a branch offers is in it.
            from = QStringLiteral("t.id IN (SELECT id FROM (%1) u ORDER BY id LIMIT %2) AND %3")
                       .arg(reads.join(QStringLiteral(" UNION ")))
                       .arg(limit + 1)
                       .arg(visible);
        }
        Storage::PreparedQuery sql = m_database->prepared(
            QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY t.id LIMIT %4")
                .arg(selectList(entity, query.columns), entity.name, from)
                .arg(limit + 1));
        for (const QVariant &value : std::as_const(bound))
            sql->addBindValue(value);
        if (!sql.isPrepared() || !sql->exec())
            return internal(sql->lastError().text());

        page.items.append('[');
        int count = 0;
        qint64 lastId = 0;
        const QString failure = forEachRow(*sql, [&](const Entities::StoredRow &row) {
            if (count == limit) {
                page.nextAfterId = lastId;
                return false;
            }
            lastId = row.toInteger(idColumn);
            // A national ID left out of the answer (fields=) is not read.
            if (nationalIdColumn >= 0 &&
                (query.columns.isEmpty() || query.columns.testBit(nationalIdColumn)) &&
                !row.isNull(nationalIdColumn))
                withNationalId << lastId;
            if (count++ > 0)
                page.items.append(',');
            Entities::appendApiJson(page.items, entity, row, viewer, query.columns);
            if (count == 1) // room for the page, judged by its first row
                page.items.reserve(page.items.size() * (limit + 1) * 5 / 4);
            return true;
        });
        if (!failure.isEmpty())
            return internal(failure);
        page.items.append(']');
    } // the statement is reset here, before the audit's write transaction
    const auto audited = auditNationalIdReads(viewer, entity, withNationalId);
    if (!audited)
        return audited.error();
    return page;
}

Expected<bool, StoreError> Store::fillServerFields(QSqlDatabase &db, const Access::Principal &actor,
                                                   const EntityDef &entity, QVariantMap &columns,
                                                   const QVariantMap &current)
{
    const bool creating = current.isEmpty();
    if (creating && !entity.creatorColumn.isEmpty())
        columns.insert(entity.creatorColumn, actor.userId.value());
    // A case's tracking code is the case rules' (CaseRules::chooseTrackingCode).
    if (creating && entity.name == QLatin1String("missions")) {
        const auto code =
            unusedCode(db, entity.name, QStringLiteral("order_number"), QStringLiteral("M-"));
        if (!code)
            return code.error();
        columns.insert(QStringLiteral("order_number"), *code);
    }
    // An attachment names a file the server holds whole: its size comes from the file,
    // and a file not (yet) complete is refused, so no row points at missing bytes.
    if (entity.name == QLatin1String("attachments") &&
        columns.contains(QStringLiteral("blob_sha256"))) {
        QSqlQuery blob(db);
        blob.prepare(QStringLiteral("SELECT size, complete FROM blobs WHERE sha256 = ?"));
        blob.addBindValue(columns.value(QStringLiteral("blob_sha256")).toString());
        if (!blob.exec())
            return internal(blob.lastError().text());
        if (!blob.next() || blob.value(1).toInt() == 0) {
            StoreError error = ofKind(StoreError::Kind::Invalid);
            error.fieldErrors.append(
                {QStringLiteral("blob_sha256"),
                 QStringLiteral("file_not_uploaded"),
                 QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                   "The file \"%1\" names has not been uploaded completely."),
                 {QStringLiteral("blob_sha256")}});
            return error;
        }
        columns.insert(QStringLiteral("size"), blob.value(0).toLongLong());
    }
    if (entity.name == QLatin1String("citizen_phones") &&
        columns.contains(QStringLiteral("e164"))) {
        const auto phone = PhoneNumber::parse(columns.value(QStringLiteral("e164")).toString());
        if (phone)
            columns.insert(QStringLiteral("kind"), phone->isMobile() ? QStringLiteral("mobile")
                                                                     : QStringLiteral("landline"));
    }
    // An article's search text is the article rules' (KnowledgeRules::articleSearchText).
    if (entity.hasSearchText && entity.name != QLatin1String("knowledge_articles")) {
        bool touched = creating;
        QVariantMap merged = current;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            merged.insert(it.key(), it.value());
            const FieldDef *def = entity.field(it.key());
            touched = touched || (def && def->searchable);
        }
        if (touched)
            columns.insert(QStringLiteral("search_text"), searchTextOf(entity, merged));
    }
    return true;
}

Expected<QJsonObject, StoreError> Store::create(const Access::Principal &actor,
                                                const EntityDef &entity, const QJsonObject &input,
                                                const QString &client)
{
    if (entity.serverCreatesRows || !entity.isWritableBy(actor.roles))
        return ofKind(StoreError::Kind::Forbidden);
    const auto columns = Entities::toColumnValues(entity, input, Entities::WriteMode::Create);
    if (!columns) {
        StoreError error = ofKind(StoreError::Kind::Invalid);
        error.fieldErrors = columns.error();
        return error;
    }
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    const auto row = insertRow({db, actor, entity, client}, *columns);
    if (!row)
        return row.error();
    if (!transaction.commit())
        return internal(transaction.error());
    return *row;
}

Expected<QJsonObject, StoreError>
Store::update(const Access::Principal &actor, const EntityDef &entity, qint64 id,
              const QJsonObject &input, std::optional<qint64> ifMatchVersion, const QString &client)
{
    const auto columns = Entities::toColumnValues(entity, input, Entities::WriteMode::Update);
    if (!columns) {
        StoreError error = ofKind(StoreError::Kind::Invalid);
        error.fieldErrors = columns.error();
        return error;
    }
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    const Write write{db, actor, entity, client};
    const auto current = lockAndRead(write, id, ifMatchVersion);
    if (!current)
        return current.error();
    const auto row = updateRow(write, *current, *columns);
    if (!row)
        return row.error();
    if (!transaction.commit())
        return internal(transaction.error());
    return *row;
}

Expected<QJsonObject, StoreError> Store::remove(const Access::Principal &actor,
                                                const EntityDef &entity, qint64 id,
                                                std::optional<qint64> ifMatchVersion,
                                                const QString &client)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    const Write write{db, actor, entity, client};
    const auto current = lockAndRead(write, id, ifMatchVersion);
    if (!current)
        return current.error();
    const auto row = deleteRow(write, *current);
    if (!row)
        return row.error();
    if (!transaction.commit())
        return internal(transaction.error());
    return *row;
}

Expected<Store::LockedRow, StoreError> Store::lockAndRead(const Write &write, qint64 id,
                                                          std::optional<qint64> ifMatchVersion)
{
    // The version first: it takes the write lock, so the row read next stays current
    // until the transaction ends; the change then uses this same version.
    Records::RowWriter writer(write.db, m_database->backend(), write.batch);
    const auto lock = writer.nextVersion();
    if (!lock)
        return fromWriteError(lock.error());
    const auto current = readVisibleRow(write.actor, write.entity, id);
    if (!current)
        return current.error();
    if (current->value(QStringLiteral("deleted")).toInt() != 0)
        return ofKind(StoreError::Kind::NotFound);
    if (!write.entity.isWritableBy(write.actor.roles))
        return ofKind(StoreError::Kind::Forbidden);
    const qint64 version = current->value(QStringLiteral("version")).toLongLong();
    if (ifMatchVersion && version != *ifMatchVersion) {
        StoreError error = ofKind(StoreError::Kind::PreconditionFailed);
        error.currentVersion = version;
        return error;
    }
    return LockedRow{*current, *lock};
}

Expected<QJsonObject, StoreError> Store::insertRow(const Write &write, const QVariantMap &columns)
{
    if (write.entity.serverCreatesRows || !write.entity.isWritableBy(write.actor.roles))
        return ofKind(StoreError::Kind::Forbidden);
    QVariantMap values = columns;
    if (const auto redirected = redirectMergedCitizens(write.db, write.entity, values); !redirected)
        return internal(redirected.error());
    const QDateTime now = m_clock.now();
    Records::RowWriter writer(write.db, m_database->backend(), write.batch);
    Records::WriteContext context{actorId(write.actor), write.client, now.toMSecsSinceEpoch()};
    WriteRules rules(write.db, m_database->backend(), write.batch, write.actor, now, write.entity);
    if (rules.readsUnderLock()) {
        // The version first: it takes the write lock, so what the rules read (is the
        // proposed tracking code free, the round-robin cursor, the claim's status) stays
        // true until commit.
        const auto version = writer.nextVersion();
        if (!version)
            return fromWriteError(version.error());
        context.version = *version;
    }
    if (const auto prepared = rules.beforeInsert(values); !prepared)
        return prepared.error();
    const auto filled = fillServerFields(write.db, write.actor, write.entity, values, {});
    if (!filled)
        return filled.error();
    if (const auto parent =
            requireVisibleParent(write.db, write.actor, write.entity, values, write.knownParents);
        !parent)
        return parent.error();
    // The stored row comes back from the insert itself.
    const QStringList stored = Entities::storedColumns(write.entity);
    const auto written = writer.insert(write.entity.name, values, context, stored);
    if (!written)
        return fromWriteError(written.error());
    QVariantMap row;
    for (qsizetype i = 0; i < stored.size(); ++i)
        row.insert(stored.at(i), written->returned.at(i));
    if (const auto followed = rules.afterInsert(written->id, row, context); !followed)
        return followed.error();
    if (const auto tracked = ScopeTracker(write.db).record(write.entity, {}, row, written->version);
        !tracked)
        return internal(tracked.error());
    return Entities::toApiJson(write.entity, row, write.actor);
}

Expected<QJsonObject, StoreError> Store::updateRow(const Write &write, const LockedRow &locked,
                                                   const QVariantMap &columns)
{
    const QVariantMap &current = locked.row;
    QVariantMap values = columns;
    if (const auto redirected = redirectMergedCitizens(write.db, write.entity, values); !redirected)
        return internal(redirected.error());
    const QDateTime now = m_clock.now();
    WriteRules rules(write.db, m_database->backend(), write.batch, write.actor, now, write.entity);
    if (const auto prepared = rules.beforeUpdate(current, values); !prepared)
        return prepared.error();
    const auto filled = fillServerFields(write.db, write.actor, write.entity, values, current);
    if (!filled)
        return filled.error();
    if (changesParent(write.entity, values)) {
        QVariantMap moved = current;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            moved.insert(it.key(), it.value());
        if (const auto parent = requireVisibleParent(write.db, write.actor, write.entity, moved);
            !parent)
            return parent.error();
    }
    Records::RowWriter writer(write.db, m_database->backend(), write.batch);
    const Records::WriteContext context{actorId(write.actor), write.client, now.toMSecsSinceEpoch(),
                                        locked.version};
    const qint64 id = current.value(QStringLiteral("id")).toLongLong();
    const auto written = writer.update(write.entity.name, id, values, context);
    if (!written)
        return fromWriteError(written.error());
    QVariantMap row = current;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        row.insert(it.key(), it.value());
    row.insert(QStringLiteral("version"), written->version);
    row.insert(QStringLiteral("updated_at"), context.nowMs);
    if (const auto followed = rules.afterUpdate(id, current, row, context); !followed)
        return followed.error();
    if (const auto tracked =
            ScopeTracker(write.db).record(write.entity, current, row, written->version);
        !tracked)
        return internal(tracked.error());
    return Entities::toApiJson(write.entity, row, write.actor);
}

Expected<QJsonObject, StoreError> Store::deleteRow(const Write &write, const LockedRow &locked)
{
    if (write.entity.serverCreatesRows)
        return ofKind(StoreError::Kind::Forbidden);
    const QVariantMap &current = locked.row;
    const QDateTime now = m_clock.now();
    WriteRules rules(write.db, m_database->backend(), write.batch, write.actor, now, write.entity);
    if (const auto prepared = rules.beforeDelete(current); !prepared)
        return prepared.error();
    Records::RowWriter writer(write.db, m_database->backend(), write.batch);
    const Records::WriteContext context{actorId(write.actor), write.client, now.toMSecsSinceEpoch(),
                                        locked.version};
    const qint64 id = current.value(QStringLiteral("id")).toLongLong();
    const auto written = writer.markDeleted(write.entity.name, id, context);
    if (!written)
        return fromWriteError(written.error());
    QVariantMap row = current;
    row.insert(QStringLiteral("deleted"), 1);
    row.insert(QStringLiteral("version"), written->version);
    row.insert(QStringLiteral("updated_at"), context.nowMs);
    if (const auto followed = rules.afterDelete(id, current, context); !followed)
        return followed.error();
    if (const auto tracked =
            ScopeTracker(write.db).record(write.entity, current, {}, written->version);
        !tracked)
        return internal(tracked.error());
    return Entities::toApiJson(write.entity, row, write.actor);
}

} // namespace Shahrvand::EntityStore
