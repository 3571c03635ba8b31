#include "credentialstore_p.h"

#include <qt6keychain/keychain.h>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace Shahrvand::Credentials {

namespace {

// Room for the keychain to ask the user to unlock it (a desktop prompt) before a call is
// given up.
constexpr int operationTimeoutMs = 30'000;

struct JobResult
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString; // QtKeychain's English text, for the log only
    QByteArray data;
};

// Starts `job` and waits for it with a local event loop, at most `timeoutMs`. The job
// deletes itself when it finishes; QtKeychain's backends keep a pointer to it until their
// answer arrives, so a job that timed out is left to finish (or not) on its own.
JobResult runJob(QKeychain::Job *job, int timeoutMs)
{
    auto result = std::make_shared<JobResult>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    QObject::connect(job, &QKeychain::Job::finished, job, [result, waiting](QKeychain::Job *done) {
        result->finished = true;
        result->error = done->error();
        result->errorString = done->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            result->data = read->binaryData();
        if (waiting)
            waiting->quit();
    });
    QTimer::singleShot(std::max(timeoutMs, 1), &loop, &QEventLoop::quit);
    job->start();
    // Input is held back meanwhile, so that the user cannot start a second sign-in from
    // inside the first one.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

KeychainCredentialStore::Outcome outcomeOf(const JobResult &result, const char *what)
{
    using Outcome = KeychainCredentialStore::Outcome;
    if (!result.finished) {
        qCWarning(lcCredentials, "the keychain did not answer a %s in time", what);
        return Outcome::TimedOut;
    }
    switch (result.error) {
    case QKeychain::NoError:
        return Outcome::Done;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::AccessDenied:
        qCWarning(lcCredentials, "the keychain refused a %s: %s", what,
                  qPrintable(result.errorString));
        return Outcome::Denied;
    default:
        qCWarning(lcCredentials, "the keychain failed a %s (error %d): %s", what,
                  static_cast<int>(result.error), qPrintable(result.errorString));
        return Outcome::Unavailable;
    }
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, LastSignIn lastSignIn)
    : m_service(std::move(service))
    , m_lastSignIn(std::move(lastSignIn))
{}

KeychainCredentialStore::Outcome KeychainCredentialStore::read(const QString &key, int timeoutMs,
                                                               QByteArray *data)
{
    if (m_stuck)
        return Outcome::TimedOut;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const JobResult result = runJob(job, timeoutMs);
    const Outcome outcome = outcomeOf(result, "read");
    m_stuck = outcome == Outcome::TimedOut;
    if (outcome == Outcome::Done && data)
        *data = result.data;
    return outcome;
}

KeychainCredentialStore::Outcome
KeychainCredentialStore::write(const QString &key, const QByteArray &data, int timeoutMs)
{
    if (m_stuck)
        return Outcome::TimedOut;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(QString::fromUtf8(data));
    const Outcome outcome = outcomeOf(runJob(job, timeoutMs), "write");
    m_stuck = outcome == Outcome::TimedOut;
    return outcome;
}

KeychainCredentialStore::Outcome KeychainCredentialStore::erase(const QString &key, int timeoutMs)
{
    if (m_stuck)
        return Outcome::TimedOut;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const Outcome outcome = outcomeOf(runJob(job, timeoutMs), "delete");
    m_stuck = outcome == Outcome::TimedOut;
    return outcome;
}

KeychainCredentialStore::Outcome KeychainCredentialStore::probe(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QString key = QStringLiteral("probe");
    const QByteArray value =
        QByteArray::number(QRandomGenerator::system()->generate64(), 16).prepend("probe-");
    if (const Outcome written = write(key, value, int(deadline.remainingTime()));
        written != Outcome::Done)
        return written;
    QByteArray readBack;
    if (const Outcome readOutcome = read(key, int(deadline.remainingTime()), &readBack);
        readOutcome != Outcome::Done)
        return readOutcome == Outcome::NotFound ? Outcome::Unavailable : readOutcome;
    if (readBack != value) {
        qCWarning(lcCredentials, "the keychain gave back something else than was written");
        return Outcome::Unavailable;
    }
    const Outcome erased = erase(key, int(deadline.remainingTime()));
    return erased == Outcome::NotFound ? Outcome::Done : erased;
}

std::optional<StoredCredentials> KeychainCredentialStore::load(const QUrl &server,
                                                               const QString &username)
{
    QByteArray data;
    if (read(credentialKey(server, username), operationTimeoutMs, &data) != Outcome::Done)
        return std::nullopt;
    auto credentials = decodeCredentials(data);
    if (!credentials)
        qCWarning(lcCredentials, "the keychain entry of a user is not in the expected form");
    return credentials;
}

bool KeychainCredentialStore::save(const QUrl &server, const QString &username,
                                   const StoredCredentials &credentials)
{
    return write(credentialKey(server, username), encodeCredentials(credentials),
                 operationTimeoutMs) == Outcome::Done;
}

bool KeychainCredentialStore::remove(const QUrl &server, const QString &username)
{
    const Outcome outcome = erase(credentialKey(server, username), operationTimeoutMs);
    return outcome == Outcome::Done || outcome == Outcome::NotFound;
}

} // namespace Shahrvand::Credentials
