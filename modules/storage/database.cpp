#include "database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <unordered_map>
#include <vector>

Q_LOGGING_CATEGORY(lcStorage, "shahrvand.storage")

namespace Shahrvand::Storage {

namespace {

QAtomicInteger<quint64> nextInstance{1};

// Per connection, statements beyond this many (each user's scope makes texts of their
// own) are forgotten, least recently used first.
constexpr std::size_t maxCachedStatements = 400;

} // namespace

namespace Internal {

// The statements one thread has prepared on its connection, by text.
struct StatementCache
{
    struct Entry
    {
        std::vector<std::unique_ptr<QSqlQuery>> idle;
        quint64 lastUse = 0;
    };
    std::unordered_map<QString, Entry> statements;
    quint64 uses = 0;

    void giveBack(const QString &sql, std::unique_ptr<QSqlQuery> query)
    {
        Entry &entry = statements[sql];
        entry.lastUse = ++uses;
        entry.idle.push_back(std::move(query));
        if (statements.size() > maxCachedStatements)
            forgetLeastRecentlyUsed();
    }

    void forgetLeastRecentlyUsed()
    {
        auto oldest = statements.begin();
        for (auto it = statements.begin(); it != statements.end(); ++it) {
            if (it->second.lastUse < oldest->second.lastUse)
                oldest = it;
        }
        statements.erase(oldest);
    }
};

// One thread's connection to one Database.
struct ThreadConnection
{
    QString name;
    std::shared_ptr<StatementCache> statements = std::make_shared<StatementCache>();
};

// A Database's connections, shared with the threads that hold them: whichever ends first,
// the thread or the Database, closes the connection (statements first, then the
// connection), under the mutex. A thread's end cannot be waited for exactly (QThread::wait()
// returns before thread-local storage is destroyed), so the two may run at once.
struct ConnectionRegistry
{
    QMutex mutex;
    std::vector<std::shared_ptr<ThreadConnection>> connections;

    void close(const std::shared_ptr<ThreadConnection> &connection)
    {
        connection->statements.reset();
        if (QSqlDatabase::contains(connection->name))
            QSqlDatabase::removeDatabase(connection->name);
    }
};

} // namespace Internal

namespace {

using Internal::ConnectionRegistry;
using Internal::ThreadConnection;

// The calling thread's connections, one per Database, found without a lock.
struct ThreadConnections
{
    struct Entry
    {
        quint64 instance = 0;
        std::weak_ptr<ConnectionRegistry> registry;
        std::shared_ptr<ThreadConnection> connection;
    };
    std::vector<Entry> entries;

    ThreadConnection *find(quint64 instance)
    {
        for (const Entry &entry : entries) {
            if (entry.instance == instance)
                return entry.connection.get();
        }
        return nullptr;
    }

    // Entries of databases destroyed since: the Database closed their connections.
    void forgetDead()
    {
        std::erase_if(entries, [](const Entry &entry) { return entry.registry.expired(); });
    }

