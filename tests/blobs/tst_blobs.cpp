// Content-addressed files on a real database: uploads in pieces that resume, checked
// content and hashes, and reads only by those who may see a record that uses the file.
#include "blobstore.h"
#include "contenttype.h"
#include "manualclock.h"
#include "testworld.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Blobs;

namespace {

QByteArray pdfOfSize(int size)
{
    QByteArray bytes("%PDF-1.7\n");
    QRandomGenerator random(42);
    while (bytes.size() < size)
        bytes.append(char(random.bounded(256)));
    return bytes.left(size);
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestBlobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void contentIsSniffed_data();
    void contentIsSniffed();
    void uploadInChunksAndResume();
    void badUploadsAreRefused();
    void damagedUploadIsDiscarded();
    void readsFollowTheRecordsThatUseTheFile();

private:
    QByteArray readAll(const Access::Principal &user, const QString &hash, bool *found);

    std::unique_ptr<Testing::TestWorld> w;
    Testing::ManualClock m_clock;
    std::unique_ptr<BlobStore> m_blobs;
};

void TestBlobs::init()
{
    w = std::make_unique<Testing::TestWorld>();
    QVERIFY(w->isValid());
    m_blobs = std::make_unique<BlobStore>(w->database(), m_clock, 1024 * 1024);
}

void TestBlobs::cleanup()
{
    m_blobs.reset();
    w.reset();
}

QByteArray TestBlobs::readAll(const Access::Principal &user, const QString &hash, bool *found)
{
    QByteArray bytes;
    const auto status = m_blobs->read(user, hash, [&bytes](const QByteArray &chunk) {
        bytes += chunk;
        return true;
    });
    *found = status.hasValue();
    return bytes;
}

void TestBlobs::contentIsSniffed_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("type");
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0 JFIF") << "image/jpeg";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n....") << "image/png";
    QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << "image/webp";
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n") << "application/pdf";
    QTest::newRow("persian text") << QString::fromUtf8("رسید تاکسی ۱۲۰٬۰۰۰ ریال\n").toUtf8()
                                  << "text/plain";
    // A Persian letter cut in half at the end of the head is still text.
    QTest::newRow("text cut mid-letter")
        << QString::fromUtf8("رسید").toUtf8().chopped(1) << "text/plain";
    QTest::newRow("windows program") << QByteArray("MZ\x90\0\x03\0\0\0", 8) << "";
    QTest::newRow("elf") << QByteArray("\x7F"
                                       "ELF\x02\x01")
                         << "";
    QTest::newRow("invalid utf-8") << QByteArray("abc\xFF\xFE") << "";
}

void TestBlobs::contentIsSniffed()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, type);
    QCOMPARE(sniffContentType(head), type);
    if (!type.isEmpty())
        QVERIFY(contentMatches(type, head));
    QVERIFY(!contentMatches(QStringLiteral("application/x-msdownload"), head));
}

void TestBlobs::uploadInChunksAndResume()
{
    const QByteArray file = pdfOfSize(300000);
    const QString hash = sha(file);
    const auto begun =
        m_blobs->begin(w->agentA, hash, file.size(), QStringLiteral("application/pdf"));
    QVERIFY(begun.hasValue());
    QCOMPARE(begun->received, 0);
    QVERIFY(m_blobs->appendChunk(w->agentA, hash, 0, file.left(100000)).hasValue());

    // The connection drops; the client asks where to continue.
    const auto resumed =
        m_blobs->begin(w->agentA, hash, file.size(), QStringLiteral("application/pdf"));
    QCOMPARE(resumed->received, 100000);
    const auto wrong = m_blobs->appendChunk(w->agentA, hash, 0, file.left(100000));
    QCOMPARE(wrong.error().kind, BlobError::Kind::WrongOffset);
    QVERIFY(wrong.error().message.contains(QStringLiteral("100000")));
    QVERIFY(m_blobs->appendChunk(w->agentA, hash, 100000, file.mid(100000, 150000)).hasValue());
    const auto done = m_blobs->appendChunk(w->agentA, hash, 250000, file.mid(250000));
    QVERIFY(done.hasValue());
    QVERIFY(done->complete);

    bool found = false;
    QCOMPARE(readAll(w->agentA, hash, &found), file);
    QVERIFY(found);
    // Announcing the same file again finds it stored: nothing is sent twice.
    QVERIFY(
        m_blobs->begin(w->agentB, hash, file.size(), QStringLiteral("application/pdf"))->complete);
}

