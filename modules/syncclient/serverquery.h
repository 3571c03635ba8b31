#pragma once

#include "language.h"
#include "session.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace Shahrvand::SyncClient {

class ApiClient;

// A read the server answers from what a laptop's copy cannot hold (the organisation's
// dashboard figures): GET of a JSON resource with the newest session's token. Online only;
// on the thread that creates it (the UI's).
class ServerQuery final : public QObject
{
    Q_OBJECT

public:
    // The answer, or an error in the user's words (empty on success).
    using Done = std::function<void(const QJsonObject &answer, const QString &error)>;

    ServerQuery(std::function<Session()> session, Language language, QObject *parent = nullptr);
    ~ServerQuery() override;

    // `done` runs once, later (never inside this call), unless this object is destroyed.
    void get(const QString &path, const QUrlQuery &query, Done done);
    // A write the server does at once (a merge, an erasure): the answer, or the problem in
    // the user's words with the API's error code ("precondition_failed", "merge_refused")
    // and, as the answer, {"details": ...} when the server gave details.
    using Reply =
        std::function<void(const QJsonObject &answer, const QString &error, const QString &code)>;
    void post(const QString &path, const QJsonObject &body, Reply done);
    void setLanguage(Language language);

private:
    // The client for the newest session, or nothing (and `done` told why) without one.
    ApiClient *client(const Reply &done);

    std::function<Session()> m_session;
    Language m_language;
    std::unique_ptr<ApiClient> m_api;
};

} // namespace Shahrvand::SyncClient
