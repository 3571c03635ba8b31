#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

// JSON written straight into a byte buffer, byte for byte as QJsonDocument writes it in
// compact form. For answers built from many rows: building a QJsonObject per row only to
// serialize it at once costs more than the rest of the request.
namespace Shahrvand::JsonText {

// A JSON string: '"', '\\' and control characters escaped (\b \f \n \r \t, others
// \u00XX), everything else as UTF-8; an unpaired surrogate as \uXXXX.
void appendString(QByteArray &out, QStringView text);
void appendInteger(QByteArray &out, qint64 value);
// Shortest exact form; null when not finite (JSON has no infinity).
void appendDouble(QByteArray &out, double value);
void appendBool(QByteArray &out, bool value);
// Any value, objects and arrays included (through QJsonDocument).
void appendValue(QByteArray &out, const QJsonValue &value);

} // namespace Shahrvand::JsonText
