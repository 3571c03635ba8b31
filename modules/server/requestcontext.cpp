#include "requestcontext.h"

#include "messagecatalog.h"

namespace Shahrvand::Server {

Language negotiateLanguage(QByteArrayView acceptLanguage)
{
    // "fa-IR,fa;q=0.9,en;q=0.8": the first listed wins among equal q-values.
    std::optional<Language> best;
    double bestQuality = 0;
    for (const QByteArrayView entry : QByteArray(acceptLanguage.toByteArray()).split(',')) {
        const QList<QByteArray> parts = entry.toByteArray().split(';');
        double quality = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                quality = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    quality = 0;
            }
        }
        const auto language = languageFromCode(QString::fromLatin1(parts.first()));
        if (language && quality > bestQuality) {
            best = language;
            bestQuality = quality;
        }
    }
    return best.value_or(defaultLanguage);
}

qint64 RequestContext::pathInteger(const QString &name) const
{
    return m_pathParameters.value(name).toLongLong();
}

QByteArray RequestContext::header(QByteArrayView name) const
{
    for (const Header &header : m_headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

std::optional<qint64> RequestContext::userId() const
{
    if (!m_authentication)
        return std::nullopt;
    return m_authentication->userId;
}

QString RequestContext::translate(const char *context, const char *source) const
{
    return m_catalog->text(m_language, context, source);
}

} // namespace Shahrvand::Server