void TestBlobs::badUploadsAreRefused()
{
    const QByteArray file = pdfOfSize(2000);
    const QString hash = sha(file);
    QCOMPARE(
        m_blobs->begin(w->agentA, QStringLiteral("not-a-hash"), 10, QStringLiteral("text/plain"))
            .error()
            .kind,
        BlobError::Kind::Invalid);
    QCOMPARE(
        m_blobs->begin(w->agentA, hash.toUpper(), 10, QStringLiteral("text/plain")).error().kind,
        BlobError::Kind::Invalid);
    QCOMPARE(m_blobs->begin(w->agentA, hash, 2 * 1024 * 1024, QStringLiteral("application/pdf"))
                 .error()
                 .kind,
             BlobError::Kind::TooLarge);
    QCOMPARE(m_blobs->begin(w->agentA, hash, 0, QStringLiteral("application/pdf")).error().kind,
             BlobError::Kind::Invalid);
    QCOMPARE(
        m_blobs->begin(w->agentA, hash, file.size(), QStringLiteral("application/x-msdownload"))
            .error()
            .kind,
        BlobError::Kind::Invalid);
    // Declared a photo, sent a PDF.
    QVERIFY(m_blobs->begin(w->agentA, hash, file.size(), QStringLiteral("image/png")).hasValue());
    const auto mismatch = m_blobs->appendChunk(w->agentA, hash, 0, file);
    QCOMPARE(mismatch.error().code, QStringLiteral("content_mismatch"));
    QCOMPARE(m_blobs->status(w->agentA, hash)->received, 0);
    QCOMPARE(m_blobs->appendChunk(w->agentA, hash, 0, QByteArray()).error().kind,
             BlobError::Kind::TooLarge);
}

void TestBlobs::damagedUploadIsDiscarded()
{
    const QByteArray file = pdfOfSize(5000);
    const QString hash = sha(file);
    QVERIFY(
        m_blobs->begin(w->agentA, hash, file.size(), QStringLiteral("application/pdf")).hasValue());
    QByteArray damaged = file;
    damaged[4000] = char(damaged[4000] ^ 0x20);
    const auto result = m_blobs->appendChunk(w->agentA, hash, 0, damaged);
    QCOMPARE(result.error().kind, BlobError::Kind::HashMismatch);
    const auto status = m_blobs->status(w->agentA, hash);
    QCOMPARE(status->received, 0);
    QVERIFY(!status->complete);
    bool found = true;
    readAll(w->agentA, hash, &found);
    QVERIFY(!found);
    // Sent again intact, it is accepted.
    QVERIFY(m_blobs->appendChunk(w->agentA, hash, 0, file)->complete);
}

void TestBlobs::readsFollowTheRecordsThatUseTheFile()
{
    const QByteArray file = pdfOfSize(1000);
    const QString hash = sha(file);
    QVERIFY(
        m_blobs->begin(w->agentA, hash, file.size(), QStringLiteral("application/pdf")).hasValue());
    QVERIFY(m_blobs->appendChunk(w->agentA, hash, 0, file)->complete);
    bool found = false;
    readAll(w->agentB, hash, &found);
    QVERIFY(!found);

    // Attached to case A: team A and the supervisor see it, team B still does not.
    QVERIFY(w->insert("attachments",
                      {{QStringLiteral("owner_type"), QStringLiteral("case")},
                       {QStringLiteral("owner_id"), w->caseA},
                       {QStringLiteral("blob_sha256"), hash},
                       {QStringLiteral("file_name"), QStringLiteral("نامه.pdf")},
                       {QStringLiteral("content_type"), QStringLiteral("application/pdf")},
                       {QStringLiteral("size"), file.size()}}));
    QCOMPARE(readAll(w->supervisor, hash, &found), file);
    QVERIFY(found);
    readAll(w->agentB, hash, &found);
    QVERIFY(!found);
    readAll(w->officer, hash, &found);
    QVERIFY(!found);
}

QTEST_GUILESS_MAIN(TestBlobs)
#include "tst_blobs.moc"
