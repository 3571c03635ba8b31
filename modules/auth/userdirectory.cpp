#include "userdirectory.h"

#include "auditlog.h"
#include "authlog_p.h"
#include "canonicaltext_p.h"
#include "language.h"
#include "tokenstore_p.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Shahrvand::Auth {

namespace {

constexpr int minimumUsernameLength = 3;
constexpr int maximumUsernameLength = 64;

bool isValidUsername(const QString &canonical)
{
    const qsizetype length = detail::codePointCount(canonical);
    if (length < minimumUsernameLength || length > maximumUsernameLength)
        return false;
    const QList<uint> codePoints = canonical.toUcs4();
    for (uint c : codePoints) {
        const auto category = QChar::category(char32_t(c));
        const bool ok = QChar::isLetterOrNumber(char32_t(c)) ||
                        category == QChar::Mark_NonSpacing ||
                        category == QChar::Mark_SpacingCombining || c == u'.' || c == u'_' ||
                        c == u'-' || c == u'@' || c == 0x200C; // ZWNJ, inside Persian words
        if (!ok)
            return false;
    }
    return true;
}

UserError databaseError(const QString &detail)
{
    qCWarning(lcAuth) << "user directory:" << detail;
    return {UserError::Kind::Database, {}, detail};
}

UserError fromWriteError(const Records::WriteError &error)
{
    if (error.kind == Records::WriteError::Kind::NotFound)
        return {UserError::Kind::NotFound, {}, error.detail};
    return databaseError(error.detail);
}

} // namespace

UserDirectory::UserDirectory(QSqlDatabase db, Storage::Backend backend)
    : m_db(std::move(db))
    , m_backend(backend)
{}

QString UserDirectory::canonicalUsername(const QString &username)
{
    return detail::canonicalUsername(username);
}

Expected<UserId, UserError> UserDirectory::create(const NewUser &user,
                                                  const Records::WriteContext &context)
{
    const QString username = canonicalUsername(user.username);
    if (!isValidUsername(username))
        return UserError{UserError::Kind::InvalidUsername, {}, {}};
    if (user.roles.isEmpty())
        return UserError{UserError::Kind::NoRole, {}, {}};
    if (user.units.isEmpty() && !user.roles.contains(Access::Role::Administrator))
        return UserError{UserError::Kind::NoUnit, {}, {}};
    const auto language = languageFromCode(user.language);
    if (!language)
        return UserError{UserError::Kind::InvalidLanguage, {}, user.language};
    if (const auto weak = PasswordPolicy::check(user.password, username))
        return UserError{UserError::Kind::WeakPassword, *weak, {}};

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec())
        return databaseError(query.lastError().text());
    if (query.next())
        return UserError{UserError::Kind::DuplicateUsername, {}, username};
    query.finish();
    if (const auto units = checkUnits(user.units); !units)
        return units.error();

    const auto hash = PasswordHasher::hash(user.password);
    if (!hash)
        return UserError{UserError::Kind::WeakPassword, hash.error(), {}};

    Records::RowWriter writer(m_db, m_backend);
    const QString displayName = user.displayName.trimmed();
    const auto written = writer.insert(
        QStringLiteral("users"),
        {{QStringLiteral("username"), username},
         {QStringLiteral("display_name"), displayName.isEmpty() ? username : displayName},
         {QStringLiteral("password_hash"), *hash},
         {QStringLiteral("active"), 1},
         {QStringLiteral("language"), languageCode(*language)}},
        context);
    if (!written) {
        // Another transaction took the name between our check and the insert.
        if (written.error().kind == Records::WriteError::Kind::Constraint)
            return UserError{UserError::Kind::DuplicateUsername, {}, username};
        return databaseError(written.error().detail);
    }
    const UserId id(written->id);
    if (const auto access = writeAccess(id, user.roles, user.units, context); !access)
        return access.error();
    return id;
}

Expected<bool, UserError> UserDirectory::setPassword(UserId user, const QString &password,
                                                     const Records::WriteContext &context)
{
    const auto username = usernameOf(user);
    if (!username)
        return UserError{UserError::Kind::NotFound, {}, user.toString()};
    if (const auto weak = PasswordPolicy::check(password, *username))
        return UserError{UserError::Kind::WeakPassword, *weak, {}};
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return UserError{UserError::Kind::WeakPassword, hash.error(), {}};
    Records::RowWriter writer(m_db, m_backend);
    const auto written = writer.update(QStringLiteral("users"), user.value(),
                                       {{QStringLiteral("password_hash"), *hash}}, context);
    if (!written)
        return fromWriteError(written.error());
    const auto revoked = detail::TokenStore(m_db).revokeUser(user, context.nowMs);
    if (!revoked)
        return databaseError(revoked.error());
    return true;
}

