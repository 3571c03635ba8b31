// The sync cycle's first step: files attached on this workstation go to the server before
// the attachments rows that name them (the cache holds those rows back until then).
#include "syncworker_p.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncClient)

namespace Shahrvand::SyncClient {

namespace {

// The server will never take this file as it is (its type, its size): retrying is no use.
bool refusesTheFile(const ApiFailure &failure)
{
    if (failure.kind != ApiFailure::Kind::Refused)
        return false;
    if (failure.httpStatus == 413)
        return failure.code != u"chunk_too_large"; // our piece, not the file
    return failure.httpStatus == 400 && failure.code != u"invalid_hash";
}

} // namespace

SyncWorker::Step SyncWorker::uploadFiles(SyncReport &report, std::optional<ApiFailure> &held)
{
    const auto files = m_cache->filesToSend();
    if (!files)
        return failCache(report, files.error());
    if (files->isEmpty())
        return Step::Done;
    m_status.phase = SyncPhase::Pushing;
    publish();
    for (const Cache::PendingFile &file : *files) {
        if (m_cancel)
            return Step::Done;
        if (const Step step = uploadFile(file, report, held); step != Step::Done)
            return step;
    }
    return Step::Done;
}

SyncWorker::Step SyncWorker::uploadFile(const Cache::PendingFile &file, SyncReport &report,
                                        std::optional<ApiFailure> &held)
{
    const QJsonObject announcement{{QStringLiteral("sha256"), file.sha256},
                                   {QStringLiteral("size"), file.size},
                                   {QStringLiteral("content_type"), file.contentType}};
    const auto announce = [&] {
        return call<ApiClient::Result>(
            [&] { return m_api->postAndWait(QStringLiteral("/api/v1/blobs"), announcement); },
            report);
    };
    // The server says where to continue (`received`): an upload cut off by a dropped
    // connection or a closed laptop goes on from there, not from the start.
    ApiClient::Result status = announce();
    int restarts = 0;
    while (!m_cancel) {
        if (!status) {
            const ApiFailure &failure = status.error();
            // Someone else's piece arrived meanwhile (409), or the server found the bytes
            // damaged and dropped them (422): ask again where to continue, a few times.
            if ((failure.httpStatus == 409 || failure.httpStatus == 422) && restarts++ < 3) {
                status = announce();
                continue;
            }
            if (refusesTheFile(failure)) {
                qCInfo(lcSyncClient) << "file refused:" << file.sha256 << failure.code;
                const auto refused =
                    m_cache->refuseFile(file.sha256, failure.code, failure.message);
                if (!refused)
                    return failCache(report, refused.error());
                report.rejected += *refused;
                updateCounts();
                publish();
                return Step::Done;
            }
            if (failure.isTransient() || failure.kind == ApiFailure::Kind::Cancelled ||
                failure.kind == ApiFailure::Kind::Unauthorized)
                return fail(report, failure);
            qCWarning(lcSyncClient) << "file not sent:" << file.sha256 << failure.httpStatus
                                    << failure.code << failure.message;
            held = failure;
            return Step::Done;
        }
        const qint64 received = status->value(u"received").toInteger();
        const bool complete = status->value(u"complete").toBool();
        if (const auto saved = m_cache->setFileReceived(file.sha256, received, complete); !saved)
            return failCache(report, saved.error());
        if (complete) {
            ++report.filesSent;
            return Step::Done;
        }
        const auto piece = m_cache->filePiece(file.sha256, received);
        if (!piece)
            return failCache(report, piece.error());
        if (piece->isEmpty()) {
            // The server holds every byte yet calls the file incomplete: not our API.
            ApiFailure failure;
            failure.kind = ApiFailure::Kind::BadAnswer;
            failure.message = ApiFailure::tr("The server's answer could not be read.");
            held = failure;
            return Step::Done;
        }
        const QString path =
            QStringLiteral("/api/v1/blobs/%1/chunks/%2").arg(file.sha256).arg(received);
        status =
            call<ApiClient::Result>([&] { return m_api->putBytesAndWait(path, *piece); }, report);
    }
    return Step::Done;
}

} // namespace Shahrvand::SyncClient
