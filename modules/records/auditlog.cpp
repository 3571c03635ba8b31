#include "auditlog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Records {

namespace {

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::rowHash(const QString &previousHash, qint64 seq, qint64 atMs,
                          const QString &userId, const QString &action, const QString &entity,
                          const QString &rowId, const QString &oldValues, const QString &newValues,
                          const QString &client)
{
    // Fields are separated by a unit separator, which JSON text never contains raw, so
    // no two different rows can produce the same input.
    const QChar separator(u'\x1f');
    const QString canonical = previousHash + separator + QString::number(seq) + separator +
                              QString::number(atMs) + separator + userId + separator + action +
                              separator + entity + separator + rowId + separator + oldValues +
                              separator + newValues + separator + client;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Expected<qint64, QString> AuditLog::append(QSqlDatabase &db, Storage::Backend backend,
                                           const AuditEntry &entry)
{
    // Appends are serialized by the change sequence's row lock, the one RowWriter takes
    // before every write. A lock of its own would deadlock: a transaction that appends
    // first (a read of a national ID) and then writes a row would hold it and wait for
    // the sequence, while a writer holding the sequence waits for it. SQLite's write
    // transaction already excludes every other writer.
    if (backend == Storage::Backend::PostgreSQL) {
        Storage::PreparedQuery lock = Storage::Database::prepared(
            db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1 FOR UPDATE"));
        if (!lock.isPrepared() || !lock->exec())
            return lock->lastError().text();
    }

    qint64 seq = 1;
    QString previous = genesisHash();
    {
        Storage::PreparedQuery last = Storage::Database::prepared(
            db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!last.isPrepared() || !last->exec())
            return last->lastError().text();
        if (last->next()) {
            seq = last->value(0).toLongLong() + 1;
            previous = last->value(1).toString();
        }
    }

    const QString userId = entry.userId ? QString::number(*entry.userId) : QString();
    const QString rowId = entry.rowId ? QString::number(*entry.rowId) : QString();
    const QString oldValues = compactJson(entry.oldValues);
    const QString newValues = compactJson(entry.newValues);
    const QString hash = rowHash(previous, seq, entry.atMs, userId, entry.action, entry.entity,
                                 rowId, oldValues, newValues, entry.client);

    Storage::PreparedQuery query = Storage::Database::prepared(
        db, QStringLiteral("INSERT INTO audit_log (seq, at, user_id, action, entity, row_id, "
                           "old_values, new_values, client, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query->addBindValue(seq);
    query->addBindValue(entry.atMs);
    query->addBindValue(entry.userId ? QVariant(*entry.userId)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    query->addBindValue(entry.action);
    query->addBindValue(entry.entity);
    query->addBindValue(entry.rowId ? QVariant(*entry.rowId)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    query->addBindValue(oldValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(oldValues));
    query->addBindValue(newValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(newValues));
    query->addBindValue(entry.client);
    query->addBindValue(previous);
    query->addBindValue(hash);
    if (!query.isPrepared() || !query->exec())
        return query->lastError().text();
    return seq;
}

} // namespace Shahrvand::Records
