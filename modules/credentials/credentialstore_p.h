#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QLoggingCategory>

#include <memory>
#include <optional>
#include <utility>

class QSettings;

// "shahrvand.credentials": why the keychain could not be used (never a secret).
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

namespace Shahrvand::Credentials {

using RememberedUser = std::pair<QUrl, QString>;

// The server and user name of the last "remember me" sign-in: in settings (they are not
// secrets) or, without settings, in memory for this run.
class LastSignIn final
{
public:
    static LastSignIn inMemory();
    static LastSignIn inSettings(QSettings &settings, const QString &service);
    static LastSignIn inDefaultSettings(const QString &service);

    LastSignIn(LastSignIn &&) noexcept;
    LastSignIn &operator=(LastSignIn &&) noexcept;
    ~LastSignIn();

    std::optional<RememberedUser> read() const;
    bool write(const QUrl &server, const QString &username);

private:
    LastSignIn(QSettings *settings, std::unique_ptr<QSettings> owned, QString group);

    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_owned;
    QString m_group;
    std::optional<RememberedUser> m_memory;
};

// The one secret kept per user and server, as compact JSON:
// {"refresh_token": "...", "cache_key": "..."}.
QByteArray encodeCredentials(const StoredCredentials &credentials);
std::optional<StoredCredentials> decodeCredentials(const QByteArray &json);

// The system keychain through QtKeychain, each call made synchronous by a local event loop.
class KeychainCredentialStore final : public CredentialStore
{
public:
    enum class Outcome { Done, NotFound, Unavailable, Denied, TimedOut };

    KeychainCredentialStore(QString service, LastSignIn lastSignIn);

    // Writes, reads back and deletes a throw-away entry within `timeoutMs`.
    Outcome probe(int timeoutMs);

    bool isPersistent() const override { return true; }
    QString limitation() const override { return {}; }

    std::optional<StoredCredentials> load(const QUrl &server, const QString &username) override;
    bool save(const QUrl &server, const QString &username,
              const StoredCredentials &credentials) override;
    bool remove(const QUrl &server, const QString &username) override;

    std::optional<RememberedUser> lastRemembered() override { return m_lastSignIn.read(); }
    bool setLastRemembered(const QUrl &server, const QString &username) override
    {
        return m_lastSignIn.write(server, username);
    }

private:
    Outcome read(const QString &key, int timeoutMs, QByteArray *data);
    Outcome write(const QString &key, const QByteArray &data, int timeoutMs);
    Outcome erase(const QString &key, int timeoutMs);

    QString m_service;
    LastSignIn m_lastSignIn;
    // QtKeychain runs its jobs one after the other: once one never finishes, every later
    // one waits behind it, so after a timeout the store stops asking.
    bool m_stuck = false;
};

// Secrets in a map for this run only.
class MemoryCredentialStore final : public CredentialStore
{
public:
    MemoryCredentialStore(QString reason, LastSignIn lastSignIn);

    bool isPersistent() const override { return false; }
    QString limitation() const override { return m_reason; }

    std::optional<StoredCredentials> load(const QUrl &server, const QString &username) override;
    bool save(const QUrl &server, const QString &username,
              const StoredCredentials &credentials) override;
    bool remove(const QUrl &server, const QString &username) override;

    std::optional<RememberedUser> lastRemembered() override { return m_lastSignIn.read(); }
    bool setLastRemembered(const QUrl &server, const QString &username) override
    {
        return m_lastSignIn.write(server, username);
    }

private:
    QString m_reason;
    LastSignIn m_lastSignIn;
    QHash<QString, StoredCredentials> m_secrets;
};

} // namespace Shahrvand::Credentials
