#include "blobroutes.h"

#include "blobstore.h"
#include "contenttype.h"
#include "handlersupport.h"

namespace Shahrvand::Api {

namespace {

using Blobs::BlobError;
using Blobs::BlobStatus;
using Server::ApiError;
using Server::ApiResponse;
using Server::Field;
using Server::Method;
using Server::RequestContext;

QJsonObject toJson(const BlobStatus &status)
{
    return {{QStringLiteral("sha256"), status.sha256},
            {QStringLiteral("size"), status.size},
            {QStringLiteral("content_type"), status.contentType},
            {QStringLiteral("received"), status.received},
            {QStringLiteral("complete"), status.complete}};
}

ApiError toApiError(const BlobError &error)
{
    // The store's messages are translated already (with the catalogue of the server's
    // language); the stable code is what clients act on.
    const Server::TranslatableText text =
        Server::TranslatableText::translate("Shahrvand::Api", "The file was not accepted: %1")
            .arg(error.message);
    switch (error.kind) {
    case BlobError::Kind::Invalid:
        return ApiError(400, error.code, text);
    case BlobError::Kind::TooLarge:
        return ApiError(413, error.code, text);
    case BlobError::Kind::WrongOffset:
        return ApiError(409, error.code, text);
    case BlobError::Kind::HashMismatch:
        return ApiError(422, error.code, text);
    case BlobError::Kind::NotFound:
        return ApiError::notFound();
    case BlobError::Kind::Internal:
        break;
    }
    return ApiError::internal();
}

const QString hashPattern = QStringLiteral("/api/v1/blobs/{sha256}");

} // namespace

void registerBlobRoutes(Server::ApiServer &server, std::shared_ptr<Storage::Database> database,
                        const Clock &clock)
{
    auto blobs = std::make_shared<Blobs::BlobStore>(database, clock);
    const QStringList tags{QStringLiteral("files")};

    server.addRoute(
        {.method = Method::Post,
         .path = QStringLiteral("/api/v1/blobs"),
         .summary = QStringLiteral("Announce a file by its SHA-256 before sending it"),
         .tags = tags,
         .body = Server::Schema{Field::string(QStringLiteral("sha256")).required().maxLength(64),
                                Field::integer(QStringLiteral("size"))
                                    .required()
                                    .range(1, Blobs::BlobStore::defaultMaxSize),
                                Field::string(QStringLiteral("content_type"))
                                    .required()
                                    .oneOf(Blobs::acceptedContentTypes())},
         .responseDescription = QStringLiteral("The file's status: received bytes, complete")},
        [blobs](const RequestContext &context) -> ApiResponse {
            const QJsonObject body = context.body();
            const auto status = blobs->begin(principalOf(context), body.value(u"sha256").toString(),
                                             body.value(u"size").toInteger(),
                                             body.value(u"content_type").toString());
            if (!status)
                return toApiError(status.error());
            return ApiResponse::json(toJson(*status));
        });

    server.addRoute({.method = Method::Get,
                     .path = hashPattern + QStringLiteral("/status"),
                     .summary = QStringLiteral("How much of a file has arrived"),
                     .tags = tags,
                     .responseDescription = QStringLiteral("The file's status")},
                    [blobs](const RequestContext &context) -> ApiResponse {
                        const auto status = blobs->status(
                            principalOf(context), context.pathParameter(QStringLiteral("sha256")));
                        if (!status)
                            return toApiError(status.error());
                        return ApiResponse::json(toJson(*status));
                    });

    server.addRoute(
        {.method = Method::Put,
         .path = hashPattern + QStringLiteral("/chunks/{offset:int}"),
         .summary = QStringLiteral("Send one piece of a file (application/octet-stream)"),
         .description = QStringLiteral("Pieces go in order; the offset must be the status's "
                                       "`received`. The last piece completes the file when its "
                                       "SHA-256 matches."),
         .tags = tags,
         .rawBody = QStringLiteral("application/octet-stream"),
         .responseDescription = QStringLiteral("The file's status after this piece")},
        [blobs](const RequestContext &context) -> ApiResponse {
            const auto status = blobs->appendChunk(
                principalOf(context), context.pathParameter(QStringLiteral("sha256")),
                context.pathInteger(QStringLiteral("offset")), context.rawBody());
            if (!status)
                return toApiError(status.error());
            return ApiResponse::json(toJson(*status));
        });

    server.addRoute(
        {.method = Method::Get,
         .path = hashPattern + QStringLiteral("/content"),
         .summary = QStringLiteral("Download a file"),
         .tags = tags,
         .responseDescription = QStringLiteral("The file's bytes, with its content type")},
        [blobs](const RequestContext &context) -> ApiResponse {
            QByteArray bytes;
            const auto status =
                blobs->read(principalOf(context), context.pathParameter(QStringLiteral("sha256")),
                            [&bytes](const QByteArray &chunk) {
                                bytes += chunk;
                                return true;
                            });
            if (!status)
                return toApiError(status.error());
            return ApiResponse::bytes(bytes, status->contentType.toLatin1())
                .withHeader("ETag", '"' + status->sha256.toLatin1() + '"')
                .withHeader("Cache-Control", "private, max-age=31536000, immutable");
        });
}

} // namespace Shahrvand::Api
