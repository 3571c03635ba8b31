#pragma once

#include "language.h"
#include "session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Shahrvand::SyncClient {

class ApiClient;

// The files this computer does not keep (attachments of cases, receipts of expense claims),
// fetched from the server when a user opens one: GET /api/v1/blobs/{sha256}/content with
// the session's token, the bytes checked against their SHA-256 before anyone sees them.
// Online only; on the thread that creates it (the UI's).
class BlobFetcher final : public QObject
{
    Q_OBJECT

public:
    // bytes, or an error in words a clerk understands (empty on success).
    using Done = std::function<void(const QByteArray &bytes, const QString &error)>;

    // `session` gives the newest session: its token renews while the workstation runs.
    BlobFetcher(std::function<Session()> session, Language language, QObject *parent = nullptr);
    ~BlobFetcher() override;

    // `done` runs once, later (never inside this call), unless this object is destroyed.
    void fetch(const QString &sha256, Done done);
    // The language of the server's messages (Accept-Language).
    void setLanguage(Language language);

private:
    std::function<Session()> m_session;
    Language m_language;
    std::unique_ptr<ApiClient> m_api;
};

} // namespace Shahrvand::SyncClient
