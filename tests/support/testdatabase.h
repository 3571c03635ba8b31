#pragma once

#include "database.h"
#include "databaseurl.h"

#include <QTemporaryDir>

#include <memory>

namespace Shahrvand::Testing {

// A new, empty database for one test, dropped afterwards. The backend is SQLite (a file
// in a temporary folder) unless SHAHRVAND_TEST_BACKEND=postgres, in which case a database
// is created on the server that the PG* environment variables describe (pg_virtualenv
// sets them).
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static Storage::Backend requestedBackend();
    static QString backendName();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const Storage::DatabaseUrl &url() const { return m_url; }

    // Opens the database (a new Database object each call, as a restarted server would).
    std::shared_ptr<Storage::Database> open() const;

private:
    QTemporaryDir m_dir;
    Storage::DatabaseUrl m_url;
    QString m_error;
    QString m_adminConnection;
};

} // namespace Shahrvand::Testing
