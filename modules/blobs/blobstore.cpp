#include "blobstore.h"

#include "contenttype.h"
#include "entitydef.h"
#include "scopesql.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcBlobs, "shahrvand.blobs")

namespace Shahrvand::Blobs {

namespace {

BlobError error(BlobError::Kind kind, const char *code, QString message)
{
    return {kind, QString::fromLatin1(code), std::move(message)};
}

BlobError internal(const QString &detail)
{
    qCWarning(lcBlobs) << detail;
    return error(BlobError::Kind::Internal, "internal_error",
                 BlobError::tr("The file could not be stored."));
}

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

BlobStore::BlobStore(std::shared_ptr<Storage::Database> database, const Clock &clock,
                     qint64 maxSize)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_maxSize(maxSize)
{}

Expected<BlobStatus, BlobError> BlobStore::load(QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT size, content_type, received, complete, created_by FROM blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec())
        return internal(query.lastError().text());
    if (!query.next())
        return error(BlobError::Kind::NotFound, "not_found",
                     BlobError::tr("There is no such file."));
    return BlobStatus{sha256, query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toLongLong(), query.value(3).toInt() != 0};
}

Expected<BlobStatus, BlobError> BlobStore::begin(const Access::Principal &user,
                                                 const QString &sha256, qint64 size,
                                                 const QString &contentType)
{
    if (!isSha256(sha256))
        return error(BlobError::Kind::Invalid, "invalid_hash",
                     BlobError::tr("A file is named by its SHA-256: 64 lower-case hexadecimal "
                                   "characters."));
    if (size <= 0)
        return error(BlobError::Kind::Invalid, "empty_file", BlobError::tr("The file is empty."));
    if (size > m_maxSize)
        return error(
            BlobError::Kind::TooLarge, "file_too_large",
            BlobError::tr("The file is larger than %1 MB.").arg(m_maxSize / (1024 * 1024)));
    if (!acceptedContentTypes().contains(contentType))
        return error(BlobError::Kind::Invalid, "unsupported_type",
                     BlobError::tr("Only photos (JPEG, PNG, WebP), PDF documents and plain text "
                                   "can be attached."));

    QSqlDatabase db = m_database->connection();
    Storage::Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    auto existing = load(db, sha256);
    if (existing)
        return existing; // stored already, or an upload in progress to resume
    if (existing.error().kind != BlobError::Kind::NotFound)
        return existing.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO blobs (sha256, size, content_type, received, "
                                 "complete, created_at, created_by) VALUES (?, ?, ?, 0, 0, ?, ?)"));
    query.addBindValue(sha256);
    query.addBindValue(size);
    query.addBindValue(contentType);
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(user.userId.value());
    if (!query.exec())
        return internal(query.lastError().text());
    if (!transaction.commit())
        return internal(transaction.error());
    return BlobStatus{sha256, size, contentType, 0, false};
}

Expected<BlobStatus, BlobError> BlobStore::status(const Access::Principal &user,
                                                  const QString &sha256)
{
    Q_UNUSED(user)
    if (!isSha256(sha256))
        return error(BlobError::Kind::NotFound, "not_found",
                     BlobError::tr("There is no such file."));
    QSqlDatabase db = m_database->connection();
    return load(db, sha256);
}

