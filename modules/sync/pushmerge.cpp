#include "pushmerge.h"

#include "citizenredirect.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Sync {

namespace {

using EntityStore::StoreError;

const QString savepoint = QStringLiteral("shahrvand_mutation");

QJsonObject rejected(const QString &mutationId, const QString &code, const QString &message,
                     const QList<Entities::FieldError> &fields = {})
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fields.isEmpty()) {
        QJsonArray list;
        for (const Entities::FieldError &field : fields)
            list.append(QJsonObject{{QStringLiteral("field"), field.field},
                                    {QStringLiteral("code"), field.code},
                                    {QStringLiteral("message"), field.message()}});
        error.insert(QStringLiteral("fields"), list);
    }
    return {{QStringLiteral("client_mutation_id"), mutationId},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("error"), error}};
}

QJsonObject fromStoreError(const QString &mutationId, const StoreError &error)
{
    switch (error.kind) {
    case StoreError::Kind::NotFound:
        return rejected(mutationId, QStringLiteral("not_found"),
                        QStringLiteral("The record does not exist or is not visible to you."));
    case StoreError::Kind::Forbidden:
        return rejected(mutationId, QStringLiteral("forbidden"),
                        QStringLiteral("Your role may not make this change."));
    case StoreError::Kind::Invalid:
        return rejected(mutationId, QStringLiteral("validation_failed"),
                        QStringLiteral("Some fields are not valid."), error.fieldErrors);
    case StoreError::Kind::Conflict:
        return rejected(mutationId, QStringLiteral("constraint_conflict"),
                        QStringLiteral("A unique value is already taken, or a referenced record "
                                       "does not exist."));
    case StoreError::Kind::Refused: {
        QJsonObject result =
            rejected(mutationId, error.refusalError,
                     QCoreApplication::translate(error.refusalContext, error.refusalText));
        QJsonObject details = error.refusalDetails;
        details.insert(QStringLiteral("reason"), error.refusalCode);
        QJsonObject body = result.value(u"error").toObject();
        body.insert(QStringLiteral("details"), details);
        result.insert(QStringLiteral("error"), body);
        return result;
    }
    case StoreError::Kind::PreconditionFailed:
    case StoreError::Kind::Internal:
        break;
    }
    return {};
}

} // namespace

MutationApplier::MutationApplier(QSqlDatabase &db, Storage::Backend backend,
                                 EntityStore::Store &store, const Access::Principal &actor,
                                 QString client, qint64 nowMs, Records::WriteBatch &batch,
                                 bool isolate)
    : m_db(db)
    , m_backend(backend)
    , m_store(store)
    , m_actor(actor)
    , m_client(std::move(client))
    , m_nowMs(nowMs)
    , m_batch(batch)
    , m_isolate(isolate)
{}

bool MutationApplier::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    return query.exec(sql);
}

Expected<bool, QString> MutationApplier::load(const QJsonArray &mutations)
{
    QStringList ids;
    for (const QJsonValue &mutation : mutations) {
        const QString id = mutation.toObject().value(u"client_mutation_id").toString();
        if (!id.isEmpty())
            ids << id;
    }
    // 100 ids a statement, the last one repeated to fill it: one statement text to keep
    // prepared whatever the size of the push.
    constexpr qsizetype perStatement = 100;
    for (qsizetype from = 0; from < ids.size(); from += perStatement) {
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db, QStringLiteral("SELECT client_mutation_id, user_id, result FROM "
                                 "applied_mutations WHERE client_mutation_id IN (%1)")
                      .arg(QStringList(perStatement, QStringLiteral("?")).join(QLatin1Char(','))));
        for (qsizetype i = from; i < from + perStatement; ++i)
            query->addBindValue(ids.at(qMin(i, ids.size() - 1)));
        if (!query.isPrepared() || !query->exec())
            return query->lastError().text();
        while (query->next())
            m_answers.insert(query->value(0).toString(),
                             {query->value(1).toLongLong(), query->value(2).toByteArray()});
    }

    // The parents the push's new rows go under (a batch of notes on cases), checked in a
    // few statements rather than one for each row.
    QHash<QString, QSet<qint64>> parents;
    for (const QJsonValue &value : mutations) {
        const QJsonObject mutation = value.toObject();
        const Entities::EntityDef *entity =
            Entities::findEntity(mutation.value(u"entity").toString());
        if (!entity || mutation.value(u"op").toString() != u"create")
            continue;
        const QJsonObject fields = mutation.value(u"fields").toObject();
        const QString parent = EntityStore::parentEntityOf(
            *entity, fields.value(entity->scope.parentTypeColumn).toString());
        const QJsonValue id = fields.value(entity->scope.parentColumn);
        if (!parent.isEmpty() && id.isDouble())
            parents[parent].insert(id.toInteger());
    }
    return m_parents.load(m_db, m_actor, parents);
}

