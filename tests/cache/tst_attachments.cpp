// Files attached on the workstation: kept sealed in the cache file until the server has
// them, the attachments row written in the same transaction, held back from the push
// until its file is sent, following its case's id when the case was created here, and
// turned into a refusal when the server will not take the file.
#include "cacheversions.h"
#include "localcache.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

Access::Principal agent()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("agent.rahimi");
    user.displayName = QStringLiteral("زهرا رحیمی");
    user.roles = {Access::Role::Agent};
    user.units = {OrgUnitId(3)};
    return user;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A scanned letter as plain text, longer than two pieces, every line a marker.
QByteArray letter(const QByteArray &marker, qint64 size)
{
    QByteArray bytes;
    while (bytes.size() < size)
        bytes += marker + ' ' + QByteArray::number(bytes.size()) + '\n';
    bytes.truncate(size);
    return bytes;
}

int rowsIn(LocalCache &cache, const QString &table)
{
    QSqlQuery query(cache.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    CacheKey m_key = CacheKey::generate();

    std::unique_ptr<LocalCache> openFresh(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1/cache.cache").arg(++m_count));
        auto cache = LocalCache::open(path, m_key);
        if (!cache)
            qFatal("cannot open cache: %s", qPrintable(cache.error().detail));
        auto owned = std::move(cache).value();
        if (!owned->setUser(agent()))
            qFatal("cannot set user");
        if (pathOut)
            *pathOut = path;
        return owned;
    }

    static qint64 offlineCase(LocalCache &cache)
    {
        const auto id = cache.create(u"cases"_qs, {{u"service_id"_qs, 4},
                                                   {u"channel"_qs, u"walk_in"_qs},
                                                   {u"subject"_qs, u"چراغ خیابان خاموش"_qs}});
        return id ? *id : 0;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void fileIsSealedAndQueuedWithItsRowInOneTransaction()
    {
        QString path;
        auto cache = openFresh(&path);
        const qint64 caseId = offlineCase(*cache);
        QVERIFY(caseId < 0);
        const QByteArray marker = "LAMP-POST-LETTER-7731";
        const QByteArray bytes = letter(marker, 2 * LocalCache::filePieceBytes + 4321);
        const QString filePath = m_dir.filePath(u"نامه.txt"_qs);
        {
            QFile file(filePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }

        const auto id = cache->attachFile(u"cases"_qs, caseId, filePath);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
        QVERIFY(*id < 0);
        const QJsonObject row = **cache->row(u"attachments"_qs, *id);
        QCOMPARE(row.value(u"owner_type").toString(), u"case"_qs);
        QCOMPARE(row.value(u"owner_id").toInteger(), caseId);
        QCOMPARE(row.value(u"blob_sha256").toString(), sha256Of(bytes));
        QCOMPARE(row.value(u"file_name").toString(), u"نامه.txt"_qs);
        QCOMPARE(row.value(u"content_type").toString(), u"text/plain"_qs);
        QCOMPARE(cache->childRows(u"attachments"_qs, u"cases"_qs, caseId, 10)->size(), 1);
        QCOMPARE(cache->pendingCount(), 2);

        const auto files = *cache->filesToSend();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].sha256, sha256Of(bytes));
        QCOMPARE(files[0].size, bytes.size());
        QCOMPARE(files[0].confirmed, 0);
        QCOMPARE(*cache->fileBytes(sha256Of(bytes)), bytes);
        // Pieces for the upload, also from where another upload stopped inside a piece.
        QCOMPARE(*cache->filePiece(files[0].sha256, 0), bytes.left(LocalCache::filePieceBytes));
        QCOMPARE(*cache->filePiece(files[0].sha256, LocalCache::filePieceBytes + 10),
                 bytes.mid(LocalCache::filePieceBytes + 10, LocalCache::filePieceBytes - 10));
        QCOMPARE(*cache->filePiece(files[0].sha256, 2 * LocalCache::filePieceBytes),
                 bytes.mid(2 * LocalCache::filePieceBytes));

        // The same photo attached twice is kept once.
        const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(600, '\x07');
        const auto first = cache->attachBytes(u"cases"_qs, caseId, png, u"lamp.png"_qs);
        const auto second = cache->attachBytes(u"cases"_qs, caseId, png, u"lamp-again.png"_qs);
        QVERIFY(first && second);
        QCOMPARE((**cache->row(u"attachments"_qs, *first)).value(u"content_type").toString(),
                 u"image/png"_qs);
        QCOMPARE(rowsIn(*cache, u"pending_files"_qs), 2);

        // Nothing of the letter is in the clear, in the file or its WAL.
        int filesRead = 0;
        for (const QString &suffix : {QString(), u"-wal"_qs}) {
            const QByteArray stored = readAll(path + suffix);
            if (stored.isEmpty())
                continue;
            ++filesRead;
            QVERIFY2(!stored.contains(marker), qPrintable(path + suffix));
        }
        QVERIFY(filesRead >= 1);

        // A sealed piece moved to another place does not open.
        QSqlQuery move(cache->database());
        move.prepare(u"UPDATE pending_file_pieces SET data = (SELECT data FROM "
                     "pending_file_pieces WHERE sha256 = ? AND piece = 1) WHERE sha256 = ? "
                     "AND piece = 0"_qs);
        move.addBindValue(sha256Of(bytes));
        move.addBindValue(sha256Of(bytes));
        QVERIFY(move.exec());
        QCOMPARE(move.numRowsAffected(), 1);
        QCOMPARE(cache->fileBytes(sha256Of(bytes)).error().kind, CacheError::Kind::Storage);
        QVERIFY(!cache->filePiece(sha256Of(bytes), 0));
    }

    void aVersion2CacheGetsItsFileTables()
    {
        QString path;
        qint64 caseId = 0;
        {
            auto cache = openFresh(&path);
            caseId = offlineCase(*cache);
            QSqlQuery query(cache->database());
            for (const QString &table : {u"pending_file_pieces"_qs, u"pending_files"_qs})
                QVERIFY(query.exec(u"DROP TABLE "_qs + table));
            QVERIFY(Testing::dropKnowledgeIndex(cache->database()));
            QVERIFY(query.exec(u"PRAGMA user_version = 2"_qs));
        }
        auto opened = LocalCache::open(path, m_key);
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        QCOMPARE(cache->pendingCount(), 1); // the edit made before the upgrade is kept
        QVERIFY(cache->attachBytes(u"cases"_qs, caseId, "after the upgrade", u"a.txt"_qs));
        QCOMPARE(cache->filesToSend()->size(), 1);
    }

    void filesTheServerWouldRefuseAreRefusedHereAndNothingIsWritten()
    {
        auto cache = openFresh();
        const qint64 caseId = offlineCase(*cache);
        const int pending = cache->pendingCount();
        QCOMPARE(cache->attachBytes(u"cases"_qs, caseId, {}, u"empty.txt"_qs).error().kind,
                 CacheError::Kind::EmptyFile);
        QCOMPARE(
            cache
                ->attachBytes(u"cases"_qs, caseId, QByteArray("MZ\x90\x00\x03", 5), u"setup.exe"_qs)
                .error()
                .kind,
            CacheError::Kind::FileType);
        const auto tooLarge =
            cache->attachBytes(u"cases"_qs, caseId,
                               QByteArray(LocalCache::maxAttachmentBytes + 1, 'a'), u"big.txt"_qs);
        QCOMPARE(tooLarge.error().kind, CacheError::Kind::FileTooLarge);
        QVERIFY(tooLarge.error().message().contains(u"20"_qs));
        QCOMPARE(
            cache->attachFile(u"cases"_qs, caseId, m_dir.filePath(u"missing.pdf"_qs)).error().kind,
            CacheError::Kind::Unreadable);
        QCOMPARE(cache->attachBytes(u"cases"_qs, 999, "hello", u"a.txt"_qs).error().kind,
                 CacheError::Kind::NotFound);
        // The row is refused after the file was stored: the transaction takes both back.
        const auto badName =
            cache->attachBytes(u"cases"_qs, caseId, "hello", QString(300, QLatin1Char('x')));
        QCOMPARE(badName.error().kind, CacheError::Kind::Invalid);
        QCOMPARE(cache->pendingCount(), pending);
        QCOMPARE(rowsIn(*cache, u"pending_files"_qs), 0);
        QCOMPARE(rowsIn(*cache, u"pending_file_pieces"_qs), 0);
        QCOMPARE(*cache->count(u"attachments"_qs), 0);
    }

    // The file goes before its row; the row names the case the server made of the one
    // created here; the local copy goes once the row is pushed.
    void attachmentFollowsItsCaseCreatedHere()
    {
        auto cache = openFresh();
        const qint64 caseId = offlineCase(*cache);
        const QByteArray pdf = "%PDF-1.4\n% a scanned letter\n";
        const auto id = cache->attachBytes(u"cases"_qs, caseId, pdf, u"letter.pdf"_qs);
        QVERIFY(id);
        const QString sha256 = sha256Of(pdf);

        // The file is not on the server: the attachment (and what follows) waits.
        auto mutations = *cache->pendingMutations(100);
        QCOMPARE(mutations.size(), 1);
        const QString caseMutation =
            mutations[0].toObject().value(u"client_mutation_id").toString();
        QVERIFY(cache->setFileReceived(sha256, pdf.size(), true));
        QVERIFY(cache->filesToSend()->isEmpty());
        mutations = *cache->pendingMutations(100);
        QCOMPARE(mutations.size(), 2);
        QCOMPARE(mutations[1].toObject().value(u"fields").toObject().value(u"owner_id").toString(),
                 u"tmp:"_qs + caseMutation);

        // Only the case's answer came back: the attachment now names the server's id.
        QJsonObject serverCase{{u"id"_qs, 501},
                               {u"version"_qs, 40},
                               {u"deleted"_qs, false},
                               {u"service_id"_qs, 4},
                               {u"channel"_qs, u"walk_in"_qs},
                               {u"status"_qs, u"new"_qs},
                               {u"subject"_qs, u"چراغ خیابان خاموش"_qs}};
        QVERIFY(cache->applyPushResults(mutations,
                                        {QJsonObject{{u"client_mutation_id"_qs, caseMutation},
                                                     {u"status"_qs, u"applied"_qs},
                                                     {u"row"_qs, serverCase}}}));
        QCOMPARE((**cache->row(u"attachments"_qs, *id)).value(u"owner_id").toInteger(), 501);
        QCOMPARE(cache->childRows(u"attachments"_qs, u"cases"_qs, 501, 10)->size(), 1);
        QVERIFY(cache->childRows(u"attachments"_qs, u"cases"_qs, caseId, 10)->isEmpty());
        mutations = *cache->pendingMutations(100);
        QCOMPARE(mutations.size(), 1);
        QCOMPARE(mutations[0].toObject().value(u"fields").toObject().value(u"owner_id").toInteger(),
                 501);

        // Kept while its row waits, dropped once the row is the server's.
        QCOMPARE(*cache->releaseSentFiles(), 0);
        QCOMPARE(*cache->fileBytes(sha256), pdf);
        QJsonObject serverAttachment{{u"id"_qs, 900},
                                     {u"version"_qs, 41},
                                     {u"deleted"_qs, false},
                                     {u"owner_type"_qs, u"case"_qs},
                                     {u"owner_id"_qs, 501},
                                     {u"blob_sha256"_qs, sha256},
                                     {u"file_name"_qs, u"letter.pdf"_qs},
                                     {u"content_type"_qs, u"application/pdf"_qs},
                                     {u"size"_qs, pdf.size()}};
        QCOMPARE(
            cache
                ->applyPushResults(
                    mutations, {QJsonObject{{u"client_mutation_id"_qs,
                                             mutations[0].toObject().value(u"client_mutation_id")},
                                            {u"status"_qs, u"applied"_qs},
                                            {u"row"_qs, serverAttachment}}})
                ->applied,
            1);
        QCOMPARE(cache->pendingCount(), 0);
        QCOMPARE(*cache->releaseSentFiles(), 1);
        QCOMPARE(cache->fileBytes(sha256).error().kind, CacheError::Kind::NotFound);
        QCOMPARE(rowsIn(*cache, u"pending_file_pieces"_qs), 0);
    }

    void fileTheServerRefusesBecomesARefusal()
    {
        auto cache = openFresh();
        const qint64 caseId = offlineCase(*cache);
        const auto id = cache->attachBytes(u"cases"_qs, caseId, "plain words", u"note.txt"_qs);
        QVERIFY(id);
        QVERIFY(cache->remove(u"attachments"_qs, *id)); // a later edit goes with it
        QVERIFY(cache->attachBytes(u"cases"_qs, caseId, "other words", u"other.txt"_qs));
        const int before = cache->pendingCount();

        const auto refused = cache->refuseFile(sha256Of("plain words"), u"content_mismatch"_qs,
                                               u"محتوای فایل پذیرفته نشد."_qs);
        QVERIFY(refused);
        QCOMPARE(*refused, 1);
        QCOMPARE(cache->pendingCount(), before - 2);
        const auto conflicts = *cache->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].kind, Conflict::Kind::Rejected);
        QCOMPARE(conflicts[0].entity, u"attachments"_qs);
        QCOMPARE(conflicts[0].errorCode, u"content_mismatch"_qs);
        QCOMPARE(conflicts[0].errorMessage, u"محتوای فایل پذیرفته نشد."_qs);
        QCOMPARE(conflicts[0].mine.value(u"file_name").toString(), u"note.txt"_qs);
        QVERIFY(!(*cache->row(u"attachments"_qs, *id)).has_value());
        // The other file still goes.
        QCOMPARE(cache->filesToSend()->size(), 1);
        QCOMPARE(cache->filesToSend()->first().sha256, sha256Of("other words"));
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
