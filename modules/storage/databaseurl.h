#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Shahrvand::Storage {

enum class Backend {
    SQLite,
    PostgreSQL,
};

// Where the server keeps its data, as the operator writes it:
//   sqlite:/var/lib/shahrvand/shahrvand.db       (an absolute or relative file path)
//   postgres://user:password@host:5432/dbname?sslmode=require
//   postgresql://user@/dbname?host=/var/run/postgresql   (a Unix socket folder)
// User, password and database name may be percent-encoded.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Storage::DatabaseUrl)

public:
    Backend backend = Backend::SQLite;
    QString path; // SQLite: the database file
    QString host; // PostgreSQL: host name, address or socket folder; empty: libpq's default
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    QMap<QString, QString> options; // PostgreSQL connection options (sslmode, ...)

    static Expected<DatabaseUrl, QString> parse(QStringView text);

    // For logs and messages: the password is never shown.
    QString redacted() const;
};

} // namespace Shahrvand::Storage
