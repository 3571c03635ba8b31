#include "tokenstore_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <tuple>

namespace Shahrvand::Auth::detail {

namespace {

const QString access = QStringLiteral("access");
const QString refresh = QStringLiteral("refresh");

StoredToken tokenFrom(const QSqlQuery &query)
{
    // Columns: user_id, kind, family, expires_at, revoked_at
    StoredToken token;
    token.user = UserId(query.value(0).toLongLong());
    token.kind = query.value(1).toString();
    token.family = query.value(2).toString();
    token.expiresAtMs = query.value(3).toLongLong();
    if (!query.value(4).isNull())
        token.revokedAtMs = query.value(4).toLongLong();
    return token;
}

} // namespace

TokenStore::TokenStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Expected<TokenPair, QString> TokenStore::issue(UserId user, const QString &family,
                                               const QString &client, qint64 nowMs,
                                               const AuthSettings &settings)
{
    TokenPair pair;
    pair.accessToken = Token::generate();
    pair.refreshToken = Token::generate();
    const qint64 accessExpires =
        nowMs + std::chrono::milliseconds(settings.accessTokenLifetime).count();
    const qint64 refreshExpires =
        nowMs + std::chrono::milliseconds(settings.refreshTokenLifetime).count();
    pair.accessExpiresAt = QDateTime::fromMSecsSinceEpoch(accessExpires, Qt::UTC);
    pair.refreshExpiresAt = QDateTime::fromMSecsSinceEpoch(refreshExpires, Qt::UTC);

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO auth_tokens (user_id, kind, token_hash, family, created_at, expires_at,"
        " client) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &[kind, token, expires] :
         {std::tuple{access, pair.accessToken, accessExpires},
          std::tuple{refresh, pair.refreshToken, refreshExpires}}) {
        query.addBindValue(user.value());
        query.addBindValue(kind);
        query.addBindValue(Token::hashOf(token));
        query.addBindValue(family);
        query.addBindValue(nowMs);
        query.addBindValue(expires);
        query.addBindValue(client);
        if (!query.exec())
            return query.lastError().text();
    }
    return pair;
}

Expected<std::optional<StoredToken>, QString> TokenStore::find(const QString &tokenHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT user_id, kind, family, expires_at, revoked_at"
                                 " FROM auth_tokens WHERE token_hash = ?"));
    query.addBindValue(tokenHash);
    if (!query.exec())
        return query.lastError().text();
    if (!query.next())
        return std::optional<StoredToken>();
    return std::optional<StoredToken>(tokenFrom(query));
}

Expected<std::optional<StoredToken>, QString> TokenStore::claimRefresh(const QString &tokenHash,
                                                                       qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE auth_tokens SET revoked_at = ?"
        " WHERE token_hash = ? AND kind = ? AND revoked_at IS NULL AND expires_at > ?"
        " RETURNING user_id, kind, family, expires_at, revoked_at"));
    query.addBindValue(nowMs);
    query.addBindValue(tokenHash);
    query.addBindValue(refresh);
    query.addBindValue(nowMs);
    if (!query.exec())
        return query.lastError().text();
    if (!query.next())
        return std::optional<StoredToken>();
    return std::optional<StoredToken>(tokenFrom(query));
}

Expected<int, QString> TokenStore::revokeFamily(const QString &family, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE auth_tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL"));
    query.addBindValue(nowMs);
    query.addBindValue(family);
    if (!query.exec())
        return query.lastError().text();
    return query.numRowsAffected();
}

Expected<int, QString> TokenStore::revokeUser(UserId user, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE auth_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"));
    query.addBindValue(nowMs);
    query.addBindValue(user.value());
    if (!query.exec())
        return query.lastError().text();
    return query.numRowsAffected();
}

Expected<int, QString> TokenStore::purgeExpired(qint64 beforeMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM auth_tokens WHERE expires_at < ?"));
    query.addBindValue(beforeMs);
    if (!query.exec())
        return query.lastError().text();
    return query.numRowsAffected();
}

} // namespace Shahrvand::Auth::detail
