#include "signinflow.h"

#include "apiclient.h"
#include "cacheopening.h"
#include "credentialstore.h"
#include "signindialog.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStandardPaths>

#include <utility>

Q_LOGGING_CATEGORY(lcSignIn, "shahrvand.ui.signin")

namespace Shahrvand::Ui {

using Cache::CacheKey;
using Cache::LocalCache;
using SyncClient::ApiClient;
using SyncClient::ApiFailure;
using SyncClient::Session;

QString canonicalPassword(const QString &password)
{
    QString text = password.normalized(QString::NormalizationForm_KC);
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == u'\u064A' || u == u'\u0649')
            c = QChar(u'\u06CC');
        else if (u == u'\u0643')
            c = QChar(u'\u06A9');
        else if (u >= u'\u06F0' && u <= u'\u06F9')
            c = QChar(char16_t(u'0' + (u - u'\u06F0')));
        else if (u >= u'\u0660' && u <= u'\u0669')
            c = QChar(char16_t(u'0' + (u - u'\u0660')));
    }
    return text;
}

QString canonicalAccountName(const QString &username)
{
    return canonicalPassword(username.trimmed()).toLower();
}

SignInFlow::SignInFlow(Credentials::CredentialStore &store, SignInOptions options,
                       QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_dialogParent(dialogParent)
{}

SignInFlow::~SignInFlow()
{
    cancelLogin();
    delete m_dialog.data();
}

// ---- starting

void SignInFlow::start()
{
    m_finished = false;
    m_workspace.reset();
    if (!startRemembered())
        showDialog();
}

std::unique_ptr<Workspace> SignInFlow::takeWorkspace()
{
    return std::move(m_workspace);
}

std::unique_ptr<Workspace> SignInFlow::run()
{
    QEventLoop loop;
    connect(this, &SignInFlow::finished, &loop, &QEventLoop::quit);
    start();
    if (!m_finished)
        loop.exec();
    return takeWorkspace();
}

void SignInFlow::finish(std::unique_ptr<Workspace> workspace)
{
    if (m_finished)
        return;
    m_finished = true;
    cancelLogin();
    m_workspace = std::move(workspace);
    emit finished();
}

bool SignInFlow::startRemembered()
{
    const auto remembered = m_store.lastRemembered();
    if (!remembered)
        return false;
    const auto &[server, account] = *remembered;
    if (!m_options.username.isEmpty() && canonicalAccountName(m_options.username) != account)
        return false;
    if (!m_options.serverAddress.isEmpty()) {
        const auto wanted = SyncClient::normalizeServerAddress(m_options.serverAddress);
        if (!wanted || Credentials::credentialKey(*wanted, account) !=
                           Credentials::credentialKey(server, account))
            return false;
    }
    const auto stored = m_store.load(server, account);
    if (!stored || stored->refreshToken.isEmpty())
        return false;
    const auto key = CacheKey::fromHex(stored->cacheKeyHex);
    const QString path = cachePath(server, account);
    if (!key || !QFileInfo::exists(path)) {
        qCInfo(lcSignIn, "the remembered user has no usable cache here; asking to sign in");
        return false;
    }
    auto opened = openCacheShowingProgress(path, *key, m_dialogParent.data());
    if (!opened) {
        qCWarning(lcSignIn, "the remembered user's cache did not open (%s); asking to sign in",
                  qPrintable(opened.error().detail));
        return false;
    }
    std::unique_ptr<LocalCache> cache = std::move(opened).value();
    const auto user = cache->user();
    if (!user) {
        qCWarning(lcSignIn, "the remembered user's cache does not say whose it is");
        return false;
    }
    // No access token yet: the engine's first cycle refreshes the session, and asks for a
    // new sign-in (signInNeeded) if the server no longer takes the refresh token.
    Session session;
    session.server = server;
    session.username = account;
    session.refreshToken = stored->refreshToken;
    session.user = *user;
    finish(makeWorkspace(session, std::move(cache), *key, path, false));
    return true;
}

SignInDialog *SignInFlow::createDialog(QWidget *parent)
{
    auto *dialog = new SignInDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeychainLimitation(m_store.isPersistent() ? QString() : m_store.limitation());
    delete m_dialog.data();
    m_dialog = dialog;
    return dialog;
}

void SignInFlow::showDialog()
{
    SignInDialog *dialog = createDialog(m_dialogParent);
    const auto remembered = m_store.lastRemembered();
    if (!m_options.serverAddress.isEmpty()) {
        dialog->setServerAddress(m_options.serverAddress);
        const auto wanted = SyncClient::normalizeServerAddress(m_options.serverAddress);
        if (remembered && wanted &&
            Credentials::credentialKey(*wanted, remembered->second) ==
                Credentials::credentialKey(remembered->first, remembered->second))
            dialog->setUsername(remembered->second);
    } else if (remembered) {
        dialog->setServerAddress(remembered->first.toString());
        dialog->setUsername(remembered->second);
    }
    dialog->setRemember(remembered.has_value());

    if (!m_options.username.isEmpty()) {
        dialog->setUsername(m_options.username);
        if (!remembered || canonicalAccountName(m_options.username) != remembered->second)
            dialog->setRemember(false);
    }
    // The given password is used once: after signing out, the dialog asks as usual.
    const bool signInNow = !m_options.username.isEmpty() && !m_options.password.isEmpty() &&
                           !dialog->serverAddress().isEmpty();
    if (signInNow)
        dialog->setPassword(std::exchange(m_options.password, QString()));

    connect(dialog, &SignInDialog::signInRequested, this, &SignInFlow::signInFromDialog);
    connect(dialog, &SignInDialog::workOfflineRequested, this, &SignInFlow::workOffline);
    connect(dialog, &QDialog::rejected, this, [this] { finish(nullptr); });
    dialog->open();
    emit dialogShown(dialog);
    if (signInNow)
        signInFromDialog();
}

void SignInFlow::signInFromDialog()
{
    const auto typed = readDialog(true);
    if (!typed)
        return;
    login(
        *typed, [this, typed = *typed](const Session &session) { completeSignIn(session, typed); },
        true);
}

// ---- asking the server

std::optional<SignInFlow::Typed> SignInFlow::readDialog(bool needServer)
{
    SignInDialog *dialog = m_dialog;
    if (!dialog)
        return std::nullopt;
    dialog->clearError();
    Typed typed;
    if (needServer) {
        if (dialog->serverAddress().isEmpty()) {
            dialog->showError(tr("Enter the address of your organisation's Shahrvand server."),
                              dialog->serverField());
            return std::nullopt;
        }
        const auto server = SyncClient::normalizeServerAddress(dialog->serverAddress());
        if (!server) {
            dialog->showError(tr("“%1” is not a server address that can be used. Enter it as "
                                 "your organisation gave it, for example crm.example.ir.")
                                  .arg(dialog->serverAddress()),
                              dialog->serverField());
            return std::nullopt;
        }
        typed.server = *server;
    }
    if (dialog->username().isEmpty()) {
        dialog->showError(tr("Enter your user name."), dialog->usernameField());
        return std::nullopt;
    }
    if (dialog->password().isEmpty()) {
        dialog->showError(tr("Enter your password."), dialog->passwordField());
        return std::nullopt;
    }
    typed.account = canonicalAccountName(dialog->username());
    typed.password = dialog->password();
    typed.remember = dialog->remember();
    return typed;
}

void SignInFlow::login(const Typed &typed, std::function<void(const Session &session)> signedIn,
                       bool mayOfferOffline)
{
    cancelLogin();
    const quint64 attempt = ++m_attempt;
    if (m_dialog)
        m_dialog->setBusy(true);
    m_api = std::make_unique<ApiClient>(typed.server);
    m_api->setLanguage(languageOf(QLocale()));
    m_api->setTimeoutMs(m_options.requestTimeoutMs);
    m_api->login(typed.account, typed.password,
                 [this, attempt, typed, signedIn = std::move(signedIn),
                  mayOfferOffline](const ApiClient::Result &result) {
                     if (attempt != m_attempt)
                         return; // cancelled, or replaced by a newer attempt
                     if (m_dialog)
                         m_dialog->setBusy(false);
                     if (!result) {
                         showFailure(result.error(), typed, mayOfferOffline);
                         return;
                     }
                     const auto session = Session::fromSignInJson(typed.server, result.value());
                     if (!session) {
                         qCWarning(lcSignIn, "the sign-in answer lacks a part we need");
                         if (m_dialog)
                             m_dialog->showError(
                                 tr("The server's answer could not be understood. It may run "
                                    "another version of Shahrvand; tell your administrator."));
                         return;
                     }
                     signedIn(*session);
                 });
}

void SignInFlow::cancelLogin()
{
    ++m_attempt;
    if (m_api) {
        // Its own callback may be on the stack: let the event loop delete it.
        ApiClient *api = m_api.release();
        api->cancelAll();
        api->deleteLater();
    }
}

void SignInFlow::showFailure(const ApiFailure &failure, const Typed &typed, bool mayOfferOffline)
{
    SignInDialog *dialog = m_dialog;
    if (!dialog)
        return;
    switch (failure.kind) {
    case ApiFailure::Kind::Cancelled:
        return;
    case ApiFailure::Kind::InvalidCredentials:
        dialog->showError(tr("The user name or password is not correct."), dialog->passwordField());
        return;
    case ApiFailure::Kind::Throttled:
        dialog->showThrottled(failure.retryAfterSeconds > 0 ? failure.retryAfterSeconds : 60);
        return;
    case ApiFailure::Kind::Unreachable:
    case ApiFailure::Kind::Timeout:
    case ApiFailure::Kind::ServerError: {
        qCInfo(lcSignIn, "sign-in did not reach the server: %s", qPrintable(failure.message));
        const QString problem =
            failure.kind == ApiFailure::Kind::ServerError
                ? tr("The server has a problem and cannot sign you in now.")
                : tr("The server cannot be reached. Check the address and the network "
                     "connection.");
        if (!mayOfferOffline) {
            dialog->showError(problem + u' ' +
                              tr("You can go on working offline and sign in again later."));
        } else if (!LocalCache::wrappedKey(cachePath(typed.server, typed.account)).isEmpty()) {
            dialog->offerOffline(problem + u' ' +
                                 tr("Your data from your last sign-in is on this computer: "
                                    "you can work offline, and your changes are sent when "
                                    "the server can be reached again."));
        } else {
            dialog->showError(problem, failure.kind == ApiFailure::Kind::ServerError
                                           ? nullptr
                                           : static_cast<QWidget *>(dialog->serverField()));
        }
        return;
    }
    case ApiFailure::Kind::Unauthorized:
    case ApiFailure::Kind::Refused:
    case ApiFailure::Kind::BadAnswer:
        break;
    }
    qCWarning(lcSignIn, "sign-in refused: HTTP %d %s", failure.httpStatus,
              qPrintable(failure.code));
    dialog->showError(failure.message.isEmpty() ? tr("The server did not accept the sign-in.")
                                                : failure.message);
}

// ---- opening the cache

QString SignInFlow::dataFolder() const
{
    return m_options.dataFolder.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               : m_options.dataFolder;
}

QString SignInFlow::cachePath(const QUrl &server, const QString &account) const
{
    return LocalCache::pathFor(dataFolder(), server, account);
}

void SignInFlow::showCacheProblem(const Cache::CacheError &error)
{
    qCWarning(lcSignIn, "the cache cannot be used: %s", qPrintable(error.detail));
    if (m_dialog)
        m_dialog->showError(error.message());
}

std::unique_ptr<LocalCache> SignInFlow::openCache(const QString &path, const Typed &typed,
                                                  CacheKey *key)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QList<CacheKey> candidates;
    if (const auto stored = m_store.load(typed.server, typed.account))
        if (const auto fromStore = CacheKey::fromHex(stored->cacheKeyHex))
            candidates << *fromStore;
    if (const auto known = m_keys.constFind(path); known != m_keys.constEnd())
        candidates << *known;
    if (const QByteArray wrapped = LocalCache::wrappedKey(path); !wrapped.isEmpty())
        if (const auto unwrapped =
                CacheKey::unwrapWithPassword(wrapped, canonicalPassword(typed.password)))
            candidates << *unwrapped;

    for (const CacheKey &candidate : std::as_const(candidates)) {
        auto opened = openCacheShowingProgress(path, candidate, m_dialogParent.data());
        if (opened) {
            *key = candidate;
            return std::move(opened).value();
        }
        if (opened.error().kind != Cache::CacheError::Kind::WrongKey) {
            showCacheProblem(opened.error());
            return nullptr;
        }
    }
    if (QFileInfo::exists(path)) {
        // Made with a key this user no longer has (a keychain emptied and the password
        // changed since). It may hold edits never sent, and the old password still opens
        // it: kept aside for the administrator, and a new cache is filled from the server.
        const QString aside = LocalCache::moveAside(path);
        if (aside.isEmpty()) {
            qCWarning(lcSignIn,
                      "the cache %s opens with none of this user's keys and cannot "
                      "be moved aside",
                      qPrintable(path));
            showCacheProblem({Cache::CacheError::Kind::CannotOpen,
                              QStringLiteral("cannot move the unreadable cache aside"),
                              {}});
            return nullptr;
        }
        qCWarning(lcSignIn,
                  "the cache %s opens with none of this user's keys; kept as %s, and a new "
                  "one is filled from the server",
                  qPrintable(path), qPrintable(aside));
    }
    const CacheKey fresh = CacheKey::generate();
    auto opened = LocalCache::open(path, fresh);
    if (!opened) {
        showCacheProblem(opened.error());
        return nullptr;
    }
    *key = fresh;
    return std::move(opened).value();
}

