// Files attached here: kept sealed in the cache until the server has them (see
// migrations/0003_cache.sql), and the attachments rows that name them.
#include "filecontent.h"
#include "localcache_p.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace Shahrvand::Cache {

namespace {

const QString attachmentsEntity = QStringLiteral("attachments");

QByteArray pieceAddress(const QString &sha256, qint64 piece)
{
    return "file:" + sha256.toLatin1() + ':' + QByteArray::number(piece);
}

CacheError fileError(CacheError::Kind kind, const QString &detail = {})
{
    return {kind, detail, {}};
}

// The outbox entries that create attachments rows: few, and their payloads are sealed.
std::optional<QList<PendingEntry>> attachmentCreates(const QSqlDatabase &db, CacheWriter &writer)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT seq, mutation_id, row_id, base_version, payload FROM "
                                 "outbox WHERE entity = ? AND op = 'create' ORDER BY seq"));
    query.addBindValue(attachmentsEntity);
    if (!query.exec()) {
        writer.error = query.lastError().text();
        return std::nullopt;
    }
    QList<PendingEntry> entries;
    while (query.next()) {
        PendingEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.mutationId = query.value(1).toString();
        entry.entity = attachmentsEntity;
        entry.op = QStringLiteral("create");
        entry.rowId = query.value(2).toLongLong();
        entry.baseVersion = query.value(3).toLongLong();
        if (!writer.openPayload(entry, query.value(4).toByteArray()))
            return std::nullopt;
        entries.append(entry);
    }
    return entries;
}

bool dropFile(CacheWriter &writer, const QSqlDatabase &db, const QString &sha256)
{
    for (const char *table : {"pending_file_pieces", "pending_files"}) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE sha256 = ?").arg(QLatin1String(table)));
        query.addBindValue(sha256);
        if (!writer.exec(query))
            return false;
    }
    return true;
}

} // namespace

QSet<QString> filesNotOnServer(const QSqlDatabase &db)
{
    QSet<QString> hashes;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT sha256 FROM pending_files WHERE complete = 0"))) {
        while (query.next())
            hashes.insert(query.value(0).toString());
    }
    return hashes;
}

QString attachedFile(const PendingEntry &entry)
{
    if (entry.entity != attachmentsEntity)
        return {};
    return entry.fields.value(u"blob_sha256").toString();
}

Expected<QString, CacheError> LocalCache::checkAttachable(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(CacheError::Kind::Unreadable, file.errorString());
    if (file.size() == 0)
        return fileError(CacheError::Kind::EmptyFile);
    if (file.size() > maxAttachmentBytes)
        return fileError(CacheError::Kind::FileTooLarge);
    const QString type = FileContent::sniffType(file.read(512));
    if (type.isEmpty())
        return fileError(CacheError::Kind::FileType);
    return type;
}

namespace {

// A file's bytes, read whole after its size was checked.
Expected<QByteArray, CacheError> readAttachable(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(CacheError::Kind::Unreadable, file.errorString());
    // Checked before reading: a video picked by mistake is not read into memory.
    if (file.size() > LocalCache::maxAttachmentBytes)
        return fileError(CacheError::Kind::FileTooLarge);
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fileError(CacheError::Kind::Unreadable, file.errorString());
    return bytes;
}

} // namespace

Expected<qint64, CacheError> LocalCache::attachFile(const QString &ownerEntity, qint64 ownerId,
                                                    const QString &filePath,
                                                    const QString &fileName)
{
    const auto bytes = readAttachable(filePath);
    if (!bytes)
        return bytes.error();
    return attachBytes(ownerEntity, ownerId, *bytes,
                       fileName.isEmpty() ? QFileInfo(filePath).fileName() : fileName);
}

Expected<qint64, CacheError> LocalCache::attachBytes(const QString &ownerEntity, qint64 ownerId,
                                                     const QByteArray &bytes,
                                                     const QString &fileName)
{
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    const auto id = storeAttachment(writer, ownerEntity, ownerId, bytes, fileName);
    if (!id)
        return id;
    if (!transaction.commit())
        return storageError(transaction.error());
    return id;
}

