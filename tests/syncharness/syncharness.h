#pragma once

// The sync harness: the real shahrvand-server on loopback over a real database (SQLite,
// or PostgreSQL when SHAHRVAND_TEST_BACKEND=postgres), sync engines with caches of their
// own, and one comparison of each client's cache with what the server shows that user.
//
//     SyncHarness::Harness harness;
//     QVERIFY2(harness.start(), qPrintable(harness.error()));
//     auto &a = harness.addClient(u"agent.a"_qs);
//     a.cache().create(...);
//     QVERIFY(a.sync().ok);
//     SHAHRVAND_VERIFY_CONVERGED(harness, a);
//
// The world is small on purpose, so that a comparison costs milliseconds: an organisation
// with two teams (T1, T2), one service, an administrator, three agents of T1 (agent.a,
// agent.b, agent.c) and a supervisor of both teams (supervisor.s). Everyone's password is
// Harness::password.

#include "localcache.h"
#include "serverprocess.h"
#include "session.h"
#include "syncengine.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace Shahrvand::SyncHarness {

// One answer of the REST API to a call made by the harness.
struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
    QByteArray etag;
};

// A blocking call with any verb; `ifMatch` is sent as If-Match when given.
HttpAnswer callApi(const QUrl &server, const QByteArray &verb, const QString &path,
                   const QString &token, const QJsonObject &body = {},
                   const QByteArray &ifMatch = {});

// Rows by entity, then id.
using View = QMap<QString, QMap<qint64, QJsonObject>>;

// One workstation: its cache file and key, the test's own connection to the cache (the
// UI thread's), and a sync engine on its own thread.
class Client final
{
public:
    Client(QString username, SyncClient::Session session, QString cachePath,
           SyncClient::SyncOptions options);
    ~Client();

    QString username() const { return m_username; }
    SyncClient::Session session() const;
    QString cachePath() const { return m_cachePath; }
    const Cache::CacheKey &key() const { return m_key; }
    Cache::LocalCache &cache() { return *m_cache; }
    SyncClient::SyncEngine *engine() { return m_engine.get(); }

    // Asks for a cycle now and waits for the next one to finish (a failed report with
    // error "timed out" when none did).
    SyncClient::SyncReport sync(int timeoutMs = 60000);
    // Waits for the next cycle to finish without asking for one (retries, triggers).
    SyncClient::SyncReport waitForCycle(int timeoutMs = 60000);
    // Cycles until one goes well with nothing left to push; false after `maxCycles`.
    bool syncUntilClean(int maxCycles = 10, SyncClient::SyncReport *last = nullptr);

    // The engine lets go of the cache (for a child process to use it), and comes back.
    void stopEngine();
    void startEngine();

private:
    QString m_username;
    SyncClient::Session m_session;
    QString m_cachePath;
    Cache::CacheKey m_key;
    SyncClient::SyncOptions m_options;
    std::unique_ptr<Cache::LocalCache> m_cache;
    std::unique_ptr<SyncClient::SyncEngine> m_engine;
};

class Harness final
{
public:
    static const QString password;

    Harness();
    ~Harness();
    Harness(const Harness &) = delete;
    Harness &operator=(const Harness &) = delete;

    // Database, migrations, the small world, the server: false (see error()) on failure.
    bool start();
    QString error() const { return m_error; }

    QUrl serverUrl() const;
    ServerProcess &server() { return m_server; }
    QString databaseUrl() const { return m_databaseUrl; }
    QString backendName() const { return Testing::TestDatabase::backendName(); }
    bool restartServer(); // on the same port
    void stopServer() { m_server.stop(); }
    void killServer() { m_server.kill(); }

    // Options fit for tests: small pages and batches, short retries, no period.
    static SyncClient::SyncOptions testOptions();
    std::optional<SyncClient::Session> signIn(const QString &username);
    // A new workstation of that user with an empty cache in the harness's folder.
    Client &addClient(const QString &username,
                      std::optional<SyncClient::SyncOptions> options = std::nullopt);
    void removeClient(Client &client);

    qint64 unitId(const QString &code) const { return m_units.value(code); }
    qint64 serviceId() const { return m_serviceId; }
    QString tokenOf(const QString &username); // signs in once, then reuses the token

    // What the server shows the user of `session`: a fresh full pull from cursor 0, all
    // pages, without tombstones and dropped rows.
    std::optional<View> serverView(const SyncClient::Session &session, QString *error = nullptr);
    // Every row of every entity in the client's cache.
    static std::optional<View> cacheView(Cache::LocalCache &cache, QString *error = nullptr);
    // Empty when the client has synced, has nothing pending or in conflict, and its cache
    // equals the server's view row for row; otherwise a readable account of the
    // differences.
    QString compare(Client &client);
    static QString describeDifferences(const View &server, const View &cache, int maxLines = 40);

    // Rows on the server (read from its database, not through the API) of `entity`, not
    // deleted, whose `column` contains `marker`.
    qint64 countOnServer(const QString &entity, const QString &column, const QString &marker);

    // A user made with the server's create-user command (the harness's password).
    bool createUser(const QString &username, const QString &role, const QStringList &units);

private:
    bool buildWorld();

    QString m_error;
    std::unique_ptr<Testing::TestDatabase> m_database;
    QString m_databaseUrl;
    QTemporaryDir m_folder;
    ServerProcess m_server;
    QMap<QString, qint64> m_units;
    qint64 m_serviceId = 0;
    QMap<QString, QString> m_tokens;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::shared_ptr<Storage::Database> m_directDatabase;
    int m_clientCount = 0;
};

} // namespace Shahrvand::SyncHarness

// Fails the test with the differences when a client's cache is not the server's view.
#define SHAHRVAND_VERIFY_CONVERGED(harness, client)                                                \
    do {                                                                                           \
        const QString shahrvandDifferences = (harness).compare(client);                            \
        QVERIFY2(shahrvandDifferences.isEmpty(),                                                   \
                 qPrintable((client).username() + QStringLiteral(" has not converged:\n") +        \
                            shahrvandDifferences));                                                \
    } while (false)
