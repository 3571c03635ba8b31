#include "sessions.h"

#include "auditlog.h"
#include "authenticator.h"
#include "authlog_p.h"
#include "canonicaltext_p.h"
#include "clock.h"
#include "loginthrottle.h"
#include "passwordhasher.h"
#include "principalloader.h"
#include "rowwriter.h"
#include "tokenstore_p.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Shahrvand::Auth {

using Storage::Transaction;

namespace {

SessionError error(SessionError::Kind kind, std::chrono::seconds retryAfter = {})
{
    return {kind, retryAfter};
}

SessionError unavailable(const char *what, const QString &detail)
{
    qCWarning(lcAuth) << what << detail;
    return error(SessionError::Kind::Unavailable);
}

// Checked against for user names that do not exist, so that they cost a hash like a wrong
// password does. Made once per process, from a random password nobody knows.
const QString &dummyHash()
{
    static const QString hash = [] {
        const auto made = PasswordHasher::hash(Token::generate());
        if (!made)
            qCCritical(lcAuth) << "could not make the dummy password hash";
        return made.valueOr(QString());
    }();
    return hash;
}

constexpr qsizetype maximumKeyLength = 128;

struct Account
{
    UserId id;
    QString passwordHash;
    bool active = false;
};

// An entry about the users row of `user`; `byUser` when the user is the one acting (a
// failed sign-in may be anyone's).
Expected<qint64, QString> audit(QSqlDatabase &db, Storage::Backend backend, const QString &action,
                                std::optional<UserId> user, bool byUser, const QJsonObject &values,
                                const QString &client, qint64 nowMs)
{
    Records::AuditEntry entry;
    entry.atMs = nowMs;
    if (user) {
        entry.rowId = user->value();
        if (byUser)
            entry.userId = user->value();
    }
    entry.action = action;
    entry.entity = QStringLiteral("users");
    entry.newValues = values;
    entry.client = client;
    return Records::AuditLog::append(db, backend, entry);
}

Expected<std::optional<Account>, QString> findAccount(QSqlDatabase &db, const QString &usernameKey)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, password_hash, active FROM users WHERE username = ? AND deleted = 0"));
    query.addBindValue(usernameKey);
    if (!query.exec())
        return query.lastError().text();
    if (!query.next())
        return std::optional<Account>();
    return std::optional<Account>(Account{UserId(query.value(0).toLongLong()),
                                          query.value(1).toString(), query.value(2).toInt() == 1});
}

} // namespace

Sessions::Sessions(std::shared_ptr<Storage::Database> database, const Clock &clock,
                   Authenticator &authenticator)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_authenticator(authenticator)
{
    dummyHash(); // made now, so that the first unknown user name costs no extra hash
}

