#include "handlersupport.h"

#include "messagecatalog.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <any>

Q_LOGGING_CATEGORY(lcApiHandlers, "shahrvand.api")

namespace Shahrvand::Api {

using Server::ApiError;
using Server::TranslatableText;

const Access::Principal &principalOf(const Server::RequestContext &context)
{
    // Authenticated routes only: the HTTP layer has refused the request otherwise.
    const auto *principal = std::any_cast<Access::Principal>(&context.authentication()->principal);
    Q_ASSERT(principal);
    return *principal;
}

QString clientOf(const Server::RequestContext &context)
{
    return context.clientAddress().toString();
}

Expected<std::optional<qint64>, ApiError> ifMatchOf(const Server::RequestContext &context)
{
    const QByteArray header = context.header("If-Match").trimmed();
    if (header.isEmpty() || header == "*")
        return std::optional<qint64>();
    static const QRegularExpression tag(QStringLiteral("^(W/)?\"([0-9]{1,18})\"$"));
    const auto match = tag.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return ApiError::invalidField(
            QStringLiteral("If-Match"), QStringLiteral("invalid_etag"),
            Server::TranslatableText::translate(
                "Shahrvand::Api", "If-Match must be the ETag of the record, for example \"42\"."));
    return std::optional<qint64>(match.captured(2).toLongLong());
}

ApiError toApiError(const Server::RequestContext &context, const EntityStore::StoreError &error)
{
    using Kind = EntityStore::StoreError::Kind;
    switch (error.kind) {
    case Kind::NotFound:
        return ApiError::notFound();
    case Kind::Forbidden:
        return ApiError::forbidden();
    case Kind::Invalid: {
        QJsonArray fields;
        for (const Entities::FieldError &field : error.fieldErrors) {
            QString message = context.translate(Entities::FieldError::context, field.text);
            for (const QString &argument : field.arguments)
                message = message.arg(argument);
            fields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                      {QStringLiteral("reason"), field.code},
                                      {QStringLiteral("message"), message}});
        }
        return ApiError(400, QStringLiteral("validation_failed"),
                        TranslatableText::translate("Shahrvand::Api",
                                                    "Some fields are not valid; see the details."),
                        QJsonObject{{QStringLiteral("fields"), fields}});
    }
    case Kind::PreconditionFailed:
        return ApiError(412, QStringLiteral("precondition_failed"),
                        TranslatableText::translate(
                            "Shahrvand::Api",
                            "The record was changed by someone else since you read it; "
                            "read it again and repeat your change."),
                        QJsonObject{{QStringLiteral("current_version"), error.currentVersion}})
            .withHeader("ETag", '"' + QByteArray::number(error.currentVersion) + '"');
    case Kind::Conflict:
        return ApiError::conflict(TranslatableText::translate(
            "Shahrvand::Api",
            "A unique value is already taken, or a referenced record does not exist."));
    case Kind::Refused: {
        // The case workflow or the article lifecycle refuses the change: the row is as it was.
        QJsonObject details = error.refusalDetails;
        details.insert(QStringLiteral("reason"), error.refusalCode);
        return ApiError(409, error.refusalError,
                        TranslatableText::translate(error.refusalContext, error.refusalText),
                        details);
    }
    case Kind::Internal:
        break;
    }
    qCWarning(lcApiHandlers) << "internal error:" << error.detail;
    return ApiError::internal();
}

} // namespace Shahrvand::Api
