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

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    // Room for the worst case (every unit a six-byte escape, or three bytes of UTF-8), then
    // written through a pointer: Persian text is almost all multi-byte characters.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *target = out.data() + start;
    *target++ = '"';
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    const auto escapeUnit = [&target](char16_t unit) {
        *target++ = '\\';
        *target++ = 'u';
        *target++ = hexDigit((unit >> 12) & 0xf);
        *target++ = hexDigit((unit >> 8) & 0xf);
        *target++ = hexDigit((unit >> 4) & 0xf);
        *target++ = hexDigit(unit & 0xf);
    };
    while (it != end) {
        const char16_t unit = *it++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *target++ = char(unit);
                continue;
            }
            *target++ = '\\';
            switch (unit) {
            case u'"':
                *target++ = '"';
                break;
            case u'\\':
                *target++ = '\\';
                break;
            case 0x08:
                *target++ = 'b';
                break;
            case 0x0c:
                *target++ = 'f';
                break;
            case 0x0a:
                *target++ = 'n';
                break;
            case 0x0d:
                *target++ = 'r';
                break;
            case 0x09:
                *target++ = 't';
                break;
            default:
                *target++ = 'u';
                *target++ = '0';
                *target++ = '0';
                *target++ = hexDigit(unit >> 4);
                *target++ = hexDigit(unit & 0xf);
            }
        } else if (unit < 0x800) {
            *target++ = char(0xc0 | (unit >> 6));
            *target++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit)) {
            if (it != end && QChar::isLowSurrogate(*it)) {
                const char32_t code = QChar::surrogateToUcs4(unit, *it++);
                *target++ = char(0xf0 | (code >> 18));
                *target++ = char(0x80 | ((code >> 12) & 0x3f));
                *target++ = char(0x80 | ((code >> 6) & 0x3f));
                *target++ = char(0x80 | (code & 0x3f));
            } else {
                escapeUnit(unit);
            }
        } else if (QChar::isLowSurrogate(unit)) {
            escapeUnit(unit);
        } else {
            *target++ = char(0xe0 | (unit >> 12));
            *target++ = char(0x80 | ((unit >> 6) & 0x3f));
            *target++ = char(0x80 | (unit & 0x3f));
        }
    }
    *target++ = '"';
    out.resize(target - out.constData());
}

bool appendUtf8String(QByteArray &out, QByteArrayView text)
{
    // At most six bytes for one byte of input (a control character's \u00XX).
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *target = out.data() + start;
    *target++ = '"';
    const auto *it = reinterpret_cast<const uchar *>(text.data());
    const uchar *const end = it + text.size();
    const auto continuation = [](uchar byte) { return (byte & 0xc0) == 0x80; };
    while (it != end) {
        const uchar byte = *it;
        if (byte < 0x80) {
            ++it;
            if (byte >= 0x20 && byte != '"' && byte != '\\') {
                *target++ = char(byte);
                continue;
            }
            *target++ = '\\';
            switch (byte) {
            case '"':
                *target++ = '"';
                break;
            case '\\':
                *target++ = '\\';
                break;
            case 0x08:
                *target++ = 'b';
                break;
            case 0x0c:
                *target++ = 'f';
                break;
            case 0x0a:
                *target++ = 'n';
                break;
            case 0x0d:
                *target++ = 'r';
                break;
            case 0x09:
                *target++ = 't';
                break;
            default:
                *target++ = 'u';
                *target++ = '0';
                *target++ = '0';
                *target++ = hexDigit(byte >> 4);
                *target++ = hexDigit(byte & 0xf);
            }
            continue;
        }
        // A multi-byte character is copied as it is once it is known to be well formed:
        // then QString::fromUtf8 and appendString would write the same bytes back.
        qsizetype length = 0;
        bool wellFormed = false;
        if (byte >= 0xc2 && byte <= 0xdf) {
            length = 2;
            wellFormed = end - it >= 2 && continuation(it[1]);
        } else if (byte >= 0xe0 && byte <= 0xef) {
            length = 3;
            // E0 needs A0..BF next (no overlong form), ED 80..9F (no surrogate).
            const uchar low = byte == 0xe0 ? 0xa0 : 0x80;
            const uchar high = byte == 0xed ? 0x9f : 0xbf;
            wellFormed = end - it >= 3 && it[1] >= low && it[1] <= high && continuation(it[2]) &&
                         !(byte == 0xef && it[1] == 0xbf && it[2] >= 0xbe); // U+FFFE, U+FFFF
        } else if (byte >= 0xf0 && byte <= 0xf4) {
            length = 4;
            // F0 needs 90..BF next (no overlong form), F4 80..8F (nothing past U+10FFFF).
            const uchar low = byte == 0xf0 ? 0x90 : 0x80;
            const uchar high = byte == 0xf4 ? 0x8f : 0xbf;
            wellFormed = end - it >= 4 && it[1] >= low && it[1] <= high && continuation(it[2]) &&
                         continuation(it[3]);
        }
        if (!wellFormed) {
            out.resize(start);
            return false;
        }
        for (qsizetype i = 0; i < length; ++i)
            *target++ = char(*it++);
    }
    *target++ = '"';
    out.resize(target - out.constData());
    return true;
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
    appendRaw(out, digit, end - digit);
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
        appendRaw(out, "true", 4);
    else
        appendRaw(out, "false", 5);
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
