#pragma once

#include "clock.h"
#include "database.h"
#include "expected.h"
#include "principal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace Shahrvand::Blobs {

struct BlobStatus
{
    QString sha256;
    qint64 size = 0;
    QString contentType;
    qint64 received = 0; // bytes stored so far: where a resumed upload continues
    bool complete = false;
};

struct BlobError
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Blobs::BlobError)

public:
    enum class Kind {
        Invalid,      // 400: bad hash, size or type
        TooLarge,     // 413
        WrongOffset,  // 409: a chunk that does not continue the upload
        HashMismatch, // 422: the bytes do not have the announced SHA-256
        NotFound,     // 404: unknown, incomplete, or not visible to the user
        Internal,     // 500
    };
    Kind kind = Kind::Internal;
    QString code;    // stable, for the API
    QString message; // translated with the application's translator
};

// Files stored once by content: the SHA-256 of the bytes is their name, so a receipt
// photographed twice is stored once (and the duplicate can be noticed). An upload is
// announced with its hash, size and type, then sent in chunks at increasing offsets; a
// dropped connection resumes at status().received. When the last byte arrives the hash
// is checked; a mismatch discards the upload.
class BlobStore final
{
public:
    static constexpr qint64 defaultMaxSize = 25 * 1024 * 1024;
    static constexpr qint64 maxChunkSize = 4 * 1024 * 1024;

    BlobStore(std::shared_ptr<Storage::Database> database, const Clock &clock,
              qint64 maxSize = defaultMaxSize);

    Expected<BlobStatus, BlobError> begin(const Access::Principal &user, const QString &sha256,
                                          qint64 size, const QString &contentType);
    Expected<BlobStatus, BlobError> status(const Access::Principal &user, const QString &sha256);
    Expected<BlobStatus, BlobError> appendChunk(const Access::Principal &user,
                                                const QString &sha256, qint64 offset,
                                                const QByteArray &bytes);

    // Streams a complete blob to `sink` chunk by chunk (memory stays bounded) if the user
    // may see it: they uploaded it, or can see an attachment or expense line that uses it.
    Expected<BlobStatus, BlobError> read(const Access::Principal &user, const QString &sha256,
                                         const std::function<bool(const QByteArray &)> &sink);

private:
    Expected<BlobStatus, BlobError> load(QSqlDatabase &db, const QString &sha256);
    // The blob's stored pieces in order, until `visit` returns false; an error text on
    // failure.
    QString forEachChunk(QSqlDatabase &db, const QString &sha256,
                         const std::function<bool(const QByteArray &)> &visit);
    bool mayRead(QSqlDatabase &db, const Access::Principal &user, const QString &sha256,
                 qint64 uploader);

    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    qint64 m_maxSize;
};

} // namespace Shahrvand::Blobs
