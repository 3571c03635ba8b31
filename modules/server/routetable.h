#pragma once

#include "route.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Shahrvand::Server {

// The registered routes and the matching of a request path against them.
class RouteTable final
{
public:
    struct Route
    {
        RouteSpec spec;
        RouteHandler handler;

        struct Segment
        {
            QString text; // the literal, or the parameter's name
            bool parameter = false;
            bool integer = false;
        };
        QList<Segment> segments;
        int literalCount = 0;

        // The path as OpenAPI writes it: "/api/v1/cases/{id}".
        QString openApiPath() const;
    };

    struct Match
    {
        // The route to run, or nullptr.
        const Route *route = nullptr;
        QHash<QString, QString> parameters;
        // When no route takes this method but some take the path: their methods (405).
        QStringList allowedMethods;
        // The path is not valid percent-encoded UTF-8.
        bool badEncoding = false;
    };

    // Adds a route. Mistakes in the declaration (no summary, a malformed path, the
    // same method and path twice) are programming errors and stop the program at
    // start-up with a message saying what is wrong.
    void add(RouteSpec spec, RouteHandler handler);

    // `encodedPath` is the path as it came on the wire, still percent-encoded, so that
    // an encoded "/" inside a parameter cannot split it.
    Match match(Method method, QStringView encodedPath) const;

    // Routes stay at the same address for the table's lifetime.
    const std::vector<std::unique_ptr<Route>> &routes() const { return m_routes; }

private:
    std::vector<std::unique_ptr<Route>> m_routes;
};

} // namespace Shahrvand::Server
