#pragma once

#include "principal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace Shahrvand::SyncClient {

// A signed-in user on one server: the tokens of POST /api/v1/auth/login (or /refresh)
// and who the user is. The refresh token changes at every refresh; whoever keeps it
// (the keychain) must keep the newest.
struct Session
{
    QUrl server; // e.g. https://crm.example.ir (no path)
    QString username;
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    Access::Principal user;

    bool hasAccessToken() const { return !accessToken.isEmpty(); }

    // From the JSON of a login or refresh answer; nothing if a part is missing.
    static std::optional<Session> fromSignInJson(const QUrl &server, const QJsonObject &json);
};

// "crm.example.ir" -> https://crm.example.ir, "localhost:8080" -> http://localhost:8080
// (plain HTTP only for loopback), trailing slashes removed. Nothing for an unusable
// address.
std::optional<QUrl> normalizeServerAddress(const QString &text);

} // namespace Shahrvand::SyncClient
Q_DECLARE_METATYPE(Shahrvand::SyncClient::Session)
