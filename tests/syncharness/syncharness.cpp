#include "syncharness.h"

#include "apiclient.h"
#include "entitydef.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Shahrvand::SyncHarness {

using SyncClient::SyncReport;

const QString Harness::password = QStringLiteral("Shahrvand-1405");

HttpAnswer callApi(const QUrl &server, const QByteArray &verb, const QString &path,
                   const QString &token, const QJsonObject &body, const QByteArray &ifMatch)
{
    QNetworkAccessManager network;
    QUrl url = server;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Accept-Language", "en");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    QByteArray bytes;
    if (verb != "GET" && verb != "DELETE") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = network.sendCustomRequest(request, verb, bytes);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    answer.etag = reply->rawHeader("ETag");
    reply->deleteLater();
    return answer;
}

// ---------------------------------------------------------------------------------------
Client::Client(QString username, SyncClient::Session session, QString cachePath,
               SyncClient::SyncOptions options)
    : m_username(std::move(username))
    , m_session(std::move(session))
    , m_cachePath(std::move(cachePath))
    , m_key(Cache::CacheKey::generate())
    , m_options(options)
{
    auto cache = Cache::LocalCache::open(m_cachePath, m_key);
    if (!cache)
        qFatal("cannot open the cache of %s: %s", qPrintable(m_username),
               qPrintable(cache.error().detail));
    m_cache = std::move(cache).value();
    if (!m_cache->setUser(m_session.user))
        qFatal("cannot store the user in the cache");
    startEngine();
}

Client::~Client()
{
    stopEngine();
}

SyncClient::Session Client::session() const
{
    return m_engine ? m_engine->session() : m_session;
}

void Client::stopEngine()
{
    if (!m_engine)
        return;
    m_session = m_engine->session();
    m_engine.reset();
}

void Client::startEngine()
{
    if (m_engine)
        return;
    m_engine = std::make_unique<SyncClient::SyncEngine>(m_cachePath, m_key, m_session, m_options);
}

SyncReport Client::waitForCycle(int timeoutMs)
{
    QEventLoop loop;
    std::optional<SyncReport> report;
    const auto connection = QObject::connect(m_engine.get(), &SyncClient::SyncEngine::cycleFinished,
                                             &loop, [&](const SyncReport &finished) {
                                                 if (!report)
                                                     report = finished;
                                                 loop.quit();
                                             });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    if (report)
        return *report;
    SyncReport timedOut;
    timedOut.error = QStringLiteral("timed out");
    return timedOut;
}

SyncReport Client::sync(int timeoutMs)
{
    QEventLoop loop;
    std::optional<SyncReport> report;
    const auto connection = QObject::connect(m_engine.get(), &SyncClient::SyncEngine::cycleFinished,
                                             &loop, [&](const SyncReport &finished) {
                                                 if (!report)
                                                     report = finished;
                                                 loop.quit();
                                             });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_engine->syncNow();
    loop.exec();
    QObject::disconnect(connection);
    if (report)
        return *report;
    SyncReport timedOut;
    timedOut.error = QStringLiteral("timed out");
    return timedOut;
}