std::unique_ptr<Workspace> SignInFlow::makeWorkspace(Session session,
                                                     std::unique_ptr<LocalCache> cache,
                                                     const CacheKey &key, const QString &path,
                                                     bool offline)
{
    auto workspace = std::make_unique<Workspace>();
    workspace->engine =
        std::make_unique<SyncClient::SyncEngine>(path, key, session, m_options.sync);
    workspace->session = std::move(session);
    workspace->cache = std::move(cache);
    workspace->credentials = &m_store;
    workspace->startedOffline = offline;
    workspace->cachePath = path;
    m_keys.insert(path, key);
    keepRenewedSessions(*workspace);
    return workspace;
}

void SignInFlow::keepRenewedSessions(Workspace &workspace)
{
    if (workspace.engine && workspace.cache) {
        // The renewed user says who delegated to this user now, with their roles and
        // units (the approvals inbox lists their steps): the cache keeps the latest.
        Cache::LocalCache *cache = workspace.cache.get();
        connect(workspace.engine.get(), &SyncClient::SyncEngine::sessionRenewed,
                workspace.engine.get(), [cache](const Session &session) {
                    if (const auto written = cache->setUser(session.user); !written)
                        qCWarning(lcSignIn, "could not keep the renewed user: %s",
                                  qPrintable(written.error().detail));
                });
    }
    if (!workspace.engine || !workspace.credentials)
        return;
    Credentials::CredentialStore *store = workspace.credentials;
    const QString account = workspace.session.username;
    connect(workspace.engine.get(), &SyncClient::SyncEngine::sessionRenewed, workspace.engine.get(),
            [store, account](const Session &session) {
                // Only a user who asked to be remembered has a refresh token kept; the
                // old one no longer works, so it is replaced at once.
                auto stored = store->load(session.server, account);
                if (!stored || stored->refreshToken.isEmpty())
                    return;
                stored->refreshToken = session.refreshToken;
                if (!store->save(session.server, account, *stored))
                    qCWarning(lcSignIn, "could not keep the renewed sign-in in the keychain");
            });
}

