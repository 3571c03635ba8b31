#include "filecontent.h"

#include <QStringDecoder>

namespace Shahrvand::FileContent {

const QStringList &acceptedTypes()
{
    static const QStringList types{QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                   QStringLiteral("image/webp"), QStringLiteral("application/pdf"),
                                   QStringLiteral("text/plain")};
    return types;
}

QString sniffType(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    // Plain text: valid UTF-8 without control characters other than whitespace. The
    // head may end inside a character: a stateful decoder keeps that part pending.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(head);
    if (decoder.hasError())
        return {};
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && !c.isSpace())
            return {};
    }
    return QStringLiteral("text/plain");
}

} // namespace Shahrvand::FileContent
