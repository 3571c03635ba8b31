#include "serverconfig.h"

#include <QFileInfo>
#include <QSettings>

namespace Shahrvand::Server {

namespace {

Expected<qint64, QString> wholeNumber(const QHash<QString, QString> &values, const QString &key,
                                      qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!values.contains(key))
        return fallback;
    const QString text = values.value(key).trimmed();
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return ServerConfig::tr("%1 must be a whole number from %2 to %3, not \"%4\".")
            .arg(key)
            .arg(minimum)
            .arg(maximum)
            .arg(text);
    return number;
}

Expected<bool, QString> yesOrNo(const QHash<QString, QString> &values, const QString &key)
{
    if (!values.contains(key))
        return false;
    const QString text = values.value(key).trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") ||
        text == QLatin1String("on") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") ||
        text == QLatin1String("off") || text == QLatin1String("0"))
        return false;
    return ServerConfig::tr("%1 must be true or false, not \"%2\".").arg(key, text);
}

} // namespace

const QStringList &ServerConfig::keys()
{
    static const QStringList names{
        QStringLiteral("db"),
        QStringLiteral("listen"),
        QStringLiteral("allow-plain-http"),
        QStringLiteral("tls-cert"),
        QStringLiteral("tls-key"),
        QStringLiteral("threads"),
        QStringLiteral("max-body-bytes"),
        QStringLiteral("rate-limit"),
        QStringLiteral("rate-burst"),
        QStringLiteral("max-in-flight"),
        QStringLiteral("shutdown-timeout"),
        QStringLiteral("sla-check-interval"),
    };
    return names;
}

bool ServerConfig::isSwitch(const QString &key)
{
    return key == QLatin1String("allow-plain-http");
}

Expected<QHash<QString, QString>, QString> ServerConfig::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return tr("cannot read the configuration file %1.").arg(path);
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return tr("the configuration file %1 is not a valid INI file.").arg(path);
    QHash<QString, QString> values;
    for (const QString &key : settings.allKeys()) {
        if (!keys().contains(key))
            return tr("the configuration file %1 has an unknown setting \"%2\"; the settings "
                      "are: %3.")
                .arg(path, key, keys().join(QStringLiteral(", ")));
        // An unquoted value with commas reads as a list; the settings have no commas
        // but a database URL's password might.
        const QVariant value = settings.value(key);
        values.insert(key, value.typeId() == QMetaType::QStringList
                               ? value.toStringList().join(QLatin1Char(','))
                               : value.toString());
    }
    return values;
}

Expected<ServerConfig, QString> ServerConfig::fromValues(const QHash<QString, QString> &values)
{
    ServerConfig config;
    config.database = values.value(QStringLiteral("db"));

    const auto listen = ListenAddress::parse(
        values.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8080")));
    if (!listen)
        return listen.error();
    config.listen = *listen;

    const auto plain = yesOrNo(values, QStringLiteral("allow-plain-http"));
    if (!plain)
        return plain.error();
    config.allowPlainHttp = *plain;

    config.tlsCertificateFile = values.value(QStringLiteral("tls-cert"));
    config.tlsKeyFile = values.value(QStringLiteral("tls-key"));
    if (config.tlsCertificateFile.isEmpty() != config.tlsKeyFile.isEmpty())
        return tr("give both --tls-cert and --tls-key, or neither.");

    ApiServerOptions &api = config.api;
    const auto threads = wholeNumber(values, QStringLiteral("threads"), api.workerThreads, 0, 512);
    const auto maxBody =
        wholeNumber(values, QStringLiteral("max-body-bytes"), api.maxBodyBytes, 1024, 1 << 30);
    const auto rate = wholeNumber(values, QStringLiteral("rate-limit"),
                                  qint64(api.rateLimits.requestsPerSecond), 0, 1000000);
    const auto inFlight =
        wholeNumber(values, QStringLiteral("max-in-flight"), api.rateLimits.maxInFlight, 0, 100000);
    const auto grace = wholeNumber(values, QStringLiteral("shutdown-timeout"),
                                   api.shutdownGrace.count() / 1000, 0, 3600);
    const auto slaInterval = wholeNumber(values, QStringLiteral("sla-check-interval"),
                                         config.slaCheckIntervalSeconds, 0, 86400);
    for (const auto *number : {&threads, &maxBody, &rate, &inFlight, &grace, &slaInterval}) {
        if (!*number)
            return number->error();
    }
    // Without an explicit burst, two seconds' worth of requests may come at once.
    const auto burst =
        wholeNumber(values, QStringLiteral("rate-burst"),
                    values.contains(QStringLiteral("rate-limit")) ? qMax<qint64>(1, 2 * *rate)
                                                                  : api.rateLimits.burst,
                    1, 10000000);
    if (!burst)
        return burst.error();
    api.workerThreads = int(*threads);
    api.maxBodyBytes = *maxBody;
    api.rateLimits.requestsPerSecond = double(*rate);
    api.rateLimits.burst = int(*burst);
    api.rateLimits.maxInFlight = int(*inFlight);
    api.shutdownGrace = std::chrono::seconds(*grace);
    config.slaCheckIntervalSeconds = int(*slaInterval);
    return config;
}

} // namespace Shahrvand::Server
