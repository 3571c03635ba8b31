#pragma once

#include "apiresponse.h"
#include "schema.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Shahrvand::Server {

class RequestContext;

using Method = QHttpServerRequest::Method;

// "GET", "POST"...; an empty string for methods the API never serves.
QString methodName(Method method);

enum class Access {
    // Anyone may call it (health, sign-in, this document). Counted per client address.
    Public,
    // A valid bearer token is required; the default, so forgetting it fails closed.
    Authenticated,
};

// Everything known about a route, given once at registration (designated initializers
// read best: {.method = Method::Post, .path = u"/api/v1/cases"_s, ...}; every member
// has a default so that leaving one out draws no warning). The same declaration
// routes the request, checks its body and query, and writes the route into the OpenAPI
// document, so a route cannot exist undocumented or accept what it does not declare.
struct RouteSpec
{
    Method method = Method::Get;
    // Literal segments and parameters: "/api/v1/cases/{id:int}" (":int" admits digits
    // only; without it any non-empty segment matches). Literal segments win over
    // parameters: "/cases/new" is chosen before "/cases/{id}".
    QString path{};
    // One line, in English, for developers reading the OpenAPI document. Required.
    QString summary{};
    QString description{};
    QStringList tags{};
    Access access = Access::Authenticated;
    // A JSON object body, checked (415, 400) before the handler runs; the handler reads
    // it from RequestContext::body(). Without one, a body is ignored.
    std::optional<Schema> body{};
    // Instead of a JSON body: the media type of a body taken as it is (a file's bytes,
    // say, "application/octet-stream"). Other types are refused with 415; the handler
    // reads RequestContext::rawBody(). The body size limit still applies.
    QString rawBody{};
    // The query parameters the route understands; any other is refused with 400.
    Schema query{};
    int successStatus = 200;
    // What a successful answer holds. Required.
    QString responseDescription{};
    // Optional OpenAPI schema of the successful answer.
    QJsonObject responseSchema{};
};

// Runs on a worker thread with the request already authenticated, rate-limited and
// validated. May block on the database; must not touch objects of the listening thread.
// Exceptions are caught, logged, and answered 500.
using RouteHandler = std::function<ApiResponse(const RequestContext &)>;

} // namespace Shahrvand::Server
