#include "blobfetcher.h"

#include "apiclient.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBlobFetcher, "shahrvand.syncclient.blobs")

namespace Shahrvand::SyncClient {

BlobFetcher::BlobFetcher(std::function<Session()> session, Language language, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_language(language)
{}

BlobFetcher::~BlobFetcher() = default;

void BlobFetcher::setLanguage(Language language)
{
    m_language = language;
    if (m_api)
        m_api->setLanguage(language);
}

void BlobFetcher::fetch(const QString &sha256, Done done)
{
    const auto later = [this, done](const QString &error) {
        QTimer::singleShot(0, this, [done, error] { done({}, error); });
    };
    static const QRegularExpression hexHash(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hexHash.match(sha256).hasMatch()) {
        later(BlobFetcher::tr(
            "This file's record is damaged: it does not name a file on the server."));
        return;
    }
    const Session session = m_session ? m_session() : Session();
    if (!session.server.isValid() || !session.hasAccessToken()) {
        later(BlobFetcher::tr("Sign in to the server to fetch this file."));
        return;
    }
    if (!m_api || m_api->server() != session.server) {
        m_api = std::make_unique<ApiClient>(session.server);
        m_api->setLanguage(m_language);
    }
    m_api->setAccessToken(session.accessToken);
    QPointer<BlobFetcher> self(this);
    m_api->getText(
        QStringLiteral("/api/v1/blobs/%1/content").arg(sha256), {},
        [self, sha256, done](const ApiClient::TextResult &answer) {
            if (!self)
                return;
            if (!answer) {
                const ApiFailure &failure = answer.error();
                qCInfo(lcBlobFetcher)
                    << "not fetched:" << sha256 << failure.httpStatus << failure.code;
                switch (failure.kind) {
                case ApiFailure::Kind::Unauthorized:
                    done({}, BlobFetcher::tr(
                                 "Your sign-in has expired: sign in again to fetch files."));
                    return;
                case ApiFailure::Kind::Refused:
                    if (failure.httpStatus == 404) {
                        done({},
                             BlobFetcher::tr("The server does not have this file (yet): it may not "
                                             "have been sent by the computer it was attached on."));
                        return;
                    }
                    break;
                default:
                    break;
                }
                done({}, failure.message);
                return;
            }
            const QString got = QString::fromLatin1(
                QCryptographicHash::hash(*answer, QCryptographicHash::Sha256).toHex());
            if (got != sha256) {
                qCWarning(lcBlobFetcher) << "a fetched file does not match its hash:" << sha256;
                done({}, BlobFetcher::tr("The file arrived damaged. Try again."));
                return;
            }
            done(*answer, QString());
        });
}

} // namespace Shahrvand::SyncClient
