// Files attached offline, sent with the next sync against the real server: uploaded
// before their rows (resuming an upload cut off earlier), the rows naming the server's
// id of a case created offline, the file readable by a colleague (and fetched by their
// workstation when opened), and a file the server refuses kept as a refusal instead of
// holding the outbox back.
#include "apiclient.h"
#include "blobfetcher.h"
#include "syncharness.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Shahrvand;
using namespace Shahrvand::SyncHarness;
using SyncClient::ApiClient;
using SyncClient::SyncReport;

namespace {

QString uniqueMarker(const QString &what)
{
    return what + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSyncAttachments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> m_harness;

    QJsonObject caseFields(const QString &subject)
    {
        return {{QStringLiteral("service_id"), m_harness->serviceId()},
                {QStringLiteral("channel"), QStringLiteral("walk_in")},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("team_id"), m_harness->unitId(QStringLiteral("T1"))}};
    }

    std::unique_ptr<ApiClient> apiAs(const QString &username)
    {
        auto api = std::make_unique<ApiClient>(m_harness->serverUrl());
        api->setAccessToken(m_harness->tokenOf(username));
        return api;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QLoggingCategory::setFilterRules(QStringLiteral("shahrvand.sync.info=false"));
        m_harness = std::make_unique<Harness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
    }

    void cleanupTestCase() { m_harness.reset(); }

    void filesOfAnOfflineCaseArriveBeforeTheirRows()
    {
        const QString marker = uniqueMarker(QStringLiteral("lamp"));
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        QVERIFY(a.sync().ok);

        // Offline: a case, a scanned letter of three pieces and a photo.
        const auto caseId = a.cache().create(QStringLiteral("cases"), caseFields(marker));
        QVERIFY(caseId);
        QByteArray letter;
        while (letter.size() < 2 * Cache::LocalCache::filePieceBytes + 777)
            letter += marker.toUtf8() + ' ' + QByteArray::number(letter.size()) + '\n';
        const QByteArray photo = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(5000, '\x11');
        QVERIFY(a.cache().attachBytes(QStringLiteral("cases"), *caseId, letter,
                                      QStringLiteral("نامه.txt")));
        QVERIFY(a.cache().attachBytes(QStringLiteral("cases"), *caseId, photo,
                                      QStringLiteral("lamp.jpg")));

        // An earlier cycle was cut off inside the letter's first piece.
        auto api = apiAs(QStringLiteral("agent.a"));
        const QString letterHash = sha256Of(letter);
        QVERIFY(api->postAndWait(QStringLiteral("/api/v1/blobs"),
                                 {{QStringLiteral("sha256"), letterHash},
                                  {QStringLiteral("size"), letter.size()},
                                  {QStringLiteral("content_type"), QStringLiteral("text/plain")}}));
        const qint64 cut = Cache::LocalCache::filePieceBytes / 2 + 123;
        const auto partial = api->putBytesAndWait(
            QStringLiteral("/api/v1/blobs/%1/chunks/0").arg(letterHash), letter.left(cut));
        QVERIFY2(partial, qPrintable(partial ? QString() : partial.error().message));
        QCOMPARE(partial->value(u"received").toInteger(), cut);

        // The files go first, the letter from where the server had it (the server checks
        // the whole file's SHA-256 with its last piece); then the rows.
        const SyncReport report = a.sync();
        QCOMPARE(report.filesSent, 2);
        QVERIFY(a.cache().filesToSend()->isEmpty());
        const auto uploaded =
            api->getTextAndWait(QStringLiteral("/api/v1/blobs/%1/content").arg(letterHash));
        QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
        QCOMPARE(*uploaded, letter);
        QCOMPARE(a.cache().pendingCount(), 0);

        // The server takes the rows: each names a complete file, whose size it fills in.
        QCOMPARE(report.rejected, 0);

        // Pushed: the local copies are gone, the server serves them.
        QCOMPARE(a.cache().fileBytes(letterHash).error().kind, Cache::CacheError::Kind::NotFound);
        const auto view = m_harness->serverView(*m_harness->signIn(QStringLiteral("agent.b")));
        QVERIFY(view);
        qint64 serverCaseId = 0;
        for (const QJsonObject &row : view->value(QStringLiteral("cases")))
            if (row.value(u"subject").toString() == marker)
                serverCaseId = row.value(u"id").toInteger();
        QVERIFY(serverCaseId > 0);
        QMap<QString, QJsonObject> attachments;
        for (const QJsonObject &row : view->value(QStringLiteral("attachments")))
            if (row.value(u"owner_id").toInteger() == serverCaseId)
                attachments.insert(row.value(u"file_name").toString(), row);
        QCOMPARE(attachments.size(), 2);
        const QJsonObject letterRow = attachments.value(QStringLiteral("نامه.txt"));
        QCOMPARE(letterRow.value(u"owner_type").toString(), QStringLiteral("case"));
        QCOMPARE(letterRow.value(u"blob_sha256").toString(), letterHash);
        QCOMPARE(letterRow.value(u"content_type").toString(), QStringLiteral("text/plain"));
        QCOMPARE(letterRow.value(u"size").toInteger(), letter.size());
        QCOMPARE(attachments.value(QStringLiteral("lamp.jpg")).value(u"content_type").toString(),
                 QStringLiteral("image/jpeg"));

        // A colleague who sees the case reads the file as it was attached.
        auto colleague = apiAs(QStringLiteral("agent.b"));
        const auto content =
            colleague->getTextAndWait(QStringLiteral("/api/v1/blobs/%1/content").arg(letterHash));
        QVERIFY2(content, qPrintable(content ? QString() : content.error().message));
        QCOMPARE(*content, letter);
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        m_harness->removeClient(a);
    }

