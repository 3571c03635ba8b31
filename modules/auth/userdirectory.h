#pragma once

#include "database.h"
#include "expected.h"
#include "ids.h"
#include "passwordhasher.h"
#include "role.h"
#include "rowwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Shahrvand::Auth {

struct NewUser
{
    QString username;    // stored in canonical form: trimmed, lower case (see canonicalUsername)
    QString displayName; // empty: the user name
    QString password;
    QList<Access::Role> roles;
    QList<OrgUnitId> units;
    QString language = QStringLiteral("fa");
};

// Why a user could not be created or changed.
struct UserError
{
    enum class Kind {
        InvalidUsername,   // empty, too short or long, or has spaces or symbols
        DuplicateUsername, // another user (perhaps deleted) has that name
        WeakPassword,      // `password` says which rule
        NoRole,            // a user needs at least one role
        NoUnit,            // everyone but an administrator belongs to a unit
        UnknownUnit,       // `detail` is the id
        InvalidLanguage,   // not "fa" or "en"
        NotFound,          // no such user (or deleted)
        Database,          // internal: logged, `detail` for the log
    };
    Kind kind = Kind::Database;
    PasswordError password = PasswordError::TooShort; // with WeakPassword
    QString detail;
};

// The users of the server: accounts, passwords, roles and units. Every function that
// writes must run inside the caller's write transaction (Storage::Transaction), which the
// caller commits: seeding creates many users in one transaction, an HTTP route one.
// The users row is written with Records::RowWriter (versioned and audited; the password
// hash appears in the audit trail only as "[secret]"); user_roles and user_units rows are
// written alongside, and the granted roles and units are audited as "set_access".
//
// Changes to roles, units, passwords or activity reach signed-in sessions through
// Authenticator: after committing, call Authenticator::forgetUser() for the user.
class UserDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Auth::UserDirectory)

public:
    UserDirectory(QSqlDatabase db, Storage::Backend backend);

    // Checks the user name, password policy (including "not the user name"), roles, units
    // and language, hashes the password (about 70 ms) and writes the user.
    Expected<UserId, UserError> create(const NewUser &user, const Records::WriteContext &context);

    // A new password, checked against the policy; every sign-in of the user is revoked.
    Expected<bool, UserError> setPassword(UserId user, const QString &password,
                                          const Records::WriteContext &context);

    // Deactivating revokes every sign-in of the user; an inactive user cannot sign in.
    Expected<bool, UserError> setActive(UserId user, bool active,
                                        const Records::WriteContext &context);

    // The live (not deleted) user with this name, in any letter case or keyboard form.
    std::optional<UserId> findByUsername(const QString &username);

    // The live unit with this code (org_units.code), for command lines and imports.
    std::optional<OrgUnitId> unitByCode(const QString &code);

    // The form user names are stored and compared in: trimmed, NFKC, Persian letter forms,
    // ASCII digits, lower case.
    static QString canonicalUsername(const QString &username);

    // A sentence for the administrator, in the user interface language.
    static QString describe(const UserError &error);

private:
    Expected<bool, UserError> checkUnits(const QList<OrgUnitId> &units);
    Expected<bool, UserError> writeAccess(UserId user, const QList<Access::Role> &roles,
                                          const QList<OrgUnitId> &units,
                                          const Records::WriteContext &context);
    std::optional<QString> usernameOf(UserId user);

    QSqlDatabase m_db;
    Storage::Backend m_backend;
};

} // namespace Shahrvand::Auth