void SignInFlow::completeSignIn(const Session &signedIn, const Typed &typed)
{
    Session session = signedIn;
    session.username = typed.account;
    const QString path = cachePath(typed.server, typed.account);
    CacheKey key;
    std::unique_ptr<LocalCache> cache = openCache(path, typed, &key);
    if (!cache)
        return;
    if (const auto written = cache->setUser(session.user); !written) {
        showCacheProblem(written.error());
        return;
    }
    const QByteArray wrapped = key.wrapWithPassword(canonicalPassword(typed.password));
    if (wrapped.isEmpty())
        qCWarning(lcSignIn, "could not wrap the cache key: this user cannot open it offline");
    else if (const auto written = cache->setWrappedKey(wrapped); !written)
        qCWarning(lcSignIn, "could not store the wrapped cache key: %s",
                  qPrintable(written.error().detail));

    const Credentials::StoredCredentials credentials{
        typed.remember ? session.refreshToken : QString(), key.toHex()};
    if (!m_store.save(typed.server, typed.account, credentials))
        qCWarning(lcSignIn, "could not keep the cache key in the credential store");
    if (typed.remember && !m_store.setLastRemembered(typed.server, typed.account))
        qCWarning(lcSignIn, "could not note who signed in last");

    auto workspace = makeWorkspace(session, std::move(cache), key, path, false);
    if (m_dialog)
        m_dialog->accept();
    finish(std::move(workspace));
}

