// `shahrvand sync`: one sync cycle without a window. See synccommand.h.
#include "synccommand.h"

#include "apiclient.h"
#include "credentialstore.h"
#include "language.h"
#include "localcache.h"
#include "session.h"
#include "signindialog.h"
#include "signinflow.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

using namespace Shahrvand;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandSyncCommand)
};

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

int failWith(const QString &text, int code = 1)
{
    print(stderr, QStringLiteral("shahrvand sync: ") + text);
    return code;
}

// Signs in with a password: the answer, or a message to print.
Expected<SyncClient::Session, QString> signIn(const QUrl &server, const QString &username,
                                              const QString &password)
{
    SyncClient::ApiClient api(server);
    const auto answer = api.loginAndWait(username, password);
    if (!answer)
        return answer.error().message;
    const auto session = SyncClient::Session::fromSignInJson(server, answer.value());
    if (!session)
        return Tr::tr("The server's answer to the sign-in could not be read.");
    return *session;
}

} // namespace

int runSyncCommand(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Shahrvand"));
    QCoreApplication::setApplicationName(QStringLiteral("Shahrvand"));
    QCoreApplication app(argc, argv);

    // The same language as the workstation's window.
    QSettings settings;
    const Language language =
        languageFromCode(settings.value(QStringLiteral("ui/language")).toString())
            .value_or(defaultLanguage);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/shahrvand_") + languageCode(language)))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Runs one full synchronization of this computer's offline copy with the server, "
               "without a window. The password comes from the keychain (after a sign-in with "
               "\"remember me\") or from the SHAHRVAND_PASSWORD environment variable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), Tr::tr("The command."));
    const QCommandLineOption serverOption(QStringLiteral("server"), Tr::tr("The server's address."),
                                          QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), Tr::tr("The user name."),
                                        QStringLiteral("name"));
    parser.addOption(serverOption);
    parser.addOption(userOption);
    if (!parser.parse(QCoreApplication::arguments()))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (!parser.isSet(serverOption) || !parser.isSet(userOption))
        return failWith(Tr::tr("give the server with --server and the user with --user"), 2);
    const auto server = SyncClient::normalizeServerAddress(parser.value(serverOption));
    if (!server)
        return failWith(Tr::tr("\"%1\" is not a server address").arg(parser.value(serverOption)),
                        2);
    // The same folding of names and passwords as the sign-in dialog and the server.
    const QString username = Ui::canonicalAccountName(parser.value(userOption));

    const auto credentials = Credentials::openCredentialStore();
    const auto stored = credentials->load(*server, username);
    const QString typedPassword = qEnvironmentVariable("SHAHRVAND_PASSWORD");
    const QString password =
        typedPassword.isEmpty() ? QString() : Ui::canonicalPassword(typedPassword);
    const QString cachePath = Cache::LocalCache::pathFor(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), *server, username);

    SyncClient::Session session;
    session.server = *server;
    session.username = username;
    std::optional<Cache::CacheKey> key;
    if (stored)
        key = Cache::CacheKey::fromHex(stored->cacheKeyHex);
    if (!password.isEmpty()) {
        const auto signedIn = signIn(*server, username, typedPassword);
        if (!signedIn)
            return failWith(signedIn.error());
        session = *signedIn;
        if (!key) // the keychain forgot the key: the password opens the cache too
            key = Cache::CacheKey::unwrapWithPassword(Cache::LocalCache::wrappedKey(cachePath),
                                                      password);
        if (!key && !Cache::LocalCache::wrappedKey(cachePath).isEmpty())
            return failWith(Tr::tr("the offline copy on this computer cannot be opened with this "
                                   "password; sign in once in the workstation"));
        if (!key)
            key = Cache::CacheKey::generate();
    } else if (stored && !stored->refreshToken.isEmpty() && key) {
        session.refreshToken = stored->refreshToken; // the engine refreshes it first
    } else {
        return failWith(Tr::tr("no saved sign-in for %1 on this computer: sign in with "
                               "\"remember me\" in the workstation, or set SHAHRVAND_PASSWORD")
                            .arg(username));
    }

    {
        auto cache = Cache::LocalCache::open(cachePath, *key);
        if (!cache)
            return failWith(cache.error().message());
        if (session.user.userId.isValid())
            (*cache)->setUser(session.user);
        else if (const auto user = (*cache)->user())
            session.user = *user;
        if (!password.isEmpty())
            (*cache)->setWrappedKey(key->wrapWithPassword(password));
    }
    // Keep the key; keep a refresh token only where the user asked for it before.
    const bool remembered = stored && !stored->refreshToken.isEmpty();
    auto remember = [&](const SyncClient::Session &current) {
        credentials->save(*server, username,
                          {remembered ? current.refreshToken : QString(), key->toHex()});
    };
    remember(session);

    SyncClient::SyncEngine engine(cachePath, *key, session);
    QObject::connect(&engine, &SyncClient::SyncEngine::sessionRenewed, &engine, remember);
    QEventLoop loop;
    SyncClient::SyncReport report;
    QObject::connect(&engine, &SyncClient::SyncEngine::cycleFinished, &loop,
                     [&](const SyncClient::SyncReport &finished) {
                         report = finished;
                         loop.quit();
                     });
    engine.start();
    loop.exec();

    print(stdout, Tr::tr("pulled %1 rows, deleted %2, dropped %3; pushed %4 changes; %5 in "
                         "conflict, %6 refused; %7 ms")
                      .arg(report.pulled)
                      .arg(report.deleted)
                      .arg(report.dropped)
                      .arg(report.pushed)
                      .arg(report.conflicts)
                      .arg(report.rejected)
                      .arg(report.elapsedMs));
    const auto status = engine.status();
    print(stdout, Tr::tr("waiting to be sent: %1; conflicts waiting for you: %2")
                      .arg(status.pending)
                      .arg(status.conflicts));
    if (!report.ok)
        return failWith(report.error.isEmpty() ? Tr::tr("synchronization failed") : report.error);
    return 0;
}