Expected<QJsonObject, QString> MutationApplier::apply(const QJsonValue &value, int index)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    const QJsonObject mutation = value.toObject();
    const QString mutationId = mutation.value(u"client_mutation_id").toString();
    if (!value.isObject() || !idPattern.match(mutationId).hasMatch())
        return rejected(QString(), QStringLiteral("invalid_mutation"),
                        QStringLiteral("Mutation %1 has no valid client_mutation_id.").arg(index));

    if (const auto known = m_answers.constFind(mutationId); known != m_answers.cend()) {
        if (known->userId != m_actor.userId.value())
            return rejected(mutationId, QStringLiteral("mutation_id_in_use"),
                            QStringLiteral("This client_mutation_id was used by another user."));
        return QJsonDocument::fromJson(known->result).object();
    }

    if (m_isolate) {
        // On PostgreSQL the last mutation's savepoint is released here, in the same round
        // trip. (SQLite's driver runs one statement at a time; there it was released at once.)
        const QString take = QStringLiteral("SAVEPOINT ") + savepoint;
        if (!exec(m_savepointOpen ? QStringLiteral("RELEASE SAVEPOINT ") + savepoint +
                                        QStringLiteral("; ") + take
                                  : take))
            return m_db.lastError().text();
        m_savepointOpen = true;
    }
    m_batchMark = m_batch.mark();
    return applyNew(mutation, mutationId);
}

Expected<bool, QString> MutationApplier::store()
{
    // 50 answers a statement; each kind of statement is kept prepared by its text.
    constexpr qsizetype perStatement = 50;
    for (qsizetype from = 0; from < m_newAnswers.size(); from += perStatement) {
        const qsizetype count = qMin(perStatement, m_newAnswers.size() - from);
        Storage::PreparedQuery query = Storage::Database::prepared(
            m_db, QStringLiteral("INSERT INTO applied_mutations (client_mutation_id, user_id, "
                                 "applied_at, result) VALUES ") +
                      QStringList(count, QStringLiteral("(?,?,?,?)")).join(QLatin1Char(',')));
        for (qsizetype i = from; i < from + count; ++i) {
            query->addBindValue(m_newAnswers.at(i).first);
            query->addBindValue(m_actor.userId.value());
            query->addBindValue(m_nowMs);
            query->addBindValue(QString::fromUtf8(m_newAnswers.at(i).second));
        }
        if (!query.isPrepared() || !query->exec())
            return query->lastError().text();
    }
    m_newAnswers.clear();
    return true;
}

Expected<std::optional<qint64>, QString> MutationApplier::resolveReference(const QJsonValue &value)
{
    const QString text = value.toString();
    if (!value.isString() || !text.startsWith(QLatin1String("tmp:")))
        return std::optional<qint64>();
    // A mutation of this push, or one stored before whose id it carries.
    if (const auto known = m_answers.constFind(text.mid(4)); known != m_answers.cend()) {
        if (known->userId != m_actor.userId.value())
            return std::optional<qint64>(0);
        const QJsonObject result = QJsonDocument::fromJson(known->result).object();
        return std::optional<qint64>(result.value(u"row").toObject().value(u"id").toInteger());
    }
    Storage::PreparedQuery query = Storage::Database::prepared(
        m_db, QStringLiteral("SELECT result FROM applied_mutations WHERE client_mutation_id = ? "
                             "AND user_id = ?"));
    query->addBindValue(text.mid(4));
    query->addBindValue(m_actor.userId.value());
    if (!query.isPrepared() || !query->exec())
        return query->lastError().text();
    if (!query->next())
        return std::optional<qint64>(0);
    const QJsonObject result = QJsonDocument::fromJson(query->value(0).toByteArray()).object();
    return std::optional<qint64>(result.value(u"row").toObject().value(u"id").toInteger());
}