Expected<bool, UserError> UserDirectory::setActive(UserId user, bool active,
                                                   const Records::WriteContext &context)
{
    Records::RowWriter writer(m_db, m_backend);
    const auto written = writer.update(QStringLiteral("users"), user.value(),
                                       {{QStringLiteral("active"), active ? 1 : 0}}, context);
    if (!written)
        return fromWriteError(written.error());
    if (!active) {
        const auto revoked = detail::TokenStore(m_db).revokeUser(user, context.nowMs);
        if (!revoked)
            return databaseError(revoked.error());
    }
    return true;
}

std::optional<UserId> UserDirectory::findByUsername(const QString &username)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM users WHERE username = ? AND deleted = 0"));
    query.addBindValue(canonicalUsername(username));
    if (!query.exec()) {
        qCWarning(lcAuth) << "user lookup:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return UserId(query.value(0).toLongLong());
}

std::optional<OrgUnitId> UserDirectory::unitByCode(const QString &code)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM org_units WHERE code = ? AND deleted = 0"));
    query.addBindValue(code.trimmed());
    if (!query.exec()) {
        qCWarning(lcAuth) << "unit lookup:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return OrgUnitId(query.value(0).toLongLong());
}

Expected<bool, UserError> UserDirectory::checkUnits(const QList<OrgUnitId> &units)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM org_units WHERE id = ? AND deleted = 0"));
    for (const OrgUnitId unit : units) {
        query.addBindValue(unit.value());
        if (!query.exec())
            return databaseError(query.lastError().text());
        if (!query.next())
            return UserError{UserError::Kind::UnknownUnit, {}, unit.toString()};
        query.finish();
    }
    return true;
}

Expected<bool, UserError> UserDirectory::writeAccess(UserId user, const QList<Access::Role> &roles,
                                                     const QList<OrgUnitId> &units,
                                                     const Records::WriteContext &context)
{
    QJsonArray roleCodes;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    for (const Access::Role role : roles) {
        const QString code = Access::roleCode(role);
        if (roleCodes.contains(code))
            continue;
        roleCodes.append(code);
        query.addBindValue(user.value());
        query.addBindValue(code);
        if (!query.exec())
            return databaseError(query.lastError().text());
    }
    QJsonArray unitIds;
    query.prepare(QStringLiteral("INSERT INTO user_units (user_id, unit_id) VALUES (?, ?)"));
    for (const OrgUnitId unit : units) {
        if (unitIds.contains(unit.value()))
            continue;
        unitIds.append(unit.value());
        query.addBindValue(user.value());
        query.addBindValue(unit.value());
        if (!query.exec())
            return databaseError(query.lastError().text());
    }

    Records::AuditEntry entry;
    entry.atMs = context.nowMs;
    entry.userId = context.actorUserId;
    entry.action = QStringLiteral("set_access");
    entry.entity = QStringLiteral("users");
    entry.rowId = user.value();
    entry.newValues = {{QStringLiteral("roles"), roleCodes}, {QStringLiteral("units"), unitIds}};
    entry.client = context.client;
    const auto appended = Records::AuditLog::append(m_db, m_backend, entry);
    if (!appended)
        return databaseError(appended.error());
    return true;
}

std::optional<QString> UserDirectory::usernameOf(UserId user)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT username FROM users WHERE id = ? AND deleted = 0"));
    query.addBindValue(user.value());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QString UserDirectory::describe(const UserError &error)
{
    switch (error.kind) {
    case UserError::Kind::InvalidUsername:
        return tr("The user name must be %L1 to %L2 characters long and contain only letters, "
                  "digits and the signs . _ - @, without spaces.")
            .arg(minimumUsernameLength)
            .arg(maximumUsernameLength);
    case UserError::Kind::DuplicateUsername:
        return tr("There is already a user with this name.");
    case UserError::Kind::WeakPassword:
        return PasswordHasher::describe(error.password);
    case UserError::Kind::NoRole:
        return tr("Give the user at least one role.");
    case UserError::Kind::NoUnit:
        return tr("Every user except an administrator must belong to at least one unit.");
    case UserError::Kind::UnknownUnit:
        return tr("There is no unit %1.").arg(error.detail);
    case UserError::Kind::InvalidLanguage:
        return tr("The language must be fa (Persian) or en (English).");
    case UserError::Kind::NotFound:
        return tr("There is no such user.");
    case UserError::Kind::Database:
        return tr("The user could not be saved because of a server error. Try again later; if "
                  "it happens again, tell the system administrator.");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand::Auth
