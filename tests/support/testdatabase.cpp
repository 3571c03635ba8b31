#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtGlobal>

namespace Shahrvand::Testing {

using Storage::Backend;

Backend TestDatabase::requestedBackend()
{
    return qEnvironmentVariable("SHAHRVAND_TEST_BACKEND") == QLatin1String("postgres")
               ? Backend::PostgreSQL
               : Backend::SQLite;
}

QString TestDatabase::backendName()
{
    return requestedBackend() == Backend::PostgreSQL ? QStringLiteral("postgres")
                                                     : QStringLiteral("sqlite");
}

TestDatabase::TestDatabase()
{
    if (requestedBackend() == Backend::SQLite) {
        m_url.backend = Backend::SQLite;
        m_url.path = m_dir.filePath(QStringLiteral("shahrvand-test.db"));
        return;
    }

    m_url.backend = Backend::PostgreSQL;
    m_url.host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    m_url.port = qEnvironmentVariableIntValue("PGPORT");
    if (m_url.port == 0)
        m_url.port = 5432;
    m_url.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    m_url.password = qEnvironmentVariable("PGPASSWORD");
    m_url.databaseName =
        QStringLiteral("shahrvand_test_%1")
            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));

    m_adminConnection = m_url.databaseName + QStringLiteral("_admin");
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
    admin.setHostName(m_url.host);
    admin.setPort(m_url.port);
    admin.setUserName(m_url.user);
    admin.setPassword(m_url.password);
    admin.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
    if (!admin.open()) {
        m_error = QStringLiteral("cannot reach PostgreSQL: ") + admin.lastError().text();
        return;
    }
    QSqlQuery query(admin);
    if (!query.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0")
                        .arg(m_url.databaseName)))
        m_error = QStringLiteral("cannot create database: ") + query.lastError().text();
}

TestDatabase::~TestDatabase()
{
    if (m_adminConnection.isEmpty())
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
        if (admin.isOpen() && m_error.isEmpty()) {
            QSqlQuery query(admin);
            // Connections still open elsewhere in the test are ended with the database.
            query.exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url.databaseName));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}

std::shared_ptr<Storage::Database> TestDatabase::open() const
{
    auto database = Storage::Database::open(m_url);
    if (!database) {
        qWarning("TestDatabase: %s", qPrintable(database.error()));
        return {};
    }
    return *database;
}

} // namespace Shahrvand::Testing
