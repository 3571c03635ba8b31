#include "routetable.h"

#include "jsonbody.h"

#include <QRegularExpression>

namespace Shahrvand::Server {

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return {};
    }
}

namespace {

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

QList<RouteTable::Route::Segment> parseTemplate(const QString &path)
{
    static const QRegularExpression literal(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    static const QRegularExpression parameter(QStringLiteral("^\\{([a-z_][a-z0-9_]*)(:int)?\\}$"));
    if (!path.startsWith(QLatin1Char('/')))
        qFatal("route path \"%s\" must start with /", qPrintable(path));
    QList<RouteTable::Route::Segment> segments;
    QStringList names;
    for (const QString &part : path.mid(1).split(QLatin1Char('/'))) {
        if (const auto match = parameter.match(part); match.hasMatch()) {
            if (names.contains(match.captured(1)))
                qFatal("route path \"%s\" names a parameter twice", qPrintable(path));
            names << match.captured(1);
            segments.append({match.captured(1), true, match.hasCaptured(2)});
        } else if (literal.match(part).hasMatch()) {
            segments.append({part, false, false});
        } else {
            qFatal("route path \"%s\": \"%s\" is neither a plain segment nor {name} or "
                   "{name:int}",
                   qPrintable(path), qPrintable(part));
        }
    }
    return segments;
}

// Decodes one percent-encoded path segment; nullopt when the bytes are not UTF-8.
std::optional<QString> decodeSegment(QStringView encoded)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(encoded.toUtf8());
    if (!JsonBody::isValidUtf8(bytes))
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

} // namespace

QString RouteTable::Route::openApiPath() const
{
    QString path;
    for (const Segment &segment : segments)
        path += QLatin1Char('/') + (segment.parameter ? u'{' + segment.text + u'}' : segment.text);
    return path;
}

void RouteTable::add(RouteSpec spec, RouteHandler handler)
{
    if (methodName(spec.method).isEmpty() || spec.method == Method::Head ||
        spec.method == Method::Options)
        qFatal("route %s: only GET, POST, PUT, PATCH and DELETE routes can be registered",
               qPrintable(spec.path));
    if (spec.summary.trimmed().isEmpty() || spec.responseDescription.trimmed().isEmpty())
        qFatal("route %s %s: give it a summary and a responseDescription; they are its "
               "entry in the OpenAPI document",
               qPrintable(methodName(spec.method)), qPrintable(spec.path));
    if (!handler)
        qFatal("route %s %s has no handler", qPrintable(methodName(spec.method)),
               qPrintable(spec.path));
    for (const Field &field : spec.query.fields()) {
        if (field.type() == FieldType::Object)
            qFatal("route %s: query parameter \"%s\" cannot be an object", qPrintable(spec.path),
                   qPrintable(field.name()));
    }

    auto route = std::make_unique<Route>();
    route->segments = parseTemplate(spec.path);
    route->literalCount = int(std::count_if(route->segments.cbegin(), route->segments.cend(),
                                            [](const Route::Segment &s) { return !s.parameter; }));
    for (const auto &existing : m_routes) {
        if (existing->spec.method == spec.method && existing->openApiPath() == route->openApiPath())
            qFatal("route %s %s is registered twice", qPrintable(methodName(spec.method)),
                   qPrintable(spec.path));
    }
    route->spec = std::move(spec);
    route->handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

RouteTable::Match RouteTable::match(Method method, QStringView encodedPath) const
{
    Match result;
    if (!encodedPath.startsWith(u'/'))
        return result;
    QList<QString> decoded;
    for (const QStringView part : encodedPath.mid(1).split(u'/')) {
        auto segment = decodeSegment(part);
        if (!segment) {
            result.badEncoding = true;
            return result;
        }
        decoded.append(std::move(*segment));
    }

    int bestLiterals = -1;
    for (const auto &route : m_routes) {
        if (route->segments.size() != decoded.size())
            continue;
        QHash<QString, QString> parameters;
        bool matches = true;
        for (qsizetype i = 0; matches && i < decoded.size(); ++i) {
            const Route::Segment &segment = route->segments.at(i);
            if (!segment.parameter) {
                matches = segment.text == decoded.at(i);
            } else if (decoded.at(i).isEmpty()) {
                matches = false;
            } else if (segment.integer) {
                // Digits that also fit in 64 bits, so the handler's conversion cannot fail.
                bool fits = false;
                if (isDigits(decoded.at(i)))
                    decoded.at(i).toLongLong(&fits);
                matches = fits;
            }
            if (matches && segment.parameter)
                parameters.insert(segment.text, decoded.at(i));
        }
        if (!matches)
            continue;
        if (route->spec.method != method) {
            const QString name = methodName(route->spec.method);
            if (!result.allowedMethods.contains(name))
                result.allowedMethods.append(name);
            continue;
        }
        if (route->literalCount > bestLiterals) {
            bestLiterals = route->literalCount;
            result.route = route.get();
            result.parameters = std::move(parameters);
        }
    }
    if (result.route)
        result.allowedMethods.clear();
    result.allowedMethods.sort();
    return result;
}

} // namespace Shahrvand::Server
