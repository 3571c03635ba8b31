#pragma once

#include "authenticator.h"
#include "database.h"
#include "ids.h"
#include "manualclock.h"
#include "role.h"
#include "sessions.h"
#include "testdatabase.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace Shahrvand::Testing {

// A migrated test database with a clock the test drives, an Authenticator and Sessions on
// it, and helpers to add units and users. Helpers report failures with QTest::qFail and
// return an invalid id, so a test checks `isValid()` and stops.
class AuthFixture final
{
public:
    explicit AuthFixture(Auth::AuthSettings settings = {});

    // Empty when ready, otherwise why not.
    QString error() const { return m_error; }

    // Opens the same database again with a new Authenticator and Sessions, as a restarted
    // server would.
    void restart();

    OrgUnitId addUnit(const QString &code, OrgUnitId parent = {});
    UserId addUser(const QString &username, const QString &password,
                   const QList<Access::Role> &roles, const QList<OrgUnitId> &units);
    bool setActive(UserId user, bool active);
    bool markUnitDeleted(OrgUnitId unit);

    // Every value of every row of `table`, as text, for scanning.
    QStringList allText(const QString &table);
    // The first column of the rows `sql` selects (with `bind` bound in order).
    QVariantList column(const QString &sql, const QVariantList &bind = {});

    TestDatabase test;
    ManualClock clock;
    Auth::AuthSettings settings;
    std::shared_ptr<Storage::Database> database;
    std::unique_ptr<Auth::Authenticator> authenticator;
    std::unique_ptr<Auth::Sessions> sessions;

private:
    QString m_error;
};

} // namespace Shahrvand::Testing