bool Client::syncUntilClean(int maxCycles, SyncReport *last)
{
    for (int cycle = 0; cycle < maxCycles; ++cycle) {
        const SyncReport report = sync();
        if (last)
            *last = report;
        if (report.ok && m_cache->pendingCount() == 0)
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------
Harness::Harness() = default;

Harness::~Harness()
{
    m_clients.clear();
    m_server.stop();
    m_directDatabase.reset();
}

QUrl Harness::serverUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
}

SyncClient::SyncOptions Harness::testOptions()
{
    SyncClient::SyncOptions options;
    options.pullPageSize = 50;
    options.pushBatchSize = 10;
    options.periodMs = 24 * 3600 * 1000;
    options.debounceMs = 24 * 3600 * 1000;
    options.firstRetryMs = 100;
    options.maxRetryMs = 400;
    options.requestTimeoutMs = 20000;
    return options;
}

bool Harness::start()
{
    if (!m_folder.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    m_database = std::make_unique<Testing::TestDatabase>();
    if (!m_database->isValid()) {
        m_error = m_database->error();
        return false;
    }
    const Storage::DatabaseUrl &url = m_database->url();
    if (url.backend == Storage::Backend::SQLite) {
        m_databaseUrl = QStringLiteral("sqlite:") + url.path;
    } else {
        // The server's libpq reads PGPASSWORD from the environment it inherits.
        m_databaseUrl = QStringLiteral("postgres://%1@localhost/%2?host=%3&port=%4")
                            .arg(url.user, url.databaseName, url.host)
                            .arg(url.port);
    }
    QString output;
    if (!ServerProcess::runCommand(
            {QStringLiteral("migrate"), QStringLiteral("--db"), m_databaseUrl}, {}, 120000,
            &output)) {
        m_error = QStringLiteral("migrate failed: ") + output;
        return false;
    }
    if (!createUser(QStringLiteral("admin"), QStringLiteral("administrator"), {}))
        return false;
    if (m_server.start(m_databaseUrl) == 0) {
        m_error = QStringLiteral("the server did not start: ") + m_server.log();
        return false;
    }
    return buildWorld();
}

bool Harness::createUser(const QString &username, const QString &role, const QStringList &units)
{
    QStringList arguments{QStringLiteral("create-user"),
                          QStringLiteral("--db"),
                          m_databaseUrl,
                          QStringLiteral("--username"),
                          username,
                          QStringLiteral("--role"),
                          role};
    for (const QString &unit : units)
        arguments << QStringLiteral("--unit") << unit;
    QString output;
    if (!ServerProcess::runCommand(arguments, (password + QLatin1Char('\n')).toUtf8(), 120000,
                                   &output)) {
        m_error = QStringLiteral("create-user %1 failed: %2").arg(username, output);
        return false;
    }
    return true;
}

bool Harness::buildWorld()
{
    const QString admin = tokenOf(QStringLiteral("admin"));
    if (admin.isEmpty())
        return false;
    auto create = [&](const QString &entity, const QJsonObject &fields) -> qint64 {
        const HttpAnswer answer =
            callApi(serverUrl(), "POST", QStringLiteral("/api/v1/") + entity, admin, fields);
        if (answer.status != 201) {
            m_error = QStringLiteral("creating %1 failed (%2): %3")
                          .arg(entity)
                          .arg(answer.status)
                          .arg(QString::fromUtf8(QJsonDocument(answer.body).toJson()));
            return 0;
        }
        return answer.body.value(u"id").toInteger();
    };
    const qint64 organisation = create(QStringLiteral("org_units"),
                                       {{QStringLiteral("kind"), QStringLiteral("organisation")},
                                        {QStringLiteral("code"), QStringLiteral("ORG")},
                                        {QStringLiteral("name_fa"), QStringLiteral("شهرداری")},
                                        {QStringLiteral("name_en"), QStringLiteral("City")}});
    if (!organisation)
        return false;
    m_units.insert(QStringLiteral("ORG"), organisation);
    for (const QString &code : {QStringLiteral("T1"), QStringLiteral("T2")}) {
        const qint64 id = create(QStringLiteral("org_units"),
                                 {{QStringLiteral("kind"), QStringLiteral("team")},
                                  {QStringLiteral("parent_id"), organisation},
                                  {QStringLiteral("code"), code},
                                  {QStringLiteral("name_fa"), QStringLiteral("تیم ") + code},
                                  {QStringLiteral("name_en"), QStringLiteral("Team ") + code}});
        if (!id)
            return false;
        m_units.insert(code, id);
    }
    m_serviceId =
        create(QStringLiteral("services"),
               {{QStringLiteral("code"), QStringLiteral("S1")},
                {QStringLiteral("name_fa"), QStringLiteral("رفع سد معبر")},
                {QStringLiteral("name_en"), QStringLiteral("Clear the pavement")},
                {QStringLiteral("responsible_unit_id"), m_units.value(QStringLiteral("T1"))}});
    if (!m_serviceId)
        return false;
    for (const QString &agent :
         {QStringLiteral("agent.a"), QStringLiteral("agent.b"), QStringLiteral("agent.c")}) {
        if (!createUser(agent, QStringLiteral("agent"), {QStringLiteral("T1")}))
            return false;
    }
    return createUser(QStringLiteral("supervisor.s"), QStringLiteral("supervisor"),
                      {QStringLiteral("T1"), QStringLiteral("T2")});
}

bool Harness::restartServer()
{
    const quint16 port = m_server.port();
    m_server.stop();
    if (m_server.start(m_databaseUrl, port) == 0) {
        m_error = QStringLiteral("the server did not start again: ") + m_server.log();
        return false;
    }
    return true;
}

std::optional<SyncClient::Session> Harness::signIn(const QString &username)
{
    const HttpAnswer answer =
        callApi(serverUrl(), "POST", QStringLiteral("/api/v1/auth/login"), {},
                {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    const auto session = SyncClient::Session::fromSignInJson(serverUrl(), answer.body);
    if (!session)
        m_error = QStringLiteral("%1 cannot sign in (%2): %3")
                      .arg(username)
                      .arg(answer.status)
                      .arg(QString::fromUtf8(QJsonDocument(answer.body).toJson()));
    return session;
}

QString Harness::tokenOf(const QString &username)
{
    if (!m_tokens.contains(username)) {
        const auto session = signIn(username);
        if (!session)
            return {};
        m_tokens.insert(username, session->accessToken);
    }
    return m_tokens.value(username);
}

Client &Harness::addClient(const QString &username, std::optional<SyncClient::SyncOptions> options)
{
    const auto session = signIn(username);
    if (!session)
        qFatal("%s", qPrintable(m_error));
    const QString path =
        m_folder.filePath(QStringLiteral("client-%1/%2.cache").arg(++m_clientCount).arg(username));
    m_clients.push_back(
        std::make_unique<Client>(username, *session, path, options.value_or(testOptions())));
    return *m_clients.back();
}

void Harness::removeClient(Client &client)
{
    std::erase_if(m_clients,
                  [&](const std::unique_ptr<Client> &owned) { return owned.get() == &client; });
}

std::optional<View> Harness::serverView(const SyncClient::Session &session, QString *error)
{
    SyncClient::ApiClient api(serverUrl());
    api.setAccessToken(session.accessToken);
    View view;
    qint64 cursor = 0;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10000"));
        const auto page = api.getAndWait(QStringLiteral("/api/v1/sync/changes"), query);
        if (!page) {
            if (error)
                *error =
                    QStringLiteral("the server's view cannot be read: ") + page.error().message;
            return std::nullopt;
        }
        for (const QJsonValue &value : page->value(u"changes").toArray()) {
            const QJsonObject change = value.toObject();
            const QJsonObject row = change.value(u"row").toObject();
            const QString entity = change.value(u"entity").toString();
            const qint64 id = row.value(u"id").toInteger();
            if (row.value(u"deleted").toBool())
                view[entity].remove(id);
            else
                view[entity].insert(id, row);
        }
        for (const QJsonValue &value : page->value(u"drops").toArray()) {
            const QJsonObject drop = value.toObject();
            view[drop.value(u"entity").toString()].remove(drop.value(u"id").toInteger());
        }
        cursor = page->value(u"cursor").toInteger();
        if (!page->value(u"more").toBool())
            break;
    }
    for (auto it = view.begin(); it != view.end();) {
        if (it->isEmpty())
            it = view.erase(it);
        else
            ++it;
    }
    return view;
}

std::optional<View> Harness::cacheView(Cache::LocalCache &cache, QString *error)
{
    View view;
    for (const Entities::EntityDef &entity : Entities::allEntities()) {
        std::optional<qint64> after;
        for (;;) {
            const auto rows = cache.rows(entity.name, 500, after);
            if (!rows) {
                if (error)
                    *error = QStringLiteral("the cache cannot be read: ") + rows.error().detail;
                return std::nullopt;
            }
            for (const QJsonObject &row : *rows)
                view[entity.name].insert(row.value(u"id").toInteger(), row);
            if (rows->size() < 500)
                break;
            after = rows->last().value(u"id").toInteger();
        }
    }
    return view;
}

namespace {

QString shortJson(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isUndefined())
        text = QStringLiteral("(absent)");
    else
        text = QString::fromUtf8(
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

} // namespace

QString Harness::describeDifferences(const View &server, const View &cache, int maxLines)
{
    QStringList lines;
    int total = 0;
    auto note = [&](const QString &line) {
        if (++total <= maxLines)
            lines << line;
    };
    QStringList entities = server.keys();
    for (const QString &entity : cache.keys()) {
        if (!entities.contains(entity))
            entities << entity;
    }
    entities.sort();
    for (const QString &entity : std::as_const(entities)) {
        const QMap<qint64, QJsonObject> serverRows = server.value(entity);
        const QMap<qint64, QJsonObject> cacheRows = cache.value(entity);
        for (auto it = serverRows.cbegin(); it != serverRows.cend(); ++it) {
            const auto mine = cacheRows.constFind(it.key());
            if (mine == cacheRows.cend()) {
                note(QStringLiteral("  %1/%2: on the server, missing in the cache: %3")
                         .arg(entity)
                         .arg(it.key())
                         .arg(shortJson(*it)));
                continue;
            }
            if (*mine == *it)
                continue;
            QStringList fields = it->keys();
            for (const QString &key : mine->keys()) {
                if (!fields.contains(key))
                    fields << key;
            }
            QStringList differing;
            for (const QString &field : std::as_const(fields)) {
                if (it->value(field) != mine->value(field))
                    differing << QStringLiteral("%1: server %2, cache %3")
                                     .arg(field, shortJson(it->value(field)),
                                          shortJson(mine->value(field)));
            }
            note(QStringLiteral("  %1/%2 differs: %3")
                     .arg(entity)
                     .arg(it.key())
                     .arg(differing.join(QStringLiteral("; "))));
        }
        for (auto it = cacheRows.cbegin(); it != cacheRows.cend(); ++it) {
            if (!serverRows.contains(it.key()))
                note(QStringLiteral("  %1/%2: in the cache, not on the server: %3")
                         .arg(entity)
                         .arg(it.key())
                         .arg(shortJson(*it)));
        }
    }
    if (total > maxLines)
        lines << QStringLiteral("  ... and %1 more").arg(total - maxLines);
    return lines.join(QLatin1Char('\n'));
}

QString Harness::compare(Client &client)
{
    QStringList problems;
    if (const int pending = client.cache().pendingCount(); pending > 0)
        problems << QStringLiteral("  %1 edits not yet pushed").arg(pending);
    if (const int conflicts = client.cache().conflictCount(); conflicts > 0)
        problems << QStringLiteral("  %1 conflicts not resolved").arg(conflicts);
    QString error;
    const auto server = serverView(client.session(), &error);
    if (!server)
        return problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + error;
    const auto cache = cacheView(client.cache(), &error);
    if (!cache)
        return problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + error;
    const QString differences = describeDifferences(*server, *cache);
    if (!differences.isEmpty())
        problems << differences;
    return problems.join(QLatin1Char('\n'));
}

qint64 Harness::countOnServer(const QString &entity, const QString &column, const QString &marker)
{
    if (!m_directDatabase)
        m_directDatabase = m_database->open();
    if (!m_directDatabase)
        return -1;
    QSqlQuery query(m_directDatabase->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted = 0 AND %2 LIKE ?")
                      .arg(entity, column));
    query.addBindValue(QLatin1Char('%') + marker + QLatin1Char('%'));
    if (!query.exec() || !query.next()) {
        qWarning("countOnServer: %s", qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace Shahrvand::SyncHarness
