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

    const auto last = head(db);
    if (!last)
        return last.error();
    const AuditLine line = AuditLog::line(entry, last->first + 1, last->second);
    if (const auto inserted = insert(db, {line}); !inserted)
        return inserted.error();
    return line.seq;
}

Expected<std::pair<qint64, QString>, QString> AuditLog::head(QSqlDatabase &db)
{
    Storage::PreparedQuery last = Storage::Database::prepared(
        db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last.isPrepared() || !last->exec())
        return last->lastError().text();
    if (last->next())
        return std::pair(last->value(0).toLongLong(), last->value(1).toString());
    return std::pair(qint64(0), genesisHash());
}

AuditLine AuditLog::line(const AuditEntry &entry, qint64 seq, const QString &previousHash)
{
    const QString userId = entry.userId ? QString::number(*entry.userId) : QString();
    const QString rowId = entry.rowId ? QString::number(*entry.rowId) : QString();
    const QString oldValues = compactJson(entry.oldValues);
    const QString newValues = compactJson(entry.newValues);
    AuditLine line;
    line.seq = seq;
    line.atMs = entry.atMs;
    line.userId = entry.userId ? QVariant(*entry.userId) : QVariant(QMetaType(QMetaType::LongLong));
    line.action = entry.action;
    line.entity = entry.entity;
    line.rowId = entry.rowId ? QVariant(*entry.rowId) : QVariant(QMetaType(QMetaType::LongLong));
    line.oldValues =
        oldValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(oldValues);
    line.newValues =
        newValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(newValues);
    line.client = entry.client;
    line.previousHash = previousHash;
    line.hash = rowHash(previousHash, seq, entry.atMs, userId, entry.action, entry.entity, rowId,
                        oldValues, newValues, entry.client);
    return line;
}

Expected<bool, QString> AuditLog::insert(QSqlDatabase &db, const QList<AuditLine> &lines)
{
    // Up to 50 lines a statement (550 values, well within both backends' limits); the
    // statements are kept prepared by their text, so a full one is reused.
    constexpr qsizetype perStatement = 50;
    for (qsizetype from = 0; from < lines.size(); from += perStatement) {
        const qsizetype count = qMin(perStatement, lines.size() - from);
        const QString row = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?)");
        Storage::PreparedQuery query = Storage::Database::prepared(
            db, QStringLiteral("INSERT INTO audit_log (seq, at, user_id, action, entity, row_id, "
                               "old_values, new_values, client, prev_hash, hash) VALUES ") +
                    QStringList(count, row).join(QLatin1Char(',')));
        for (qsizetype i = from; i < from + count; ++i) {
            const AuditLine &line = lines.at(i);
            query->addBindValue(line.seq);
            query->addBindValue(line.atMs);
            query->addBindValue(line.userId);
            query->addBindValue(line.action);
            query->addBindValue(line.entity);
            query->addBindValue(line.rowId);
            query->addBindValue(line.oldValues);
            query->addBindValue(line.newValues);
            query->addBindValue(line.client);
            query->addBindValue(line.previousHash);
            query->addBindValue(line.hash);
        }
        if (!query.isPrepared() || !query->exec())
            return query->lastError().text();
    }
    return true;
}

} // namespace Shahrvand::Records
