#include "canonicaltext_p.h"

namespace Shahrvand::Auth::detail {

QString canonicalPassword(QStringView password)
{
    QString text = password.toString().normalized(QString::NormalizationForm_KC);
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == u'\u064A' || u == u'\u0649')
            c = QChar(u'\u06CC');
        else if (u == u'\u0643')
            c = QChar(u'\u06A9');
        else if (u >= u'\u06F0' && u <= u'\u06F9')
            c = QChar(char16_t(u'0' + (u - u'\u06F0')));
        else if (u >= u'\u0660' && u <= u'\u0669')
            c = QChar(char16_t(u'0' + (u - u'\u0660')));
    }
    return text;
}

QString canonicalUsername(QStringView username)
{
    return canonicalPassword(username.trimmed()).toLower();
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace Shahrvand::Auth::detail