Expected<SignedIn, SessionError> Sessions::login(const QString &username, const QString &password,
                                                 const QString &client)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // No user name is that long; the cut only keeps junk from bloating login_throttle.
    const QString key = detail::canonicalUsername(username).left(maximumKeyLength);
    const AuthSettings &settings = m_authenticator.settings();
    const Storage::Backend backend = m_database->backend();
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen())
        return error(SessionError::Kind::Unavailable);

    // 1. Count the attempt as a failure before looking at the password (see LoginThrottle).
    LoginThrottle::Decision decision;
    {
        Transaction transaction(db, backend);
        if (!transaction.isActive())
            return unavailable("sign-in: cannot begin:", transaction.error());
        const auto decided = LoginThrottle(db, backend, settings.throttle).beginAttempt(key, now);
        if (!decided)
            return unavailable("sign-in: throttle:", decided.error());
        if (!transaction.commit())
            return unavailable("sign-in: cannot commit:", transaction.error());
        if (!decided->allowed)
            return error(SessionError::Kind::Throttled, decided->wait);
        decision = *decided;
    }

    // 2. The password, outside any transaction: Argon2id takes tens of milliseconds, and
    // SQLite's write lock must not wait for it.
    const auto found = findAccount(db, key);
    if (!found)
        return unavailable("sign-in: user lookup:", found.error());
    const std::optional<Account> &account = *found;
    const bool passwordRight =
        PasswordHasher::verify(account ? account->passwordHash : dummyHash(), password);

    if (!account || !passwordRight || !account->active) {
        const QString reason = !account         ? QStringLiteral("unknown_user")
                               : !passwordRight ? QStringLiteral("wrong_password")
                                                : QStringLiteral("inactive");
        QJsonObject values{{QStringLiteral("reason"), reason},
                           {QStringLiteral("failures"), decision.failures}};
        if (decision.wait.count() > 0)
            values.insert(QStringLiteral("throttled_for_s"), qint64(decision.wait.count()));
        Transaction transaction(db, backend);
        const auto audited = audit(db, backend, QStringLiteral("sign_in_failed"),
                                   account ? std::optional<UserId>(account->id) : std::nullopt,
                                   false, values, client, now);
        if (!transaction.isActive() || !audited || !transaction.commit())
            qCWarning(lcAuth) << "sign-in: could not audit a failure:"
                              << (audited ? transaction.error() : audited.error());
        return error(SessionError::Kind::InvalidCredentials, decision.wait);
    }

    // 3. Signed in. A hash made with older parameters is brought up to date while the
    // password is at hand (hashed here, outside the transaction).
    std::optional<QString> rehashed;
    if (PasswordHasher::needsRehash(account->passwordHash)) {
        if (const auto hash = PasswordHasher::hash(password))
            rehashed = *hash;
    }
    Transaction transaction(db, backend);
    if (!transaction.isActive())
        return unavailable("sign-in: cannot begin:", transaction.error());
    // The audit entry first: on PostgreSQL it takes the change sequence's lock, which every
    // writer of users rows (RowWriter) takes first too, so locks are taken in one order.
    const QString family = Token::newFamily();
    const auto audited = audit(db, backend, QStringLiteral("sign_in"), account->id, true,
                               {{QStringLiteral("family"), family}}, client, now);
    if (!audited)
        return unavailable("sign-in: audit:", audited.error());
    const auto reset = LoginThrottle(db, backend, settings.throttle).reset(key);
    if (!reset)
        return unavailable("sign-in: throttle reset:", reset.error());
    const auto tokens = detail::TokenStore(db).issue(account->id, family, client, now, settings);
    if (!tokens)
        return unavailable("sign-in: tokens:", tokens.error());

    // last_login_at is the server's bookkeeping, not synced data: it is written without a
    // new version (which would make every workstation download the user again after each
    // sign-in); the audit trail is the record of sign-ins.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(account->id.value());
    if (!query.exec())
        return unavailable("sign-in: last_login_at:", query.lastError().text());
    if (rehashed) {
        const auto written = Records::RowWriter(db, backend)
                                 .update(QStringLiteral("users"), account->id.value(),
                                         {{QStringLiteral("password_hash"), *rehashed}},
                                         Records::WriteContext{account->id.value(), client, now});
        if (!written)
            return unavailable("sign-in: rehash:", written.error().detail);
    }

    const quint64 generation = m_authenticator.generation();
    const auto principal = PrincipalLoader::loadWithDelegators(db, account->id, now);
    if (!principal)
        return unavailable("sign-in: principal:", principal.error());
    if (!principal->has_value()) // deleted between the check and now
        return error(SessionError::Kind::InvalidCredentials);
    if (!transaction.commit())
        return unavailable("sign-in: cannot commit:", transaction.error());

    m_authenticator.remember(
        Authenticator::cacheKey(tokens->accessToken),
        {**principal, family, tokens->accessExpiresAt.toMSecsSinceEpoch(), now}, generation);
    return SignedIn{*tokens, **principal};
}

Expected<SignedIn, SessionError> Sessions::refresh(const QString &refreshToken,
                                                   const QString &client)
{
    if (!Token::looksValid(refreshToken))
        return error(SessionError::Kind::InvalidToken);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const Storage::Backend backend = m_database->backend();
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen())
        return error(SessionError::Kind::Unavailable);
    const QString hash = Token::hashOf(refreshToken);

    Transaction transaction(db, backend);
    if (!transaction.isActive())
        return unavailable("refresh: cannot begin:", transaction.error());
    detail::TokenStore store(db);
    const auto claimed = store.claimRefresh(hash, now);
    if (!claimed)
        return unavailable("refresh: claim:", claimed.error());

    if (!claimed->has_value()) {
        const auto found = store.find(hash);
        if (!found)
            return unavailable("refresh: lookup:", found.error());
        const std::optional<detail::StoredToken> &token = *found;
        if (!token || token->kind != QLatin1String("refresh") || !token->revokedAtMs)
            return error(SessionError::Kind::InvalidToken); // unknown, wrong kind or expired
        // Already exchanged (or signed out): if the sign-in is still live, someone holds a
        // copy of an old token. End the sign-in for everyone who holds any of its tokens.
        // The audit entry comes first, for the lock order (see login); if the sign-in had
        // already ended, the transaction rolls back, entry and all.
        const auto audited = audit(db, backend, QStringLiteral("refresh_token_reused"), token->user,
                                   true, {{QStringLiteral("family"), token->family}}, client, now);
        if (!audited)
            return unavailable("refresh: audit:", audited.error());
        const auto revoked = store.revokeFamily(token->family, now);
        if (!revoked)
            return unavailable("refresh: revoke:", revoked.error());
        if (*revoked == 0)
            return error(SessionError::Kind::InvalidToken);
        if (!transaction.commit())
            return unavailable("refresh: cannot commit:", transaction.error());
        m_authenticator.forgetFamily(token->family);
        qCWarning(lcAuth) << "refresh token reused; sign-in revoked for user" << token->user.value()
                          << "from" << client;
        return error(SessionError::Kind::TokenReused);
    }

    const detail::StoredToken &token = **claimed;
    const quint64 generation = m_authenticator.generation();
    const auto principal = PrincipalLoader::loadWithDelegators(db, token.user, now);
    if (!principal)
        return unavailable("refresh: principal:", principal.error());
    if (!principal->has_value()) {
        // Deactivated or deleted since signing in: the sign-in ends here.
        if (const auto revoked = store.revokeFamily(token.family, now); !revoked)
            return unavailable("refresh: revoke:", revoked.error());
        if (!transaction.commit())
            return unavailable("refresh: cannot commit:", transaction.error());
        m_authenticator.forgetFamily(token.family);
        return error(SessionError::Kind::InvalidToken);
    }
    const auto tokens =
        store.issue(token.user, token.family, client, now, m_authenticator.settings());
    if (!tokens)
        return unavailable("refresh: tokens:", tokens.error());
    if (!transaction.commit())
        return unavailable("refresh: cannot commit:", transaction.error());

    m_authenticator.remember(
        Authenticator::cacheKey(tokens->accessToken),
        {**principal, token.family, tokens->accessExpiresAt.toMSecsSinceEpoch(), now}, generation);
    return SignedIn{*tokens, **principal};
}