Expected<QJsonObject, QString> MutationApplier::applyNew(const QJsonObject &mutation,
                                                         const QString &mutationId)
{
    const Entities::EntityDef *entity = Entities::findEntity(mutation.value(u"entity").toString());
    const QString op = mutation.value(u"op").toString();
    if (!entity || !(op == u"create" || op == u"update" || op == u"delete"))
        return finish(mutationId,
                      rejected(mutationId, QStringLiteral("invalid_mutation"),
                               QStringLiteral("Unknown entity or operation.")),
                      false);

    // References to rows created by earlier mutations: "tmp:<client_mutation_id>".
    QJsonObject fields = mutation.value(u"fields").toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto resolved = resolveReference(it.value());
        if (!resolved)
            return resolved.error();
        if (resolved->has_value()) {
            if (**resolved == 0)
                return finish(mutationId,
                              rejected(mutationId, QStringLiteral("unknown_reference"),
                                       QStringLiteral("\"%1\" refers to a mutation that has not "
                                                      "created a record.")
                                           .arg(it.key())),
                              false);
            it.value() = **resolved;
        }
    }
    qint64 id = mutation.value(u"id").toInteger();
    if (const auto resolved = resolveReference(mutation.value(u"id")); !resolved) {
        return resolved.error();
    } else if (resolved->has_value()) {
        id = **resolved;
    }

    // Creating a child row only ever brings rows into view; anything else may take a
    // parent out of it.
    const bool childRow = entity->scope.kind == Entities::ScopeKind::ChildOf ||
                          entity->scope.kind == Entities::ScopeKind::ChildOfAny;
    if (op != u"create" || !childRow)
        m_parents.clear();
    const EntityStore::Store::Write write{m_db, m_actor, *entity, m_client, &m_batch, &m_parents};
    auto outcome =
        [&](const Expected<QJsonObject, StoreError> &row) -> Expected<QJsonObject, QString> {
        if (!row) {
            // A statement the database refused (a unique value taken): on PostgreSQL the
            // transaction cannot go on without a savepoint to return to.
            if (row.error().kind == StoreError::Kind::Conflict && !m_isolate) {
                m_needsIsolation = true;
                return QStringLiteral("mutation %1 was refused by the database").arg(mutationId);
            }
            if (row.error().kind == StoreError::Kind::Internal)
                return row.error().detail.isEmpty() ? QStringLiteral("internal error")
                                                    : row.error().detail;
            return finish(mutationId, fromStoreError(mutationId, row.error()), false);
        }
        return finish(mutationId,
                      {{QStringLiteral("client_mutation_id"), mutationId},
                       {QStringLiteral("status"), QStringLiteral("applied")},
                       {QStringLiteral("row"), *row}},
                      true);
    };

    if (op == u"create") {
        const auto columns = Entities::toColumnValues(*entity, fields, Entities::WriteMode::Create);
        if (!columns) {
            StoreError error;
            error.kind = StoreError::Kind::Invalid;
            error.fieldErrors = columns.error();
            return outcome(error);
        }
        return outcome(m_store.insertRow(write, *columns));
    }

    const auto current = m_store.lockAndRead(write, id);
    if (!current)
        return outcome(current.error());
    const bool baseIsCurrent = !mutation.contains(u"base_version") ||
                               mutation.value(u"base_version").toInteger() ==
                                   current->row.value(QStringLiteral("version")).toLongLong();
    const QJsonObject theirs = Entities::toApiJson(*entity, current->row, m_actor);

    if (op == u"delete") {
        if (!baseIsCurrent)
            return finish(mutationId,
                          {{QStringLiteral("client_mutation_id"), mutationId},
                           {QStringLiteral("status"), QStringLiteral("conflict")},
                           {QStringLiteral("row"), theirs},
                           {QStringLiteral("conflicts"), QJsonArray()}},
                          false);
        return outcome(m_store.deleteRow(write, *current));
    }

    const auto columns = Entities::toColumnValues(*entity, fields, Entities::WriteMode::Update);
    if (!columns) {
        StoreError error;
        error.kind = StoreError::Kind::Invalid;
        error.fieldErrors = columns.error();
        return outcome(error);
    }
    // An edit made offline against a citizen merged since names the survivor, as the
    // server now does: no conflict over the citizen the row was moved to.
    QVariantMap changes = *columns;
    if (const auto redirected = EntityStore::redirectMergedCitizens(m_db, *entity, changes);
        !redirected)
        return redirected.error();
    if (!baseIsCurrent) {
        // Three-way, per field: compare the server's value with the client's base value,
        // both in the API's normalized form.
        const QJsonObject base = mutation.value(u"base").toObject();
        QVariantMap baseColumns = changes;
        if (const auto converted =
                Entities::toColumnValues(*entity, base, Entities::WriteMode::Update))
            baseColumns = *converted;
        QVariantMap mineRow = current->row, baseRow = current->row;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            mineRow.insert(it.key(), it.value());
        for (auto it = baseColumns.cbegin(); it != baseColumns.cend(); ++it)
            baseRow.insert(it.key(), it.value());
        const QJsonObject mine = Entities::toApiJson(*entity, mineRow, m_actor);
        const QJsonObject baseJson = Entities::toApiJson(*entity, baseRow, m_actor);
        QJsonArray conflicts;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const QString &field = it.key();
            const QJsonValue server = theirs.value(field);
            if (server == mine.value(field))
                continue; // both sides agree
            if (base.contains(field) && server == baseJson.value(field))
                continue; // only the client changed it
            conflicts.append(QJsonObject{{QStringLiteral("field"), field},
                                         {QStringLiteral("base"), base.value(field)},
                                         {QStringLiteral("mine"), mine.value(field)},
                                         {QStringLiteral("theirs"), server}});
        }
        if (!conflicts.isEmpty())
            return finish(mutationId,
                          {{QStringLiteral("client_mutation_id"), mutationId},
                           {QStringLiteral("status"), QStringLiteral("conflict")},
                           {QStringLiteral("row"), theirs},
                           {QStringLiteral("conflicts"), conflicts}},
                          false);
    }
    return outcome(m_store.updateRow(write, *current, changes));
}

Expected<QJsonObject, QString> MutationApplier::finish(const QString &mutationId,
                                                       const QJsonObject &result, bool keepWrites)
{
    if (!keepWrites && m_isolate) {
        if (!exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint))
            return m_db.lastError().text();
        m_batch.rollbackTo(m_batchMark);
    } else if (!keepWrites && m_batch.mark() != m_batchMark) {
        // Every change of a row leaves an audit line (the server's own bookkeeping, such
        // as a routing rule's turn, follows one): this mutation wrote, and only a
        // savepoint can undo it alone.
        m_needsIsolation = true;
        return QStringLiteral("mutation %1 was refused after writing").arg(mutationId);
    }
    // Stored with the push (store()); a repeat of the id later in this push gets it too.
    const QByteArray text = QJsonDocument(result).toJson(QJsonDocument::Compact);
    m_answers.insert(mutationId, {m_actor.userId.value(), text});
    m_newAnswers.append({mutationId, text});
    if (m_isolate && m_backend != Storage::Backend::PostgreSQL) {
        if (!exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint))
            return m_db.lastError().text();
        m_savepointOpen = false;
    }
    return result;
}

} // namespace Shahrvand::Sync
