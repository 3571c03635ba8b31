#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace Shahrvand::Credentials {

// What one user keeps for one server between runs: the refresh token ("remember me")
// and the key of their encrypted cache.
struct StoredCredentials
{
    QString refreshToken; // empty: the user did not ask to be remembered
    QString cacheKeyHex;  // 64 hex digits
};

// Where secrets go. The keychain (Windows Credential Manager; Secret Service or KWallet on
// Linux, through QtKeychain) when there is one; otherwise memory only, for this run, and
// the user is told. Never a settings file.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Credentials::CredentialStore)

public:
    virtual ~CredentialStore() = default;

    // False for the memory-only store: secrets are forgotten when the program exits.
    virtual bool isPersistent() const = 0;
    // A translated sentence for the status bar / sign-in dialog when not persistent.
    virtual QString limitation() const = 0;

    // Blocking (a local event loop while the keychain answers); nothing if absent.
    virtual std::optional<StoredCredentials> load(const QUrl &server, const QString &username) = 0;
    virtual bool save(const QUrl &server, const QString &username,
                      const StoredCredentials &credentials) = 0;
    virtual bool remove(const QUrl &server, const QString &username) = 0;

    // The user who last signed in with "remember me" on this machine, to offer at start.
    virtual std::optional<std::pair<QUrl, QString>> lastRemembered() = 0;
    virtual bool setLastRemembered(const QUrl &server, const QString &username) = 0;
};

// The system keychain if it answers a probe now, else a memory store (with the reason in
// limitation()). `service` separates test runs from the real application.
// lastRemembered() is kept in the application's default QSettings (it is no secret).
std::unique_ptr<CredentialStore>
openCredentialStore(const QString &service = QStringLiteral("Shahrvand"));
// The same, with lastRemembered() kept in `settings`, which must outlive the store.
std::unique_ptr<CredentialStore> openCredentialStore(const QString &service, QSettings &settings);

// Secrets in memory only; lastRemembered() too, or in `settings` for the second form.
std::unique_ptr<CredentialStore> memoryCredentialStore(const QString &reason = {});
std::unique_ptr<CredentialStore> memoryCredentialStore(const QString &reason, QSettings &settings);

// The keychain entry's name for one user on one server ("agent-a@https://crm.example.ir").
// Server addresses that differ only by a trailing slash, user info, query or fragment
// name the same entry.
QString credentialKey(const QUrl &server, const QString &username);

} // namespace Shahrvand::Credentials
