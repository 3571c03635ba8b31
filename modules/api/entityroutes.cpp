#include "entityroutes.h"

#include "entitydef.h"
#include "entitystore.h"
#include "handlersupport.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Shahrvand::Api {

namespace {

using Entities::EntityDef;
using Entities::FieldDef;
using Entities::FieldType;
using Server::ApiError;
using Server::ApiResponse;
using Server::Field;
using Server::Method;
using Server::RequestContext;
using Server::RouteSpec;
using Server::Schema;

constexpr qint64 maxId = 9'007'199'254'740'991LL; // the largest exact JSON integer

Field bodyField(const FieldDef &def, bool creating)
{
    Field field = Field::string(def.name);
    switch (def.type) {
    case FieldType::Reference:
        field = Field::integer(def.name);
        field.range(1, maxId);
        break;
    case FieldType::Integer:
    case FieldType::Timestamp:
    case FieldType::Money:
        field = Field::integer(def.name);
        break;
    case FieldType::Real:
        field = Field::number(def.name);
        break;
    case FieldType::Boolean:
        field = Field::boolean(def.name);
        break;
    case FieldType::JsonObject:
        field = Field::object(def.name);
        break;
    case FieldType::JsonArray:
        field = Field::array(def.name, Field::string({}).maxLength(200));
        field.maxLength(100);
        break;
    case FieldType::Date:
        field.maxLength(10).describe(QStringLiteral("A date, YYYY-MM-DD (Gregorian)."));
        break;
    case FieldType::Text:
        field.maxLength(def.effectiveMaxLength());
        if (!def.allowedValues.isEmpty())
            field.oneOf(def.allowedValues);
        break;
    }
    if (creating && def.required)
        field.required();
    else
        field.nullable();
    return field;
}

Schema bodySchema(const EntityDef &entity, bool creating)
{
    Schema schema{Field::object(QStringLiteral("custom_fields")).nullable()};
    for (const FieldDef &def : entity.fields) {
        if (def.clientMaySet(creating))
            schema.add(bodyField(def, creating));
    }
    return schema;
}

Schema listQuery(const EntityDef &entity)
{
    Schema schema{
        Field::integer(QStringLiteral("after"))
            .range(0, maxId)
            .describe(QStringLiteral("Keyset paging: the next_after of the page before.")),
        Field::integer(QStringLiteral("limit")).range(1, 500),
        Field::boolean(QStringLiteral("include_deleted")),
        Field::string(QStringLiteral("fields"))
            .maxLength(2000)
            .describe(QStringLiteral(
                "Only these keys in each row, comma-separated (for example a queue's "
                "columns); identifiers are masked as in full rows. Unknown names: 400.")),
    };
    if (entity.hasSearchText)
        schema.add(Field::string(QStringLiteral("q"))
                       .maxLength(200)
                       .describe(QStringLiteral(
                           "Words to find, in any spelling of Persian letters and digits.")));
    for (const FieldDef &def : entity.fields)
        schema.add(Field::string(def.name).maxLength(200).describe(
            QStringLiteral("Only rows whose %1 equals this.").arg(def.name)));
    return schema;
}

// fields=a,b,c: the columns a list shows, each a field of the entity; none named: all.
Expected<QBitArray, ApiError> shownColumns(const EntityDef &entity, const QString &list)
{
    QStringList names;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    }
    if (names.isEmpty())
        return QBitArray();
    const auto columns = Entities::columnsNamed(entity, names);
    if (!columns)
        return ApiError::invalidField(
            QStringLiteral("fields"), QStringLiteral("unknown_field"),
            Server::TranslatableText::translate("Shahrvand::Api",
                                                "There is no field named \"%1\" to show.")
                .arg(columns.error()));
    return *columns;
}

ApiResponse withETag(ApiResponse response, const QJsonObject &row)
{
    return response.withHeader("ETag",
                               '"' + QByteArray::number(row.value(u"version").toInteger()) + '"');
}

void addCreateRoute(Server::ApiServer &server, const std::shared_ptr<EntityStore::Store> &store,
                    const EntityDef *def, const QString &collection, const QStringList &tags)
{
    const EntityDef &entity = *def;
    server.addRoute(
        {.method = Method::Post,
         .path = collection,
         .summary = QStringLiteral("Create a %1 record").arg(entity.name),
         .tags = tags,
         .body = bodySchema(entity, true),
         .successStatus = 201,
         .responseDescription = QStringLiteral("The new record, with the fields the server set")},
        [store, def, collection](const RequestContext &context) -> ApiResponse {
            const auto row =
                store->create(principalOf(context), *def, context.body(), clientOf(context));
            if (!row)
                return toApiError(context, row.error());
            return withETag(
                ApiResponse::created(*row, collection + QLatin1Char('/') +
                                               QString::number(row->value(u"id").toInteger())),
                *row);
        });
}