// ---- offline

void SignInFlow::workOffline()
{
    SignInDialog *dialog = m_dialog;
    const auto typed = readDialog(true);
    if (!dialog || !typed)
        return;
    const QString path = cachePath(typed->server, typed->account);
    const QByteArray wrapped = LocalCache::wrappedKey(path);
    if (wrapped.isEmpty()) {
        dialog->showError(tr("There is no data of this user from this server on this computer. "
                             "Sign in when the server can be reached."));
        return;
    }
    const auto key = CacheKey::unwrapWithPassword(wrapped, canonicalPassword(typed->password));
    if (!key) {
        // Offline the password is checked against the data on this computer: the same
        // answer as the server's, and nothing is opened.
        dialog->showError(tr("The password is not correct."), dialog->passwordField());
        dialog->offlineButton()->show();
        return;
    }
    auto opened = openCacheShowingProgress(path, *key, m_dialogParent.data());
    if (!opened) {
        showCacheProblem(opened.error());
        return;
    }
    std::unique_ptr<LocalCache> cache = std::move(opened).value();
    const auto user = cache->user();
    if (!user) {
        dialog->showError(tr("The data on this computer does not say whose it is. Sign in "
                             "when the server can be reached."));
        return;
    }
    Session session;
    session.server = typed->server;
    session.username = typed->account;
    session.user = *user;
    qCInfo(lcSignIn, "starting offline from the cache");
    auto workspace = makeWorkspace(session, std::move(cache), *key, path, true);
    dialog->accept();
    finish(std::move(workspace));
}

