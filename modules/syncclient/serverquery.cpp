#include "serverquery.h"

#include "apiclient.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcServerQuery, "shahrvand.syncclient.query")

namespace Shahrvand::SyncClient {

ServerQuery::ServerQuery(std::function<Session()> session, Language language, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_language(language)
{}

ServerQuery::~ServerQuery() = default;

void ServerQuery::setLanguage(Language language)
{
    m_language = language;
    if (m_api)
        m_api->setLanguage(language);
}

ApiClient *ServerQuery::client(const Reply &done)
{
    const Session session = m_session ? m_session() : Session();
    if (!session.server.isValid() || !session.hasAccessToken()) {
        QTimer::singleShot(0, this, [done] {
            done({}, ServerQuery::tr("Sign in to the server to see these figures."),
                 QStringLiteral("no_session"));
        });
        return nullptr;
    }
    if (!m_api || m_api->server() != session.server) {
        m_api = std::make_unique<ApiClient>(session.server);
        m_api->setLanguage(m_language);
    }
    m_api->setAccessToken(session.accessToken);
    return m_api.get();
}

void ServerQuery::get(const QString &path, const QUrlQuery &query, Done done)
{
    ApiClient *api = client([done](const QJsonObject &answer, const QString &error,
                                   const QString &) { done(answer, error); });
    if (!api)
        return;
    QPointer<ServerQuery> self(this);
    api->get(path, query, [self, path, done](const ApiClient::Result &answer) {
        if (!self)
            return;
        if (!answer) {
            const ApiFailure &failure = answer.error();
            qCInfo(lcServerQuery) << "not answered:" << path << failure.httpStatus << failure.code;
            done({}, failure.kind == ApiFailure::Kind::Unauthorized
                         ? ServerQuery::tr("Your sign-in has expired: sign in again.")
                         : failure.message);
            return;
        }
        done(*answer, QString());
    });
}

void ServerQuery::post(const QString &path, const QJsonObject &body, Reply done)
{
    ApiClient *api = client(done);
    if (!api)
        return;
    QPointer<ServerQuery> self(this);
    api->post(path, body, [self, path, done](const ApiClient::Result &answer) {
        if (!self)
            return;
        if (!answer) {
            const ApiFailure &failure = answer.error();
            qCInfo(lcServerQuery) << "refused:" << path << failure.httpStatus << failure.code;
            // The answer holds the refusal's details ({"details": {...}}), if any.
            done(failure.details.isEmpty()
                     ? QJsonObject()
                     : QJsonObject{{QStringLiteral("details"), failure.details}},
                 failure.kind == ApiFailure::Kind::Unauthorized
                     ? ServerQuery::tr("Your sign-in has expired: sign in again.")
                     : failure.message,
                 failure.code.isEmpty() ? QStringLiteral("unreachable") : failure.code);
            return;
        }
        done(*answer, QString(), QString());
    });
}

} // namespace Shahrvand::SyncClient