Expected<qint64, CacheError> LocalCache::EditBatch::attachFile(const QString &ownerEntity,
                                                               qint64 ownerId,
                                                               const QString &filePath,
                                                               const QString &fileName)
{
    const auto bytes = readAttachable(filePath);
    if (!bytes)
        return bytes.error();
    return m_cache.storeAttachment(m_writer, ownerEntity, ownerId, *bytes,
                                   fileName.isEmpty() ? QFileInfo(filePath).fileName() : fileName);
}

// Inside a write transaction: the checks, the bytes sealed in pieces (once per file),
// the attachments row with its outbox entry.
Expected<qint64, CacheError> LocalCache::storeAttachment(CacheWriter &writer,
                                                         const QString &ownerEntity, qint64 ownerId,
                                                         const QByteArray &bytes,
                                                         const QString &fileName)
{
    if (bytes.isEmpty())
        return fileError(CacheError::Kind::EmptyFile);
    if (bytes.size() > maxAttachmentBytes)
        return fileError(CacheError::Kind::FileTooLarge);
    const QString contentType = FileContent::sniffType(bytes.left(512));
    if (contentType.isEmpty())
        return fileError(CacheError::Kind::FileType);

    const EntityDef *attachments = entityOrNull(attachmentsEntity);
    if (const auto refused = mayWrite(attachments, attachmentsEntity, user(), true))
        return *refused;
    const QString ownerType = attachments->scope.parentTypes.key(ownerEntity);
    if (ownerType.isEmpty())
        return unknownEntity(ownerEntity);
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    const auto owner = writer.read(ownerEntity, ownerId);
    if (!owner)
        return storageError(writer.error);
    if (!*owner || (*owner)->local == 2)
        return CacheError{CacheError::Kind::NotFound, ownerEntity, {}};

    // The same file attached twice (to two cases, say) is kept and sent once.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO pending_files (sha256, size, content_type, "
                                 "created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO "
                                 "NOTHING"));
    query.addBindValue(sha256);
    query.addBindValue(bytes.size());
    query.addBindValue(contentType);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return storageError(query);
    if (query.numRowsAffected() > 0) {
        QSqlQuery piece(m_db);
        piece.prepare(QStringLiteral(
            "INSERT INTO pending_file_pieces (sha256, piece, data) VALUES (?, ?, ?)"));
        for (qint64 offset = 0, index = 0; offset < bytes.size();
             offset += filePieceBytes, ++index) {
            piece.bindValue(0, sha256);
            piece.bindValue(1, index);
            piece.bindValue(2, d->cipher.seal(QByteArrayView(bytes).sliced(
                                                  offset, std::min<qint64>(filePieceBytes,
                                                                           bytes.size() - offset)),
                                              pieceAddress(sha256, index)));
            if (!piece.exec())
                return storageError(piece);
        }
    }

    const QJsonObject fields{{QStringLiteral("owner_type"), ownerType},
                             {QStringLiteral("owner_id"), ownerId},
                             {QStringLiteral("blob_sha256"), sha256},
                             {QStringLiteral("file_name"), fileName},
                             {QStringLiteral("content_type"), contentType}};
    return queueCreate(writer, *attachments, fields);
}

Expected<QByteArray, CacheError> LocalCache::fileBytes(const QString &sha256) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT f.size, p.piece, p.data FROM pending_files f JOIN "
                                 "pending_file_pieces p ON p.sha256 = f.sha256 WHERE f.sha256 = "
                                 "? ORDER BY p.piece"));
    query.addBindValue(sha256);
    if (!query.exec())
        return storageError(query);
    QByteArray bytes;
    qint64 size = -1;
    while (query.next()) {
        size = query.value(0).toLongLong();
        const auto piece = d->cipher.open(query.value(2).toByteArray(),
                                          pieceAddress(sha256, query.value(1).toLongLong()));
        if (!piece)
            return storageError(QStringLiteral("file %1 does not open").arg(sha256));
        bytes += *piece;
    }
    if (size < 0)
        return CacheError{CacheError::Kind::NotFound, sha256, {}};
    if (bytes.size() != size ||
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return storageError(QStringLiteral("file %1 is damaged").arg(sha256));
    return bytes;
}