    ~ThreadConnections()
    {
        for (const Entry &entry : entries) {
            const auto registry = entry.registry.lock();
            if (!registry)
                continue;
            QMutexLocker lock(&registry->mutex);
            const auto it = std::find(registry->connections.begin(), registry->connections.end(),
                                      entry.connection);
            if (it == registry->connections.end())
                continue;
            registry->close(entry.connection);
            registry->connections.erase(it);
        }
    }
};
thread_local ThreadConnections threadConnections;

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_instance(nextInstance.fetchAndAddRelaxed(1))
    , m_registry(std::make_shared<Internal::ConnectionRegistry>())
{}

Expected<std::shared_ptr<Database>, QString> Database::open(const DatabaseUrl &url)
{
    const QString driver =
        url.backend == Backend::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return tr("The Qt SQL driver %1 is not installed (Debian package %2).")
            .arg(driver, url.backend == Backend::SQLite ? QStringLiteral("libqt6sql6-sqlite")
                                                        : QStringLiteral("libqt6sql6-psql"));
    std::shared_ptr<Database> database(new Database(url));
    const QSqlDatabase first = database->connection();
    if (!first.isOpen())
        return tr("Could not open the database %1: %2")
            .arg(url.redacted(), first.lastError().text());
    return database;
}

Database::~Database()
{
    QMutexLocker lock(&m_registry->mutex);
    for (const auto &connection : std::as_const(m_registry->connections))
        m_registry->close(connection);
    m_registry->connections.clear();
}

QSqlDatabase Database::connection()
{
    if (const ThreadConnection *known = threadConnections.find(m_instance))
        return QSqlDatabase::database(known->name, false);

    auto own = std::make_shared<ThreadConnection>();
    own->name = QStringLiteral("shahrvand-%1-%2")
                    .arg(m_instance)
                    .arg(quintptr(QThread::currentThreadId()), 0, 16);
    QString error;
    QSqlDatabase db = openConnection(own->name, &error);
    if (!db.isOpen())
        qCCritical(lcStorage) << "cannot open" << m_url.redacted() << error;
    threadConnections.forgetDead();
    threadConnections.entries.push_back({m_instance, m_registry, own});
    QMutexLocker lock(&m_registry->mutex);
    m_registry->connections.push_back(std::move(own));
    return db;
}

namespace {

PreparedQuery lend(const QSqlDatabase &db, ThreadConnection *own, const QString &sql)
{
    if (own && own->statements) {
        auto &statements = own->statements->statements;
        if (const auto it = statements.find(sql);
            it != statements.end() && !it->second.idle.empty()) {
            std::unique_ptr<QSqlQuery> query = std::move(it->second.idle.back());
            it->second.idle.pop_back();
            return PreparedQuery::lent(std::move(query), own->statements, sql);
        }
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    const bool prepared = query->prepare(sql);
    // A statement that failed to prepare is not kept: the caller sees its error.
    return PreparedQuery::fresh(
        std::move(query), prepared,
        prepared && own ? own->statements : std::weak_ptr<Internal::StatementCache>(), sql);
}

} // namespace

PreparedQuery Database::prepared(const QString &sql)
{
    const QSqlDatabase db = connection();
    return lend(db, threadConnections.find(m_instance), sql);
}

PreparedQuery Database::prepared(const QSqlDatabase &connection, const QString &sql)
{
    ThreadConnection *own = nullptr;
    const QString name = connection.connectionName();
    for (const auto &entry : threadConnections.entries) {
        if (entry.connection->name == name) {
            own = entry.connection.get();
            break;
        }
    }
    return lend(connection, own, sql);
}

PreparedQuery PreparedQuery::lent(std::unique_ptr<QSqlQuery> query,
                                  std::weak_ptr<Internal::StatementCache> cache, QString sql)
{
    return PreparedQuery(std::move(query), true, std::move(cache), std::move(sql));
}

PreparedQuery PreparedQuery::fresh(std::unique_ptr<QSqlQuery> query, bool prepared,
                                   std::weak_ptr<Internal::StatementCache> cache, QString sql)
{
    return PreparedQuery(std::move(query), prepared, std::move(cache), std::move(sql));
}

PreparedQuery::PreparedQuery(std::unique_ptr<QSqlQuery> query, bool prepared,
                             std::weak_ptr<Internal::StatementCache> cache, QString sql)
    : m_query(std::move(query))
    , m_prepared(prepared)
    , m_cache(std::move(cache))
    , m_sql(std::move(sql))
{}

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept
    : m_query(std::move(other.m_query))
    , m_prepared(other.m_prepared)
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
{}

PreparedQuery::~PreparedQuery()
{
    if (!m_query)
        return;
    // Reset: an unfinished SQLite statement would keep its read snapshot open.
    m_query->finish();
    if (const auto cache = m_cache.lock())
        cache->giveBack(m_sql, std::move(m_query));
}

QSqlDatabase Database::openConnection(const QString &name, QString *error)
{
    if (m_url.backend == Backend::SQLite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open()) {
            *error = db.lastError().text();
            return db;
        }
        // WAL lets readers work while one writer writes; foreign keys are off by
        // default in SQLite and must be asked for on every connection. Reads go through a
        // memory map of the file (read-only: writes still go through the WAL), so pages the
        // kernel has cached are read in place instead of copied by a system call each time
        // SQLite's own small page cache misses; a sync pull touches most of the database.
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 15000",
                                   "PRAGMA mmap_size = 1073741824"}) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromLatin1(pragma))) {
                *error = query.lastError().text();
                db.close();
                return db;
            }
        }
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_url.host);
    if (m_url.port > 0)
        db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setDatabaseName(m_url.databaseName);
    QStringList options{QStringLiteral("connect_timeout=10")};
    for (auto it = m_url.options.cbegin(); it != m_url.options.cend(); ++it)
        options << it.key() + QLatin1Char('=') + it.value();
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

QString Database::indexHint(const QString &index) const
{
    return m_url.backend == Backend::SQLite ? QStringLiteral(" INDEXED BY ") + index : QString();
}

QString Database::expandDialect(QString sql) const
{
    const bool sqlite = m_url.backend == Backend::SQLite;
    sql.replace(QLatin1String("{{pk}}"),
                sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                       : QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(QLatin1String("{{blob}}"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    sql.replace(QLatin1String("{{real}}"),
                sqlite ? QLatin1String("REAL") : QLatin1String("DOUBLE PRECISION"));
    return sql;
}

WriterQueue &WriterQueue::forFile(const QString &file)
{
    static std::mutex guard;
    static QHash<QString, std::shared_ptr<WriterQueue>> queues;
    const std::lock_guard hold(guard);
    std::shared_ptr<WriterQueue> &queue = queues[file];
    if (!queue)
        queue = std::make_shared<WriterQueue>();
    return *queue;
}

void WriterQueue::lock()
{
    std::unique_lock hold(m_mutex);
    const quint64 ticket = m_next++;
    m_turn.wait(hold, [&] { return m_serving == ticket; });
}

void WriterQueue::unlock()
{
    {
        const std::lock_guard hold(m_mutex);
        ++m_serving;
    }
    m_turn.notify_all();
}

int WriterQueue::waiting() const
{
    const std::lock_guard hold(m_mutex);
    // Tickets handed out and not yet served, less the one being served (if held).
    const quint64 unserved = m_next - m_serving;
    return unserved == 0 ? 0 : int(unserved - 1);
}

Transaction::Transaction(QSqlDatabase db, Backend backend, Mode mode)
    : m_db(std::move(db))
{
    if (backend == Backend::SQLite && mode == Mode::Write) {
        m_writer = std::unique_lock(WriterQueue::forFile(m_db.databaseName()));
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = begin.lastError().text();
    } else {
        m_active = m_db.transaction();
        if (!m_active)
            m_error = m_db.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_active && !m_done && !m_db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
}

bool Transaction::commit()
{
    if (!m_active || m_done)
        return false;
    m_done = m_db.commit();
    if (!m_done)
        m_error = m_db.lastError().text();
    else if (m_writer.owns_lock())
        m_writer.unlock();
    return m_done;
}

QVariantMap rowAsMap(const QSqlQuery &query)
{
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    return row;
}

} // namespace Shahrvand::Storage
