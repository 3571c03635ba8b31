#pragma once

#include "databaseurl.h"
#include "expected.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace Shahrvand::Storage {

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

    // Replaces the dialect tokens of a schema statement ({{pk}}, {{blob}}) with this
    // backend's types, so one migration text serves both backends.
    QString expandDialect(QString sql) const;

private:
    explicit Database(DatabaseUrl url);
    QSqlDatabase openConnection(const QString &name, QString *error);

    DatabaseUrl m_url;
    quint64 m_instance = 0;
    QMutex m_mutex;
    QStringList m_connectionNames;
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
};

// The current row of `query` as column name -> value.
QVariantMap rowAsMap(const QSqlQuery &query);

} // namespace Shahrvand::Storage
