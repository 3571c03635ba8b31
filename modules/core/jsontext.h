#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QStringView>

#include <cstring>

// JSON written straight into a byte buffer, byte for byte as QJsonDocument writes it in
// compact form. For answers built from many rows: building a QJsonObject per row only to
// serialize it at once costs more than the rest of the request.
namespace Shahrvand::JsonText {

// Bytes appended by growing the array and copying: QByteArray::append() goes through the
// general insert(), which costs more than the copy for the few bytes of a key or number.
inline void appendRaw(QByteArray &out, const char *data, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size);
    std::memcpy(out.data() + at, data, size_t(size));
}

// A JSON string: '"', '\\' and control characters escaped (\b \f \n \r \t, others
// \u00XX), everything else as UTF-8; an unpaired surrogate as \uXXXX.
void appendString(QByteArray &out, QStringView text);
// The same string from UTF-8 text (as SQLite holds it), without a QString: writes what
// appendString(out, QString::fromUtf8(text)) writes and returns true when `text` is
// well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF) without
// the noncharacters U+FFFE and U+FFFF (SQLite turns those into U+FFFD when it converts
// text to UTF-16); otherwise writes nothing and returns false, for the caller to decode
// the text its own way.
bool appendUtf8String(QByteArray &out, QByteArrayView text);
void appendInteger(QByteArray &out, qint64 value);
// Shortest exact form; null when not finite (JSON has no infinity).
void appendDouble(QByteArray &out, double value);
void appendBool(QByteArray &out, bool value);
// Any value, objects and arrays included (through QJsonDocument).
void appendValue(QByteArray &out, const QJsonValue &value);

} // namespace Shahrvand::JsonText
