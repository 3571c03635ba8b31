#include "openapi.h"

#include <QJsonArray>

namespace Shahrvand::Server::OpenApi {

namespace {

QJsonObject ref(const QString &target)
{
    return QJsonObject{{QStringLiteral("$ref"), target}};
}

QJsonObject errorResponse(const QString &description)
{
    return QJsonObject{
        {QStringLiteral("description"), description},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("application/json"),
                      QJsonObject{{QStringLiteral("schema"),
                                   ref(QStringLiteral("#/components/schemas/Error"))}}}}}};
}

QJsonObject components()
{
    const QJsonObject errorSchema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("error")}},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("error"),
              QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("object")},
                  {QStringLiteral("required"),
                   QJsonArray{QStringLiteral("code"), QStringLiteral("message"),
                              QStringLiteral("details")}},
                  {QStringLiteral("properties"),
                   QJsonObject{
                       {QStringLiteral("code"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                    {QStringLiteral("description"),
                                     QStringLiteral("Stable snake_case code for programs.")}}},
                       {QStringLiteral("message"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                    {QStringLiteral("description"),
                                     QStringLiteral("For people, in the negotiated language.")}}},
                       {QStringLiteral("details"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}}}}};
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonObject{{QStringLiteral("Error"), errorSchema}}},
        {QStringLiteral("securitySchemes"),
         QJsonObject{{QStringLiteral("bearerAuth"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                  {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}},
        {QStringLiteral("parameters"),
         QJsonObject{
             {QStringLiteral("AcceptLanguage"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("Accept-Language")},
                          {QStringLiteral("in"), QStringLiteral("header")},
                          {QStringLiteral("required"), false},
                          {QStringLiteral("description"),
                           QStringLiteral("fa or en: the language of error messages "
                                          "(default fa).")},
                          {QStringLiteral("schema"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}};
}

QJsonObject operation(const RouteTable::Route &route)
{
    const RouteSpec &spec = route.spec;
    QJsonArray parameters{ref(QStringLiteral("#/components/parameters/AcceptLanguage"))};
    for (const RouteTable::Route::Segment &segment : route.segments) {
        if (!segment.parameter)
            continue;
        parameters.append(QJsonObject{
            {QStringLiteral("name"), segment.text},
            {QStringLiteral("in"), QStringLiteral("path")},
            {QStringLiteral("required"), true},
            {QStringLiteral("schema"),
             segment.integer ? QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                           {QStringLiteral("format"), QStringLiteral("int64")},
                                           {QStringLiteral("minimum"), 0}}
                             : QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    }
    for (const Field &field : spec.query.fields()) {
        parameters.append(QJsonObject{{QStringLiteral("name"), field.name()},
                                      {QStringLiteral("in"), QStringLiteral("query")},
                                      {QStringLiteral("required"), field.isRequired()},
                                      {QStringLiteral("schema"), field.toOpenApi()}});
    }

    QJsonObject success{{QStringLiteral("description"), spec.responseDescription}};
    if (!spec.responseSchema.isEmpty())
        success.insert(QStringLiteral("content"),
                       QJsonObject{{QStringLiteral("application/json"),
                                    QJsonObject{{QStringLiteral("schema"), spec.responseSchema}}}});
    QJsonObject responses{{QString::number(spec.successStatus), success}};
    const bool takesBody = spec.body || !spec.rawBody.isEmpty();
    const bool takesInput = takesBody || !spec.query.isEmpty();
    if (takesInput)
        responses.insert(QStringLiteral("400"),
                         errorResponse(QStringLiteral("The request is malformed or fails "
                                                      "validation.")));
    if (spec.access == Access::Authenticated)
        responses.insert(QStringLiteral("401"),
                         errorResponse(QStringLiteral("No valid bearer token was given.")));
    if (takesBody) {
        responses.insert(QStringLiteral("413"),
                         errorResponse(QStringLiteral("The body is larger than allowed.")));
        responses.insert(QStringLiteral("415"),
                         errorResponse(QStringLiteral("The body is not of the media type "
                                                      "given here.")));
    }
    responses.insert(QStringLiteral("429"),
                     errorResponse(QStringLiteral("Too many requests; see Retry-After.")));
    responses.insert(QStringLiteral("default"),
                     errorResponse(QStringLiteral("Any other error, in the same format.")));

    QJsonObject result{
        {QStringLiteral("summary"), spec.summary},
        {QStringLiteral("operationId"),
         methodName(spec.method).toLower() + route.openApiPath()
                                                 .replace(QLatin1Char('/'), u'_')
                                                 .remove(QLatin1Char('{'))
                                                 .remove(QLatin1Char('}'))},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("responses"), responses},
        {QStringLiteral("security"),
         spec.access == Access::Authenticated
             ? QJsonArray{QJsonObject{{QStringLiteral("bearerAuth"), QJsonArray{}}}}
             : QJsonArray{}},
    };
    if (!spec.description.isEmpty())
        result.insert(QStringLiteral("description"), spec.description);
    if (!spec.tags.isEmpty())
        result.insert(QStringLiteral("tags"), QJsonArray::fromStringList(spec.tags));
    if (!spec.rawBody.isEmpty())
        result.insert(
            QStringLiteral("requestBody"),
            QJsonObject{
                {QStringLiteral("required"), true},
                {QStringLiteral("content"),
                 QJsonObject{
                     {spec.rawBody,
                      QJsonObject{
                          {QStringLiteral("schema"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                       {QStringLiteral("format"), QStringLiteral("binary")}}}}}}}});
    if (spec.body)
        result.insert(
            QStringLiteral("requestBody"),
            QJsonObject{
                {QStringLiteral("required"), true},
                {QStringLiteral("content"),
                 QJsonObject{{QStringLiteral("application/json"),
                              QJsonObject{{QStringLiteral("schema"), spec.body->toOpenApi()}}}}}});
    return result;
}

} // namespace

QJsonObject document(const RouteTable &routes, const QString &version)
{
    QJsonObject paths;
    for (const auto &route : routes.routes()) {
        const QString path = route->openApiPath();
        QJsonObject item = paths.value(path).toObject();
        item.insert(methodName(route->spec.method).toLower(), operation(*route));
        paths.insert(path, item);
    }
    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Shahrvand central server")},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("description"),
                      QStringLiteral("The REST API of the Shahrvand citizen relationship "
                                     "management system. Conventions: docs/API.md.")}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), components()},
    };
}

} // namespace Shahrvand::Server::OpenApi