Expected<bool, SessionError> Sessions::logout(const QString &token, const QString &client)
{
    if (!Token::looksValid(token))
        return false;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const Storage::Backend backend = m_database->backend();
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen())
        return error(SessionError::Kind::Unavailable);

    Transaction transaction(db, backend);
    if (!transaction.isActive())
        return unavailable("logout: cannot begin:", transaction.error());
    detail::TokenStore store(db);
    const auto found = store.find(Token::hashOf(token));
    if (!found)
        return unavailable("logout: lookup:", found.error());
    if (!found->has_value())
        return false;
    const detail::StoredToken &stored = **found;
    // The audit entry first, for the lock order (see login); if the sign-in had already
    // ended, the transaction rolls back, entry and all.
    const auto audited = audit(db, backend, QStringLiteral("sign_out"), stored.user, true,
                               {{QStringLiteral("family"), stored.family}}, client, now);
    if (!audited)
        return unavailable("logout: audit:", audited.error());
    const auto revoked = store.revokeFamily(stored.family, now);
    if (!revoked)
        return unavailable("logout: revoke:", revoked.error());
    if (*revoked > 0 && !transaction.commit())
        return unavailable("logout: cannot commit:", transaction.error());
    // Also when it had ended already: perhaps through another process, whose revocation
    // this process may still remember as live.
    m_authenticator.forgetFamily(stored.family);
    return *revoked > 0;
}

Expected<int, SessionError> Sessions::purgeExpired()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const Storage::Backend backend = m_database->backend();
    QSqlDatabase db = m_database->connection();
    if (!db.isOpen())
        return error(SessionError::Kind::Unavailable);
    Transaction transaction(db, backend);
    if (!transaction.isActive())
        return unavailable("purge: cannot begin:", transaction.error());
    const auto tokens = detail::TokenStore(db).purgeExpired(now);
    if (!tokens)
        return unavailable("purge: tokens:", tokens.error());
    const auto throttle =
        LoginThrottle(db, backend, m_authenticator.settings().throttle).purgeForgotten(now);
    if (!throttle)
        return unavailable("purge: throttle:", throttle.error());
    if (!transaction.commit())
        return unavailable("purge: cannot commit:", transaction.error());
    return *tokens + *throttle;
}

QString Sessions::describe(const SessionError &error)
{
    const qint64 seconds = error.retryAfter.count();
    // Up to two minutes in seconds, then in whole minutes (rounded up).
    const QString wait = seconds <= 120 ? tr("%Ln second(s)", nullptr, int(seconds))
                                        : tr("%Ln minute(s)", nullptr, int((seconds + 59) / 60));
    switch (error.kind) {
    case SessionError::Kind::InvalidCredentials:
        if (seconds > 0)
            return tr("The user name or password is wrong. Because of repeated failures, the "
                      "next attempt is possible in %1.")
                .arg(wait);
        return tr("The user name or password is wrong.");
    case SessionError::Kind::Throttled:
        return tr("Too many failed attempts to sign in with this user name. Try again in %1.")
            .arg(wait);
    case SessionError::Kind::InvalidToken:
        return tr("Your session has ended. Sign in again.");
    case SessionError::Kind::TokenReused:
        return tr("Your session was ended for your safety, because it was also used from "
                  "somewhere else. Sign in again; if this happens again, tell the system "
                  "administrator.");
    case SessionError::Kind::Unavailable:
        return tr("The server cannot sign you in at the moment. Try again in a few minutes.");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand::Auth
