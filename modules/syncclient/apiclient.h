#pragma once

#include "expected.h"
#include "language.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Shahrvand::SyncClient {

// Why a call to the server did not give an answer to use.
struct ApiFailure
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::SyncClient::ApiFailure)

public:
    enum class Kind {
        Unreachable,        // no connection (refused, no route, DNS, TLS)
        Timeout,            // no answer in time
        Unauthorized,       // 401 for a token: sign in again (or refresh)
        InvalidCredentials, // 401 at sign-in: wrong user name or password
        Throttled,          // 429: too many attempts; see retryAfterSeconds
        Refused,            // another 4xx: the request itself is wrong
        ServerError,        // 5xx
        BadAnswer,          // not the JSON the API promises
        Cancelled,
    };

    Kind kind = Kind::Unreachable;
    int httpStatus = 0;
    QString code;        // the API's error code, when it sent one
    QString message;     // translated: the server's own message, or ours
    QJsonObject details; // the error's details for programs, when the server sent them
    int retryAfterSeconds = 0;

    // Unreachable, timeouts, 5xx and 429 are worth retrying later.
    bool isTransient() const;
};

// The REST API of one server over QNetworkAccessManager, for the thread that creates it.
// Every call sends Accept-Language and, once set, the bearer token. Answers are parsed
// JSON objects (an empty object for 204).
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    using Result = Expected<QJsonObject, ApiFailure>;
    using Callback = std::function<void(const Result &)>;
    // A successful answer's body as it came (a pull page, read by the cache itself).
    using TextResult = Expected<QByteArray, ApiFailure>;
    using TextCallback = std::function<void(const TextResult &)>;

    explicit ApiClient(QUrl server, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl server() const { return m_server; }
    void setLanguage(Language language) { m_language = language; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Asynchronous: the callback runs on this object's thread, unless the client is
    // destroyed first.
    void login(const QString &username, const QString &password, Callback done);
    void refresh(const QString &refreshToken, Callback done);
    void logout(Callback done);
    void get(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    // GET whose successful answer is handed over unparsed; failures as for get().
    void getText(const QString &path, const QUrlQuery &query, TextCallback done);
    // PUT of raw bytes (application/octet-stream: a piece of a file); a JSON answer.
    void putBytes(const QString &path, const QByteArray &bytes, Callback done);

    // Blocking, for the sync engine's thread and the headless command: runs a local event
    // loop until the answer (or cancelAll()) arrives.
    Result loginAndWait(const QString &username, const QString &password);
    Result refreshAndWait(const QString &refreshToken);
    Result getAndWait(const QString &path, const QUrlQuery &query = {});
    Result postAndWait(const QString &path, const QJsonObject &body);
    TextResult getTextAndWait(const QString &path, const QUrlQuery &query = {});
    Result putBytesAndWait(const QString &path, const QByteArray &bytes);

    // Aborts every call in flight; their callbacks get Kind::Cancelled. Thread-safe.
    void cancelAll();

signals:
    void cancelRequested();

private:
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
              const QByteArray &body, bool withToken, bool signIn, Callback done);
    void sendForText(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                     const QByteArray &body, bool withToken, bool signIn, TextCallback done,
                     const QByteArray &contentType = QByteArrayLiteral("application/json"));
    // Runs a local event loop until the call that `start` begins answers.
    template<typename R>
    static R wait(const std::function<void(std::function<void(const R &)>)> &start);

    QUrl m_server;
    Language m_language = defaultLanguage;
    QString m_accessToken;
    int m_timeoutMs = 60'000;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Shahrvand::SyncClient
