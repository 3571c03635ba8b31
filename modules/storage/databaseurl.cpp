#include "databaseurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace Shahrvand::Storage {

Expected<DatabaseUrl, QString> DatabaseUrl::parse(QStringView text)
{
    const QString input = text.trimmed().toString();
    DatabaseUrl result;

    if (input.startsWith(QLatin1String("sqlite:"))) {
        result.backend = Backend::SQLite;
        QString path = input.mid(int(qstrlen("sqlite:")));
        // Accept sqlite:///abs/path and sqlite://relative too.
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return tr("Give the SQLite database file after \"sqlite:\", for example "
                      "sqlite:/var/lib/shahrvand/shahrvand.db.");
        if (path == QLatin1String(":memory:"))
            return tr("An in-memory database would lose every record when the server stops; "
                      "give a file path.");
        result.path = path;
        return result;
    }

    if (input.startsWith(QLatin1String("postgres://")) ||
        input.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(input, QUrl::StrictMode);
        if (!url.isValid())
            return tr("The PostgreSQL address is not a valid URL: %1").arg(url.errorString());
        result.backend = Backend::PostgreSQL;
        result.host = url.host(QUrl::FullyDecoded);
        result.port = url.port(-1);
        result.user = url.userName(QUrl::FullyDecoded);
        result.password = url.password(QUrl::FullyDecoded);
        result.databaseName = url.path(QUrl::FullyDecoded).mid(1);
        if (result.databaseName.isEmpty() || result.databaseName.contains(QLatin1Char('/')))
            return tr("Give the PostgreSQL database name after the host, for example "
                      "postgres://shahrvand@localhost/shahrvand.");
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("host"))
                result.host = value;
            else if (key == QLatin1String("port"))
                result.port = value.toInt();
            else
                result.options.insert(key, value);
        }
        return result;
    }

    return tr("The database address must start with sqlite: or postgres://.");
}

QString DatabaseUrl::redacted() const
{
    if (backend == Backend::SQLite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgres://");
    if (!user.isEmpty())
        text += user + (password.isEmpty() ? QString() : QStringLiteral(":***")) + QLatin1Char('@');
    text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    return text + QLatin1Char('/') + databaseName;
}

} // namespace Shahrvand::Storage
