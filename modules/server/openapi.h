#pragma once

#include "routetable.h"

#include <QJsonObject>

namespace Shahrvand::Server::OpenApi {

// The OpenAPI 3.0 description of every registered route, built from the same
// declarations that route and validate the requests.
QJsonObject document(const RouteTable &routes, const QString &version);

} // namespace Shahrvand::Server::OpenApi