// ---- signing in again, signing out

void SignInFlow::signInAgain(Workspace &workspace, QWidget *parent)
{
    cancelLogin();
    SignInDialog *dialog = createDialog(parent ? parent : m_dialogParent.data());
    dialog->lockAccount(workspace.session.server, workspace.session.username);
    const auto stored = m_store.load(workspace.session.server, workspace.session.username);
    dialog->setRemember(stored && !stored->refreshToken.isEmpty());

    connect(dialog, &SignInDialog::signInRequested, this, [this, &workspace] {
        auto typed = readDialog(false);
        if (!typed)
            return;
        typed->server = workspace.session.server;
        typed->account = workspace.session.username;
        login(
            *typed,
            [this, &workspace, typed = *typed](const Session &session) {
                completeSignInAgain(workspace, session, typed);
            },
            false);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        cancelLogin();
        emit signedInAgain(false);
    });
    dialog->open();
    emit dialogShown(dialog);
}

void SignInFlow::completeSignInAgain(Workspace &workspace, const Session &signedIn,
                                     const Typed &typed)
{
    if (signedIn.user.userId != workspace.session.user.userId) {
        if (m_dialog)
            m_dialog->showError(tr("These are another user's details. Sign in as %1, or "
                                   "close Shahrvand to change user.")
                                    .arg(workspace.session.username));
        return;
    }
    Session session = signedIn;
    session.username = typed.account;

    std::optional<CacheKey> key;
    if (const auto known = m_keys.constFind(workspace.cachePath); known != m_keys.constEnd())
        key = *known;
    else if (const auto stored = m_store.load(typed.server, typed.account))
        key = CacheKey::fromHex(stored->cacheKeyHex);
    if (!key)
        key = CacheKey::unwrapWithPassword(LocalCache::wrappedKey(workspace.cachePath),
                                           canonicalPassword(typed.password));

    if (workspace.cache) {
        if (const auto written = workspace.cache->setUser(session.user); !written)
            qCWarning(lcSignIn, "could not update the cache's user: %s",
                      qPrintable(written.error().detail));
        // The password may have changed on the server: wrap the key with the new one.
        if (key) {
            const QByteArray wrapped = key->wrapWithPassword(canonicalPassword(typed.password));
            if (!wrapped.isEmpty())
                workspace.cache->setWrappedKey(wrapped);
        }
    }
    if (key) {
        if (!m_store.save(typed.server, typed.account,
                          {typed.remember ? session.refreshToken : QString(), key->toHex()}))
            qCWarning(lcSignIn, "could not keep the sign-in in the credential store");
    } else {
        qCWarning(lcSignIn, "the cache key is not known here; the keychain is not updated");
    }
    if (typed.remember)
        m_store.setLastRemembered(typed.server, typed.account);

    workspace.session = session;
    if (workspace.engine)
        workspace.engine->updateSession(session);
    if (m_dialog)
        m_dialog->accept();
    emit signedInAgain(true);
}

bool SignInFlow::signOut(Workspace &workspace)
{
    const QUrl server = workspace.session.server;
    const QString account = workspace.session.username;
    bool forgotten = true;
    if (auto stored = m_store.load(server, account); stored && !stored->refreshToken.isEmpty()) {
        stored->refreshToken.clear();
        forgotten = m_store.save(server, account, *stored);
    }
    // End the session on the server too, so that a copied token is worthless; whether
    // the server hears of it or not, nothing here depends on the answer.
    const Session current = workspace.engine ? workspace.engine->session() : workspace.session;
    if (current.hasAccessToken()) {
        auto *api = new ApiClient(current.server, this);
        api->setAccessToken(current.accessToken);
        api->setTimeoutMs(m_options.requestTimeoutMs);
        api->logout([api](const ApiClient::Result &) { api->deleteLater(); });
    }
    return forgotten;
}

} // namespace Shahrvand::Ui