void addDeleteRoute(Server::ApiServer &server, const std::shared_ptr<EntityStore::Store> &store,
                    const EntityDef *def, const QString &item, const QStringList &tags)
{
    const EntityDef &entity = *def;
    server.addRoute(
        {.method = Method::Delete,
         .path = item,
         .summary = QStringLiteral("Delete a %1 record (it stays as a tombstone for sync)")
                        .arg(entity.name),
         .tags = tags,
         .responseDescription = QStringLiteral("The tombstone")},
        [store, def](const RequestContext &context) -> ApiResponse {
            const auto condition = ifMatchOf(context);
            if (!condition)
                return condition.error();
            const auto row =
                store->remove(principalOf(context), *def, context.pathInteger(QStringLiteral("id")),
                              *condition, clientOf(context));
            if (!row)
                return toApiError(context, row.error());
            return ApiResponse::json(*row);
        });
}

} // namespace

void registerEntityRoutes(Server::ApiServer &server, std::shared_ptr<Storage::Database> database,
                          const Clock &clock)
{
    auto store = std::make_shared<EntityStore::Store>(database, clock);
    for (const EntityDef &entity : Entities::allEntities()) {
        const QString collection = QStringLiteral("/api/v1/") + entity.name;
        const QString item = collection + QStringLiteral("/{id:int}");
        const QStringList tags{entity.name};
        const EntityDef *def = &entity;

        server.addRoute({.method = Method::Get,
                         .path = collection,
                         .summary = QStringLiteral("List %1 the caller may see").arg(entity.name),
                         .tags = tags,
                         .query = listQuery(entity),
                         .responseDescription = QStringLiteral(
                             "{\"items\": [...], \"next_after\": id or null}, ordered by id")},
                        [store, def](const RequestContext &context) -> ApiResponse {
                            EntityStore::ListQuery query;
                            const QJsonObject params = context.query();
                            for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
                                if (it.key() == u"after")
                                    query.afterId = it.value().toInteger();
                                else if (it.key() == u"limit")
                                    query.limit = int(it.value().toInteger());
                                else if (it.key() == u"q")
                                    query.search = it.value().toString();
                                else if (it.key() == u"include_deleted")
                                    query.includeDeleted = it.value().toBool();
                                else if (it.key() == u"fields") {
                                    const auto columns = shownColumns(*def, it.value().toString());
                                    if (!columns)
                                        return columns.error();
                                    query.columns = *columns;
                                } else
                                    query.filters.insert(it.key(), it.value().toString());
                            }
                            const auto page = store->listJson(principalOf(context), *def, query);
                            if (!page)
                                return toApiError(context, page.error());
                            // {"items": [...], "next_after": id or null}, keys in QJsonObject's
                            // order.
                            QByteArray json;
                            json.reserve(page->items.size() + 40);
                            json.append("{\"items\":");
                            json.append(page->items);
                            json.append(",\"next_after\":");
                            if (page->nextAfterId)
                                JsonText::appendInteger(json, *page->nextAfterId);
                            else
                                json.append("null");
                            json.append('}');
                            return ApiResponse::jsonText(std::move(json));
                        });

        server.addRoute(
            {.method = Method::Get,
             .path = item,
             .summary = QStringLiteral("One %1 record").arg(entity.name),
             .tags = tags,
             .responseDescription = QStringLiteral("The record; its ETag is its version")},
            [store, def](const RequestContext &context) -> ApiResponse {
                const auto row = store->getJson(principalOf(context), *def,
                                                context.pathInteger(QStringLiteral("id")));
                if (!row)
                    return toApiError(context, row.error());
                return ApiResponse::jsonText(row->json).withHeader(
                    "ETag", '"' + QByteArray::number(row->version) + '"');
            });

        if (entity.writers.isEmpty())
            continue;

        // Rows only the server creates (notifications) are changed by clients, never
        // created or deleted: those routes do not exist (405).
        if (!entity.serverCreatesRows)
            addCreateRoute(server, store, def, collection, tags);

        server.addRoute(
            {.method = Method::Patch,
             .path = item,
             .summary = QStringLiteral("Change fields of a %1 record").arg(entity.name),
             .description = QStringLiteral("Send If-Match with the ETag you read: a record changed "
                                           "since is refused with 412."),
             .tags = tags,
             .body = bodySchema(entity, false),
             .responseDescription = QStringLiteral("The record as changed")},
            [store, def](const RequestContext &context) -> ApiResponse {
                const auto condition = ifMatchOf(context);
                if (!condition)
                    return condition.error();
                const auto row = store->update(principalOf(context), *def,
                                               context.pathInteger(QStringLiteral("id")),
                                               context.body(), *condition, clientOf(context));
                if (!row)
                    return toApiError(context, row.error());
                return withETag(ApiResponse::json(*row), *row);
            });

        if (!entity.serverCreatesRows)
            addDeleteRoute(server, store, def, item, tags);
    }
}

} // namespace Shahrvand::Api
