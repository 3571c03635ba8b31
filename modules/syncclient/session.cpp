#include "session.h"

namespace Shahrvand::SyncClient {

std::optional<Session> Session::fromSignInJson(const QUrl &server, const QJsonObject &json)
{
    Session session;
    session.server = server;
    session.accessToken = json.value(u"access_token").toString();
    session.refreshToken = json.value(u"refresh_token").toString();
    session.accessExpiresAt =
        QDateTime::fromString(json.value(u"access_expires_at").toString(), Qt::ISODate);
    session.refreshExpiresAt =
        QDateTime::fromString(json.value(u"refresh_expires_at").toString(), Qt::ISODate);
    const QJsonObject user = json.value(u"user").toObject();
    if (session.accessToken.isEmpty() || session.refreshToken.isEmpty() || user.isEmpty())
        return std::nullopt;
    session.user = Access::principalFromJson(user);
    session.username = session.user.username;
    if (!session.user.userId.isValid() || session.username.isEmpty())
        return std::nullopt;
    return session;
}

std::optional<QUrl> normalizeServerAddress(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(QLatin1String("://"))) {
        // Plain HTTP only where nobody can listen in: this computer.
        const QString host =
            trimmed.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('/'), 0, 0);
        const bool loopback =
            host == u"localhost" || host.startsWith(QLatin1String("127.")) || host == u"[::1]";
        trimmed.prepend(loopback ? QStringLiteral("http://") : QStringLiteral("https://"));
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http") || !url.userInfo().isEmpty() ||
        url.hasQuery() || url.hasFragment())
        return std::nullopt;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.isEmpty())
        return std::nullopt; // the API lives at the root of its server
    url.setPath(QString());
    return url;
}

} // namespace Shahrvand::SyncClient