Expected<BlobStatus, BlobError> BlobStore::appendChunk(const Access::Principal &user,
                                                       const QString &sha256, qint64 offset,
                                                       const QByteArray &bytes)
{
    Q_UNUSED(user)
    if (bytes.isEmpty() || bytes.size() > maxChunkSize)
        return error(BlobError::Kind::TooLarge, "chunk_too_large",
                     BlobError::tr("Send the file in pieces of at most %1 MB.")
                         .arg(maxChunkSize / (1024 * 1024)));
    QSqlDatabase db = m_database->connection();
    Storage::Transaction transaction(db, m_database->backend());
    if (!transaction.isActive())
        return internal(transaction.error());
    const auto loaded = load(db, sha256);
    if (!loaded)
        return loaded.error();
    BlobStatus blob = *loaded;
    if (blob.complete)
        return blob;
    if (offset != blob.received)
        return error(BlobError::Kind::WrongOffset, "wrong_offset",
                     BlobError::tr("The upload continues at byte %1.").arg(blob.received));
    if (offset + bytes.size() > blob.size)
        return error(BlobError::Kind::Invalid, "beyond_size",
                     BlobError::tr("The file is longer than announced."));
    if (offset == 0 && !contentMatches(blob.contentType, bytes.left(512)))
        return error(BlobError::Kind::Invalid, "content_mismatch",
                     BlobError::tr("The file's content is not a %1 file.").arg(blob.contentType));

    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO blob_chunks (sha256, byte_offset, data) VALUES (?, ?, ?)"));
    query.addBindValue(sha256);
    query.addBindValue(offset);
    query.addBindValue(bytes);
    if (!query.exec())
        return internal(query.lastError().text());
    blob.received += bytes.size();

    if (blob.received == blob.size) {
        // The last piece: the bytes must have the hash they were announced with.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QString failure = forEachChunk(db, sha256, [&hash](const QByteArray &chunk) {
            hash.addData(chunk);
            return true;
        });
        if (!failure.isEmpty())
            return internal(failure);
        if (QString::fromLatin1(hash.result().toHex()) != sha256) {
            query.prepare(QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"));
            query.addBindValue(sha256);
            QSqlQuery reset(db);
            reset.prepare(QStringLiteral("UPDATE blobs SET received = 0 WHERE sha256 = ?"));
            reset.addBindValue(sha256);
            if (!query.exec() || !reset.exec() || !transaction.commit())
                return internal(db.lastError().text());
            return error(BlobError::Kind::HashMismatch, "hash_mismatch",
                         BlobError::tr("The file arrived damaged (its SHA-256 differs); send it "
                                       "again."));
        }
        blob.complete = true;
    }
    query.prepare(QStringLiteral("UPDATE blobs SET received = ?, complete = ? WHERE sha256 = ?"));
    query.addBindValue(blob.received);
    query.addBindValue(blob.complete ? 1 : 0);
    query.addBindValue(sha256);
    if (!query.exec())
        return internal(query.lastError().text());
    if (!transaction.commit())
        return internal(transaction.error());
    return blob;
}

QString BlobStore::forEachChunk(QSqlDatabase &db, const QString &sha256,
                                const std::function<bool(const QByteArray &)> &visit)
{
    QSqlQuery chunks(db);
    chunks.setForwardOnly(true);
    chunks.prepare(
        QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY byte_offset"));
    chunks.addBindValue(sha256);
    if (!chunks.exec())
        return chunks.lastError().text();
    while (chunks.next() && visit(chunks.value(0).toByteArray())) {
    }
    return {};
}

bool BlobStore::mayRead(QSqlDatabase &db, const Access::Principal &user, const QString &sha256,
                        qint64 uploader)
{
    if (uploader == user.userId.value())
        return true;
    const auto *attachments = Entities::findEntity(u"attachments");
    const auto *lines = Entities::findEntity(u"expense_lines");
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM attachments t WHERE t.blob_sha256 = ?"
                       " AND t.deleted = 0 AND (%1)) OR EXISTS (SELECT 1 FROM expense_lines t"
                       " WHERE t.receipt_sha256 = ? AND t.deleted = 0 AND (%2))")
            .arg(EntityStore::visibilityCondition(*attachments, QStringLiteral("t"), user),
                 EntityStore::visibilityCondition(*lines, QStringLiteral("t"), user)));
    query.addBindValue(sha256);
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

Expected<BlobStatus, BlobError> BlobStore::read(const Access::Principal &user,
                                                const QString &sha256,
                                                const std::function<bool(const QByteArray &)> &sink)
{
    const BlobError notFound =
        error(BlobError::Kind::NotFound, "not_found", BlobError::tr("There is no such file."));
    if (!isSha256(sha256))
        return notFound;
    QSqlDatabase db = m_database->connection();
    Storage::Transaction snapshot(db, m_database->backend(), Storage::Transaction::Mode::Read);
    auto blob = load(db, sha256);
    if (!blob)
        return blob.error();
    QSqlQuery owner(db);
    owner.prepare(QStringLiteral("SELECT created_by FROM blobs WHERE sha256 = ?"));
    owner.addBindValue(sha256);
    if (!owner.exec() || !owner.next())
        return notFound;
    const qint64 uploader = owner.value(0).toLongLong();
    owner.finish();
    if (!blob->complete || !mayRead(db, user, sha256, uploader))
        return notFound;

    if (const QString failure = forEachChunk(db, sha256, sink); !failure.isEmpty())
        return internal(failure);
    snapshot.commit();
    return *blob;
}

} // namespace Shahrvand::Blobs