Expected<QList<PendingFile>, CacheError> LocalCache::filesToSend() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT sha256, size, content_type, confirmed FROM "
                                   "pending_files WHERE complete = 0 ORDER BY created_at, "
                                   "sha256")))
        return storageError(query);
    QList<PendingFile> files;
    while (query.next())
        files.append({query.value(0).toString(), query.value(1).toLongLong(),
                      query.value(2).toString(), query.value(3).toLongLong(), false});
    return files;
}

Expected<QByteArray, CacheError> LocalCache::filePiece(const QString &sha256, qint64 offset) const
{
    const qint64 index = offset / filePieceBytes;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT data FROM pending_file_pieces WHERE sha256 = ? AND piece = ?"));
    query.addBindValue(sha256);
    query.addBindValue(index);
    if (!query.exec())
        return storageError(query);
    if (!query.next())
        return CacheError{CacheError::Kind::NotFound, sha256, {}};
    const auto piece = d->cipher.open(query.value(0).toByteArray(), pieceAddress(sha256, index));
    if (!piece)
        return storageError(QStringLiteral("file %1 does not open").arg(sha256));
    // The server may hold a part of a piece (another client's upload of the same file, in
    // pieces of another size): the rest of this piece continues it.
    return piece->mid(offset - index * filePieceBytes);
}

Expected<bool, CacheError> LocalCache::setFileReceived(const QString &sha256, qint64 received,
                                                       bool complete)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE pending_files SET confirmed = ?, complete = ? WHERE sha256 = ?"));
    query.addBindValue(received);
    query.addBindValue(complete ? 1 : 0);
    query.addBindValue(sha256);
    if (!query.exec())
        return storageError(query);
    return true;
}

Expected<int, CacheError> LocalCache::refuseFile(const QString &sha256, const QString &code,
                                                 const QString &message)
{
    const EntityDef *attachments = entityOrNull(attachmentsEntity);
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    const auto creates = attachmentCreates(m_db, writer);
    if (!creates)
        return storageError(writer.error);
    const QJsonObject answer{
        {QStringLiteral("status"), QStringLiteral("rejected")},
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
    int refused = 0;
    for (const PendingEntry &create : *creates) {
        if (attachedFile(create) != sha256)
            continue;
        // The row cannot exist on the server without its file: its later edits go with it.
        const auto entries = writer.pending(attachmentsEntity, create.rowId);
        if (!entries)
            return storageError(writer.error);
        for (const PendingEntry &entry : *entries) {
            if (!writer.dequeue(entry.mutationId))
                return storageError(writer.error);
        }
        if (!storeConflict(writer, create, QStringLiteral("rejected"), answer) ||
            !writer.recompute(*attachments, create.rowId))
            return storageError(writer.error);
        ++refused;
    }
    if (!dropFile(writer, m_db, sha256))
        return storageError(writer.error);
    if (!transaction.commit())
        return storageError(transaction.error());
    return refused;
}

Expected<int, CacheError> LocalCache::releaseSentFiles()
{
    SHAHRVAND_CACHE_TRANSACTION(transaction)
    CacheWriter writer(m_db, d->cipher, d->user);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT sha256 FROM pending_files WHERE complete = 1")))
        return storageError(query);
    QStringList sent;
    while (query.next())
        sent.append(query.value(0).toString());
    query.finish();
    if (sent.isEmpty())
        return 0;
    // Kept while a queued row names it: the workstation shows it from here until then.
    const auto creates = attachmentCreates(m_db, writer);
    if (!creates)
        return storageError(writer.error);
    QSet<QString> named;
    for (const PendingEntry &create : *creates)
        named.insert(attachedFile(create));
    int dropped = 0;
    for (const QString &sha256 : std::as_const(sent)) {
        if (named.contains(sha256))
            continue;
        if (!dropFile(writer, m_db, sha256))
            return storageError(writer.error);
        ++dropped;
    }
    if (!transaction.commit())
        return storageError(transaction.error());
    return dropped;
}

} // namespace Shahrvand::Cache
