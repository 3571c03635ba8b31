#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Shahrvand::JsonText {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    const char escape[] = {'\\',
                           'u',
                           hexDigit((unit >> 12) & 0xf),
                           hexDigit((unit >> 8) & 0xf),
                           hexDigit((unit >> 4) & 0xf),
                           hexDigit(unit & 0xf)};
    out.append(escape, sizeof escape);
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    out.reserve(out.size() + text.size() + 2);
    out.append('"');
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    while (it != end) {
        // The common case first: a run of plain ASCII is copied as it is.
        const char16_t *run = it;
        while (it != end && *it < 0x80 && *it >= 0x20 && *it != u'"' && *it != u'\\')
            ++it;
        if (it != run) {
            const qsizetype start = out.size();
            out.resize(start + (it - run));
            char *target = out.data() + start;
            for (const char16_t *c = run; c != it; ++c)
                *target++ = char(*c);
        }
        if (it == end)
            break;
        const char16_t unit = *it++;
        if (unit < 0x80) {
            switch (unit) {
            case u'"':
                out.append("\\\"", 2);
                break;
            case u'\\':
                out.append("\\\\", 2);
                break;
            case 0x08:
                out.append("\\b", 2);
                break;
            case 0x0c:
                out.append("\\f", 2);
                break;
            case 0x0a:
                out.append("\\n", 2);
                break;
            case 0x0d:
                out.append("\\r", 2);
                break;
            case 0x09:
                out.append("\\t", 2);
                break;
            default:
                out.append("\\u00", 4);
                out.append(hexDigit(unit >> 4));
                out.append(hexDigit(unit & 0xf));
            }
        } else if (unit < 0x800) {
            out.append(char(0xc0 | (unit >> 6)));
            out.append(char(0x80 | (unit & 0x3f)));
        } else if (QChar::isHighSurrogate(unit)) {
            if (it != end && QChar::isLowSurrogate(*it)) {
                const char32_t code = QChar::surrogateToUcs4(unit, *it++);
                const char bytes[] = {char(0xf0 | (code >> 18)), char(0x80 | ((code >> 12) & 0x3f)),
                                      char(0x80 | ((code >> 6) & 0x3f)),
                                      char(0x80 | (code & 0x3f))};
                out.append(bytes, sizeof bytes);
            } else {
                appendEscapedUnit(out, unit);
            }
        } else if (QChar::isLowSurrogate(unit)) {
            appendEscapedUnit(out, unit);
        } else {
            const char bytes[] = {char(0xe0 | (unit >> 12)), char(0x80 | ((unit >> 6) & 0x3f)),
                                  char(0x80 | (unit & 0x3f))};
            out.append(bytes, sizeof bytes);
        }
    }
    out.append('"');
}

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *digit = end;
    // Through the unsigned value, so that the smallest qint64 has a positive twin.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--digit = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--digit = '-';
    out.append(digit, end - digit);
}

void appendDouble(QByteArray &out, double value)
{
    if (std::isfinite(value))
        out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    else
        out.append("null", 4);
}

void appendBool(QByteArray &out, bool value)
{
    if (value)
        out.append("true", 4);
    else
        out.append("false", 5);
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null", 4);
        break;
    case QJsonValue::Bool:
        appendBool(out, value.toBool());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Object:
        out.append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Double:
    case QJsonValue::Array: {
        // Qt knows whether a number is held as an integer; let it write the number.
        const QByteArray array =
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact); // "[...]"
        out.append(array.constData() + 1, array.size() - 2);
        break;
    }
    }
}

} // namespace Shahrvand::JsonText
