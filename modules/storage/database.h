#pragma once

#include "databaseurl.h"
#include "expected.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace Shahrvand::Storage {

class PreparedQuery;

namespace Internal {
struct ConnectionRegistry;
struct StatementCache;
} // namespace Internal

// One database, reached from any number of threads. Qt SQL connections belong to the
// thread that opened them, so each thread gets its own connection on first use; the
// server's worker threads therefore never share one.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Storage::Database)

public:
    // Opens a first connection to check that the database can be reached; the error is
    // ready to show the operator.
    static Expected<std::shared_ptr<Database>, QString> open(const DatabaseUrl &url);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_url.backend; }
    const DatabaseUrl &url() const { return m_url; }

    // The calling thread's connection, opened on first use. Check isOpen(): a database
    // that went away since open() gives a closed connection and a logged error.
    QSqlDatabase connection();

    // A statement of the calling thread's connection, prepared once and then lent out
    // again for every later use of the same text: preparing (parsing and planning, on
    // PostgreSQL a round trip to PREPARE and one to DEALLOCATE) often costs more than
    // running the statement. Bind values and exec() as usual; the statement is reset and
    // returned when the PreparedQuery is destroyed. A text already lent out (nested use)
    // gets a statement of its own. Queries are forward-only. Check isPrepared().
    PreparedQuery prepared(const QString &sql);
    // The same for code that holds a connection rather than its Database (RowWriter,
    // AuditLog): statements are kept when `connection` is the calling thread's connection
    // of some Database, and prepared for this one use otherwise.
    static PreparedQuery prepared(const QSqlDatabase &connection, const QString &sql);

    // " INDEXED BY <index>" on SQLite, nothing on PostgreSQL: for queries whose access path
    // is the point (a walk along an index), which SQLite's planner, without statistics,
    // may not choose.
    QString indexHint(const QString &index) const;

    // Replaces the dialect tokens of a schema statement ({{pk}}, {{blob}}) with this
    // backend's types, so one migration text serves both backends.
    QString expandDialect(QString sql) const;

private:
    explicit Database(DatabaseUrl url);
    QSqlDatabase openConnection(const QString &name, QString *error);

    DatabaseUrl m_url;
    quint64 m_instance = 0;
    std::shared_ptr<Internal::ConnectionRegistry> m_registry;
};

// A statement lent by Database::prepared(); see there. Move-only, used on the thread that
// borrowed it.
class PreparedQuery final
{
public:
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&) = delete;
    PreparedQuery(const PreparedQuery &) = delete;
    ~PreparedQuery();

    bool isPrepared() const { return m_prepared; }
    QSqlQuery &query() { return *m_query; }
    QSqlQuery *operator->() { return m_query.get(); }
    QSqlQuery &operator*() { return *m_query; }

    // For Database: a statement from the cache, or one prepared now (kept if `cache`).
    static PreparedQuery lent(std::unique_ptr<QSqlQuery> query,
                              std::weak_ptr<Internal::StatementCache> cache, QString sql);
    static PreparedQuery fresh(std::unique_ptr<QSqlQuery> query, bool prepared,
                               std::weak_ptr<Internal::StatementCache> cache, QString sql);

private:
    PreparedQuery(std::unique_ptr<QSqlQuery> query, bool prepared,
                  std::weak_ptr<Internal::StatementCache> cache, QString sql);

    std::unique_ptr<QSqlQuery> m_query;
    bool m_prepared = false;
    std::weak_ptr<Internal::StatementCache> m_cache;
    QString m_sql;
};

// The write transactions of this process on one SQLite file, one at a time and in the
// order they asked (a ticket each). Writers meeting at BEGIN IMMEDIATE would be put off by
// SQLite's busy handler, which sleeps 1, 2, 5 ... up to 100 ms between attempts whatever
// the holder is doing; waiting here, a writer starts as soon as the one before commits.
// First come, first served: a plain mutex lets a thread that commits and begins again at
// once (a sweep of many small transactions, such as the SLA timer's) take it again and
// again while a push waits. (Other processes still meet the busy handler.)
class WriterQueue final
{
public:
    static WriterQueue &forFile(const QString &file);

    void lock();
    void unlock();
    // Writers waiting for their turn (not counting the one holding it); for tests.
    int waiting() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_turn;
    quint64 m_next = 0;    // the next ticket handed out
    quint64 m_serving = 0; // the ticket whose turn it is
};

// A transaction on one connection: rolled back unless commit() is called. Writes begin
// with the write lock already taken (SQLite's BEGIN IMMEDIATE), so two writers wait for
// each other instead of failing halfway through.
class Transaction final
{
public:
    enum class Mode { Read, Write };

    Transaction(QSqlDatabase db, Backend backend, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_done = false;
    QString m_error;
    std::unique_lock<WriterQueue> m_writer; // SQLite: this process's writers, one at a time
};

// The current row of `query` as column name -> value.
QVariantMap rowAsMap(const QSqlQuery &query);

} // namespace Shahrvand::Storage
