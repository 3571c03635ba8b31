#include "credentialstore.h"
#include "credentialstore_p.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

Q_LOGGING_CATEGORY(lcCredentials, "shahrvand.credentials")

namespace Shahrvand::Credentials {

namespace {

// Long enough for a keychain that starts on demand (D-Bus activation of the Secret
// Service), short enough that a workstation without one still starts promptly.
constexpr int probeTimeoutMs = 5000;

QString probeFailure(KeychainCredentialStore::Outcome outcome)
{
    switch (outcome) {
    case KeychainCredentialStore::Outcome::TimedOut:
        return CredentialStore::tr(
            "The system keychain did not answer. Your sign-in is kept only until Shahrvand "
            "closes: you will be asked for your password when you start it again.");
    case KeychainCredentialStore::Outcome::Denied:
        return CredentialStore::tr(
            "The system keychain is locked or refused access. Your sign-in is kept only "
            "until Shahrvand closes: you will be asked for your password when you start it "
            "again.");
    default:
        return CredentialStore::tr(
            "No system keychain is available on this computer. Your sign-in is kept only "
            "until Shahrvand closes: you will be asked for your password when you start it "
            "again.");
    }
}

// On Linux both keychains (Secret Service, KWallet) are reached over the session's D-Bus;
// without one (a console or a bare X server), asking would only wait for the timeout.
bool sessionBusMissing()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return false;
#endif
}

std::unique_ptr<CredentialStore> open(const QString &service, LastSignIn keychainSide,
                                      LastSignIn memorySide)
{
    if (sessionBusMissing()) {
        qCWarning(lcCredentials, "no D-Bus session, so no system keychain: secrets are kept in "
                                 "memory for this run");
        return std::make_unique<MemoryCredentialStore>(
            probeFailure(KeychainCredentialStore::Outcome::Unavailable), std::move(memorySide));
    }
    QElapsedTimer timer;
    timer.start();
    auto keychain = std::make_unique<KeychainCredentialStore>(service, std::move(keychainSide));
    const auto outcome = keychain->probe(probeTimeoutMs);
    if (outcome == KeychainCredentialStore::Outcome::Done) {
        qCDebug(lcCredentials, "the system keychain answered in %lld ms",
                static_cast<long long>(timer.elapsed()));
        return keychain;
    }
    qCWarning(lcCredentials,
              "no usable system keychain (outcome %d after %lld ms): secrets "
              "are kept in memory for this run",
              static_cast<int>(outcome), static_cast<long long>(timer.elapsed()));
    return std::make_unique<MemoryCredentialStore>(probeFailure(outcome), std::move(memorySide));
}

} // namespace

// ---- LastSignIn

LastSignIn::LastSignIn(QSettings *settings, std::unique_ptr<QSettings> owned, QString group)
    : m_settings(settings)
    , m_owned(std::move(owned))
    , m_group(std::move(group))
{
    if (m_owned)
        m_settings = m_owned.get();
}

LastSignIn::LastSignIn(LastSignIn &&) noexcept = default;
LastSignIn &LastSignIn::operator=(LastSignIn &&) noexcept = default;
LastSignIn::~LastSignIn() = default;

LastSignIn LastSignIn::inMemory()
{
    return LastSignIn(nullptr, nullptr, {});
}

LastSignIn LastSignIn::inSettings(QSettings &settings, const QString &service)
{
    return LastSignIn(&settings, nullptr, QStringLiteral("LastSignIn/") + service);
}

LastSignIn LastSignIn::inDefaultSettings(const QString &service)
{
    return LastSignIn(nullptr, std::make_unique<QSettings>(),
                      QStringLiteral("LastSignIn/") + service);
}

std::optional<RememberedUser> LastSignIn::read() const
{
    if (!m_settings)
        return m_memory;
    m_settings->beginGroup(m_group);
    const QUrl server(m_settings->value(QStringLiteral("server")).toString());
    const QString username = m_settings->value(QStringLiteral("username")).toString();
    m_settings->endGroup();
    if (!server.isValid() || server.isEmpty() || username.isEmpty())
        return std::nullopt;
    return RememberedUser{server, username};
}

bool LastSignIn::write(const QUrl &server, const QString &username)
{
    if (!m_settings) {
        m_memory = RememberedUser{server, username};
        return true;
    }
    m_settings->beginGroup(m_group);
    m_settings->setValue(QStringLiteral("server"), server.toString());
    m_settings->setValue(QStringLiteral("username"), username);
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcCredentials, "could not write the last sign-in to %s",
                  qPrintable(m_settings->fileName()));
        return false;
    }
    return true;
}

// ---- the secret's form

QByteArray encodeCredentials(const StoredCredentials &credentials)
{
    const QJsonObject json{{QStringLiteral("refresh_token"), credentials.refreshToken},
                           {QStringLiteral("cache_key"), credentials.cacheKeyHex}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<StoredCredentials> decodeCredentials(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    StoredCredentials credentials;
    credentials.refreshToken = object.value(u"refresh_token").toString();
    credentials.cacheKeyHex = object.value(u"cache_key").toString();
    return credentials;
}

QString credentialKey(const QUrl &server, const QString &username)
{
    QUrl normalized =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                        QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normalized.path() == u"/")
        normalized.setPath(QString());
    return username + u'@' + normalized.toString(QUrl::FullyEncoded);
}

// ---- the memory store

MemoryCredentialStore::MemoryCredentialStore(QString reason, LastSignIn lastSignIn)
    : m_reason(std::move(reason))
    , m_lastSignIn(std::move(lastSignIn))
{
    if (m_reason.isEmpty())
        m_reason = probeFailure(KeychainCredentialStore::Outcome::Unavailable);
}

std::optional<StoredCredentials> MemoryCredentialStore::load(const QUrl &server,
                                                             const QString &username)
{
    const auto found = m_secrets.constFind(credentialKey(server, username));
    if (found == m_secrets.constEnd())
        return std::nullopt;
    return *found;
}

bool MemoryCredentialStore::save(const QUrl &server, const QString &username,
                                 const StoredCredentials &credentials)
{
    m_secrets.insert(credentialKey(server, username), credentials);
    return true;
}

bool MemoryCredentialStore::remove(const QUrl &server, const QString &username)
{
    m_secrets.remove(credentialKey(server, username));
    return true;
}

// ---- factories

std::unique_ptr<CredentialStore> openCredentialStore(const QString &service)
{
    return open(service, LastSignIn::inDefaultSettings(service),
                LastSignIn::inDefaultSettings(service));
}

std::unique_ptr<CredentialStore> openCredentialStore(const QString &service, QSettings &settings)
{
    return open(service, LastSignIn::inSettings(settings, service),
                LastSignIn::inSettings(settings, service));
}

std::unique_ptr<CredentialStore> memoryCredentialStore(const QString &reason)
{
    return std::make_unique<MemoryCredentialStore>(reason, LastSignIn::inMemory());
}

std::unique_ptr<CredentialStore> memoryCredentialStore(const QString &reason, QSettings &settings)
{
    return std::make_unique<MemoryCredentialStore>(
        reason, LastSignIn::inSettings(settings, QStringLiteral("Shahrvand")));
}

} // namespace Shahrvand::Credentials
