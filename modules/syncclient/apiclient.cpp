#include "apiclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <optional>

namespace Shahrvand::SyncClient {

bool ApiFailure::isTransient() const
{
    switch (kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Throttled:
    case Kind::ServerError:
        return true;
    default:
        return false;
    }
}

namespace {

ApiFailure failure(ApiFailure::Kind kind, QString message, int status = 0)
{
    ApiFailure result;
    result.kind = kind;
    result.httpStatus = status;
    result.message = std::move(message);
    return result;
}

} // namespace

ApiClient::ApiClient(QUrl server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
    // Connections stay open between pages (HTTP/1.1 keep-alive).
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::login(const QString &username, const QString &password, Callback done)
{
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password}};
    send("POST", QStringLiteral("/api/v1/auth/login"), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), false, true, std::move(done));
}

void ApiClient::refresh(const QString &refreshToken, Callback done)
{
    const QJsonObject body{{QStringLiteral("refresh_token"), refreshToken}};
    send("POST", QStringLiteral("/api/v1/auth/refresh"), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), false, true, std::move(done));
}

void ApiClient::logout(Callback done)
{
    send("POST", QStringLiteral("/api/v1/auth/logout"), {}, {}, true, false, std::move(done));
}

void ApiClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    send("GET", path, query, {}, true, false, std::move(done));
}

void ApiClient::getText(const QString &path, const QUrlQuery &query, TextCallback done)
{
    sendForText("GET", path, query, {}, true, false, std::move(done));
}

void ApiClient::putBytes(const QString &path, const QByteArray &bytes, Callback done)
{
    sendForText(
        "PUT", path, {}, bytes, true, false,
        [done = std::move(done)](const TextResult &answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(*answer);
            if (!document.isObject()) {
                ApiFailure bad = failure(ApiFailure::Kind::BadAnswer,
                                         ApiFailure::tr("The server's answer could not "
                                                        "be read."));
                bad.httpStatus = 200;
                done(bad);
                return;
            }
            done(document.object());
        },
        QByteArrayLiteral("application/octet-stream"));
}

void ApiClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), true, false,
         std::move(done));
}

void ApiClient::cancelAll()
{
    // Queued to this object's thread, where the replies live.
    QMetaObject::invokeMethod(this, &ApiClient::cancelRequested, Qt::QueuedConnection);
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                     const QByteArray &body, bool withToken, bool signIn, Callback done)
{
    sendForText(verb, path, query, body, withToken, signIn,
                [done = std::move(done)](const TextResult &answer) {
                    if (!answer) {
                        done(answer.error());
                        return;
                    }
                    if (answer->isEmpty()) {
                        done(QJsonObject());
                        return;
                    }
                    QJsonParseError parseError{};
                    const QJsonDocument document = QJsonDocument::fromJson(*answer, &parseError);
                    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                        ApiFailure bad = failure(ApiFailure::Kind::BadAnswer,
                                                 ApiFailure::tr("The server's answer could not "
                                                                "be read."));
                        bad.httpStatus = 200;
                        done(bad);
                        return;
                    }
                    done(document.object());
                });
}

void ApiClient::sendForText(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                            const QByteArray &body, bool withToken, bool signIn, TextCallback done,
                            const QByteArray &contentType)
{
    QUrl url = m_server;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Language", languageCode(m_language).toLatin1());
    request.setRawHeader("User-Agent", "Shahrvand-Workstation");
    if (!body.isEmpty() || verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (withToken && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());

    // A GET goes out at once: with a body to send (even an empty one) Qt queues the start
    // of a request to this thread's event loop, so a page asked for ahead of time (the sync
    // worker's prefetch) was only asked for when the page before it had been applied.
    QNetworkReply *reply = verb == "GET" && body.isEmpty()
                               ? m_network->get(request)
                               : m_network->sendCustomRequest(request, verb, body);
    auto cancelled = std::make_shared<bool>(false);
    const auto cancelConnection =
        connect(this, &ApiClient::cancelRequested, reply, [reply, cancelled] {
            *cancelled = true;
            reply->abort();
        });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, signIn, cancelled, cancelConnection, done = std::move(done)] {
                disconnect(cancelConnection);
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray bytes = reply->readAll();
                const QNetworkReply::NetworkError error = reply->error();

                if (*cancelled) {
                    done(failure(ApiFailure::Kind::Cancelled, ApiFailure::tr("Cancelled.")));
                    return;
                }
                if (status == 0) {
                    if (error == QNetworkReply::TimeoutError ||
                        error == QNetworkReply::OperationCanceledError)
                        done(failure(ApiFailure::Kind::Timeout,
                                     ApiFailure::tr("The server did not answer in time.")));
                    else
                        done(failure(ApiFailure::Kind::Unreachable,
                                     ApiFailure::tr("The server cannot be reached: %1")
                                         .arg(reply->errorString())));
                    return;
                }
                if (status >= 200 && status < 300) {
                    done(bytes);
                    return;
                }
                const QJsonDocument document = QJsonDocument::fromJson(bytes);
                const QJsonObject errorJson = document.object().value(u"error").toObject();
                ApiFailure result;
                result.httpStatus = status;
                result.code = errorJson.value(u"code").toString();
                result.message = errorJson.value(u"message").toString();
                result.details = errorJson.value(u"details").toObject();
                if (status == 401)
                    result.kind = signIn ? ApiFailure::Kind::InvalidCredentials
                                         : ApiFailure::Kind::Unauthorized;
                else if (status == 429)
                    result.kind = ApiFailure::Kind::Throttled;
                else if (status >= 500)
                    result.kind = ApiFailure::Kind::ServerError;
                else
                    result.kind = ApiFailure::Kind::Refused;
                if (reply->hasRawHeader("Retry-After"))
                    result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
                if (result.message.isEmpty())
                    result.message =
                        ApiFailure::tr("The server refused the request (HTTP %1).").arg(status);
                done(result);
            });
}

template<typename R>
R ApiClient::wait(const std::function<void(std::function<void(const R &)>)> &start)
{
    QEventLoop loop;
    std::optional<R> result;
    start([&](const R &answer) {
        result = answer;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result) // the thread is quitting: its event loops return at once
        return failure(ApiFailure::Kind::Cancelled, ApiFailure::tr("Cancelled."));
    return *result;
}

ApiClient::Result ApiClient::loginAndWait(const QString &username, const QString &password)
{
    return wait<Result>([&](Callback done) { login(username, password, std::move(done)); });
}

ApiClient::Result ApiClient::refreshAndWait(const QString &refreshToken)
{
    return wait<Result>([&](Callback done) { refresh(refreshToken, std::move(done)); });
}

ApiClient::Result ApiClient::getAndWait(const QString &path, const QUrlQuery &query)
{
    return wait<Result>([&](Callback done) { get(path, query, std::move(done)); });
}

ApiClient::Result ApiClient::postAndWait(const QString &path, const QJsonObject &body)
{
    return wait<Result>([&](Callback done) { post(path, body, std::move(done)); });
}

ApiClient::TextResult ApiClient::getTextAndWait(const QString &path, const QUrlQuery &query)
{
    return wait<TextResult>([&](TextCallback done) { getText(path, query, std::move(done)); });
}

ApiClient::Result ApiClient::putBytesAndWait(const QString &path, const QByteArray &bytes)
{
    return wait<Result>([&](Callback done) { putBytes(path, bytes, std::move(done)); });
}

} // namespace Shahrvand::SyncClient