    void aFileThisComputerDoesNotKeepIsFetchedWhenOpened()
    {
        const QString marker = uniqueMarker(QStringLiteral("meter"));
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        Client &b = m_harness->addClient(QStringLiteral("agent.b"));
        QVERIFY(a.sync().ok);
        const auto caseId = a.cache().create(QStringLiteral("cases"), caseFields(marker));
        QVERIFY(caseId);
        const QByteArray photo = QByteArray("\xFF\xD8\xFF\xE0", 4) + marker.toUtf8().repeated(300);
        QVERIFY(a.cache().attachBytes(QStringLiteral("cases"), *caseId, photo,
                                      QStringLiteral("meter.jpg")));
        QVERIFY(a.syncUntilClean());
        // The colleague's computer has the row, not the file.
        QVERIFY(b.syncUntilClean());
        const QString hash = sha256Of(photo);
        QCOMPARE(b.cache().fileBytes(hash).error().kind, Cache::CacheError::Kind::NotFound);

        SyncClient::BlobFetcher fetcher([&b] { return b.session(); }, Language::Persian);
        const auto fetch = [&fetcher](const QString &sha256) {
            std::optional<std::pair<QByteArray, QString>> result;
            fetcher.fetch(sha256, [&result](const QByteArray &bytes, const QString &error) {
                result = std::pair{bytes, error};
            });
            QElapsedTimer waited;
            waited.start();
            while (!result && waited.elapsed() < 20000)
                QTest::qWait(20);
            return result.value_or(std::pair<QByteArray, QString>({}, u"no answer"_qs));
        };
        const auto [bytes, error] = fetch(hash);
        QCOMPARE(error, QString());
        QCOMPARE(bytes, photo);
        // A file the server does not have, a damaged record: said in the user's words.
        const auto missing = fetch(sha256Of("never sent"));
        QVERIFY(missing.first.isEmpty());
        QVERIFY2(missing.second.contains(SyncClient::BlobFetcher::tr("The server does not have "
                                                                     "this file (yet)")
                                             .left(20)),
                 qPrintable(missing.second));
        QVERIFY(!fetch(QStringLiteral("../../etc/passwd")).second.isEmpty());
        // Signed out: nothing is sent.
        SyncClient::BlobFetcher signedOut([] { return SyncClient::Session(); }, Language::English);
        std::optional<QString> refused;
        signedOut.fetch(hash, [&refused](const QByteArray &, const QString &e) { refused = e; });
        QVERIFY(!refused); // never inside the call
        QTRY_VERIFY(refused.has_value());
        QVERIFY(!refused->isEmpty());
        m_harness->removeClient(b);
        m_harness->removeClient(a);
    }

    void fileTheServerRefusesBecomesARefusal()
    {
        const QString marker = uniqueMarker(QStringLiteral("refused"));
        Client &a = m_harness->addClient(QStringLiteral("agent.a"));
        QVERIFY(a.sync().ok);
        const auto caseId = a.cache().create(QStringLiteral("cases"), caseFields(marker));
        QVERIFY(caseId);
        const QByteArray words = "not a photo at all";
        const auto attachment = a.cache().attachBytes(QStringLiteral("cases"), *caseId, words,
                                                      QStringLiteral("photo.png"));
        QVERIFY(attachment);
        // Kept by an older workstation as a photo: the server's check of the content says no.
        QSqlQuery query(a.cache().database());
        QVERIFY(query.exec(QStringLiteral("UPDATE pending_files SET content_type = 'image/png'")));

        const SyncReport report = a.sync();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(a.cache().pendingCount(), 0); // the case went; nothing waits forever
        const auto conflicts = *a.cache().conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].kind, Cache::Conflict::Kind::Rejected);
        QCOMPARE(conflicts[0].entity, QStringLiteral("attachments"));
        QCOMPARE(conflicts[0].errorCode, QStringLiteral("content_mismatch"));
        QVERIFY(!conflicts[0].errorMessage.isEmpty());
        QCOMPARE(conflicts[0].mine.value(u"file_name").toString(), QStringLiteral("photo.png"));
        QCOMPARE(
            m_harness->countOnServer(QStringLiteral("cases"), QStringLiteral("subject"), marker),
            1);
        // The agent lets it go; then both sides agree.
        QVERIFY(a.cache().takeTheirs(conflicts[0].id));
        QVERIFY(a.syncUntilClean());
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, a);
        m_harness->removeClient(a);
    }
};

QTEST_GUILESS_MAIN(TestSyncAttachments)
#include "tst_syncattachments.moc"
