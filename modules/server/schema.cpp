#include "schema.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Shahrvand::Server {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Object:
        return QStringLiteral("object");
    case FieldType::Array:
        return QStringLiteral("array");
    }
    Q_UNREACHABLE();
}

Field::Field(QString name, FieldType type)
    : m_name(std::move(name))
    , m_type(type)
{}

Field Field::string(QString name)
{
    return Field(std::move(name), FieldType::String);
}

Field Field::integer(QString name)
{
    return Field(std::move(name), FieldType::Integer);
}

Field Field::number(QString name)
{
    return Field(std::move(name), FieldType::Number);
}

Field Field::boolean(QString name)
{
    return Field(std::move(name), FieldType::Boolean);
}

Field Field::object(QString name, Schema schema)
{
    Field field(std::move(name), FieldType::Object);
    field.m_objectSchema = std::make_shared<const Schema>(std::move(schema));
    return field;
}

Field Field::object(QString name)
{
    return Field(std::move(name), FieldType::Object);
}

Field Field::array(QString name, Field items)
{
    Field field(std::move(name), FieldType::Array);
    field.m_items = std::make_shared<const Field>(std::move(items));
    return field;
}

Field &Field::required()
{
    m_required = true;
    return *this;
}

Field &Field::nullable()
{
    m_nullable = true;
    return *this;
}

Field &Field::maxLength(qsizetype length)
{
    m_maxLength = length;
    return *this;
}

Field &Field::range(qint64 minimum, qint64 maximum)
{
    m_range = qMakePair(minimum, maximum);
    return *this;
}

Field &Field::oneOf(QStringList allowed)
{
    m_allowed = std::move(allowed);
    return *this;
}

Field &Field::describe(QString description)
{
    m_description = std::move(description);
    return *this;
}

std::optional<ApiError> Field::check(const QJsonValue &value, const QString &path) const
{
    if (value.isNull()) {
        if (m_nullable)
            return std::nullopt;
        return ApiError::wrongType(path, fieldTypeName(m_type));
    }
    switch (m_type) {
    case FieldType::String:
        if (!value.isString())
            return ApiError::wrongType(path, fieldTypeName(m_type));
        return checkString(value.toString(), path);
    case FieldType::Integer: {
        if (!value.isDouble())
            return ApiError::wrongType(path, fieldTypeName(m_type));
        // toInteger() falls back to its argument when the number is not a whole number
        // that fits in 64 bits; two different fallbacks tell that case apart without
        // ever truncating 1.5 to 1.
        const qint64 number = value.toInteger(0);
        if (number != value.toInteger(1))
            return ApiError::notAnInteger(path);
        return checkInteger(number, path);
    }
    case FieldType::Number:
        // Qt's parser turns 1e999 into infinity; that is not a measure of anything.
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return ApiError::wrongType(path, fieldTypeName(m_type));
        return checkNumber(value.toDouble(), path);
    case FieldType::Boolean:
        if (!value.isBool())
            return ApiError::wrongType(path, fieldTypeName(m_type));
        return std::nullopt;
    case FieldType::Object:
        if (!value.isObject())
            return ApiError::wrongType(path, fieldTypeName(m_type));
        if (m_objectSchema)
            return m_objectSchema->check(value.toObject(), path + QLatin1Char('.'));
        return std::nullopt;
    case FieldType::Array: {
        if (!value.isArray())
            return ApiError::wrongType(path, fieldTypeName(m_type));
        const QJsonArray array = value.toArray();
        if (m_maxLength >= 0 && array.size() > m_maxLength)
            return ApiError::tooManyItems(path, m_maxLength);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath =
                path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (auto error = m_items->check(array.at(i), itemPath))
                return error;
        }
        return std::nullopt;
    }
    }
    Q_UNREACHABLE();
}

std::optional<ApiError> Field::checkString(const QString &text, const QString &path) const
{
    // U+0000 cannot be stored in PostgreSQL text, and a lone surrogate (from a "\ud800"
    // escape) is not a character at all: both are refused here, not in the database.
    if (text.contains(QChar(0)) || !QStringView(text).isValidUtf16())
        return ApiError::invalidCharacters(path);
    if (m_maxLength >= 0 && text.size() > m_maxLength) {
        // Count code points, not UTF-16 units, so a limit means the same for every script.
        qsizetype characters = 0;
        for (const QChar c : text) {
            if (!c.isLowSurrogate() && ++characters > m_maxLength)
                return ApiError::tooLong(path, m_maxLength);
        }
    }
    if (!m_allowed.isEmpty() && !m_allowed.contains(text))
        return ApiError::notAllowedValue(path, m_allowed);
    return std::nullopt;
}

std::optional<ApiError> Field::checkInteger(qint64 number, const QString &path) const
{
    if (m_range && (number < m_range->first || number > m_range->second))
        return ApiError::outOfRange(path, m_range->first, m_range->second);
    return std::nullopt;
}

std::optional<ApiError> Field::checkNumber(double number, const QString &path) const
{
    if (m_range && (number < double(m_range->first) || number > double(m_range->second)))
        return ApiError::outOfRange(path, m_range->first, m_range->second);
    return std::nullopt;
}

Expected<QJsonValue, ApiError> Field::fromText(const QString &text, const QString &path) const
{
    switch (m_type) {
    case FieldType::String:
        if (auto error = checkString(text, path))
            return *error;
        return QJsonValue(text);
    case FieldType::Integer: {
        // Plain decimal only: "0x10", " 5" and "5.0" are not integers in a query.
        const bool digitsOnly =
            !text.isEmpty() && text.size() <= 20 &&
            std::all_of(text.begin() + (text.startsWith(QLatin1Char('-')) ? 1 : 0), text.end(),
                        [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
        bool ok = false;
        const qint64 number = digitsOnly ? text.toLongLong(&ok) : 0;
        if (!ok)
            return ApiError::notAnInteger(path);
        if (auto error = checkInteger(number, path))
            return *error;
        return QJsonValue(number);
    }
    case FieldType::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number) || text.trimmed() != text)
            return ApiError::wrongType(path, fieldTypeName(m_type));
        if (auto error = checkNumber(number, path))
            return *error;
        return QJsonValue(number);
    }
    case FieldType::Boolean:
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return QJsonValue(true);
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return QJsonValue(false);
        return ApiError::wrongType(path, fieldTypeName(m_type));
    case FieldType::Object:
    case FieldType::Array:
        break;
    }
    return ApiError::wrongType(path, fieldTypeName(m_type));
}

QJsonObject Field::toOpenApi() const
{
    QJsonObject schema;
    switch (m_type) {
    case FieldType::String:
        schema.insert(QStringLiteral("type"), QStringLiteral("string"));
        if (m_maxLength >= 0)
            schema.insert(QStringLiteral("maxLength"), m_maxLength);
        if (!m_allowed.isEmpty())
            schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(m_allowed));
        break;
    case FieldType::Integer:
        schema.insert(QStringLiteral("type"), QStringLiteral("integer"));
        schema.insert(QStringLiteral("format"), QStringLiteral("int64"));
        if (m_range) {
            schema.insert(QStringLiteral("minimum"), m_range->first);
            schema.insert(QStringLiteral("maximum"), m_range->second);
        }
        break;
    case FieldType::Number:
        schema.insert(QStringLiteral("type"), QStringLiteral("number"));
        schema.insert(QStringLiteral("format"), QStringLiteral("double"));
        if (m_range) {
            schema.insert(QStringLiteral("minimum"), m_range->first);
            schema.insert(QStringLiteral("maximum"), m_range->second);
        }
        break;
    case FieldType::Boolean:
        schema.insert(QStringLiteral("type"), QStringLiteral("boolean"));
        break;
    case FieldType::Object:
        schema = m_objectSchema ? m_objectSchema->toOpenApi()
                                : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        break;
    case FieldType::Array:
        schema.insert(QStringLiteral("type"), QStringLiteral("array"));
        schema.insert(QStringLiteral("items"), m_items->toOpenApi());
        if (m_maxLength >= 0)
            schema.insert(QStringLiteral("maxItems"), m_maxLength);
        break;
    }
    if (m_nullable)
        schema.insert(QStringLiteral("nullable"), true);
    if (!m_description.isEmpty())
        schema.insert(QStringLiteral("description"), m_description);
    return schema;
}

Schema::Schema(std::initializer_list<Field> fields)
    : m_fields(fields)
{}

Schema &Schema::add(Field field)
{
    if (find(field.name()))
        qFatal("schema field \"%s\" declared twice", qPrintable(field.name()));
    m_fields.append(std::move(field));
    return *this;
}

const Field *Schema::find(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.name() == name)
            return &field;
    }
    return nullptr;
}

std::optional<ApiError> Schema::check(const QJsonObject &object, const QString &prefix) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!find(it.key()))
            return ApiError::unknownField(prefix + it.key());
    }
    for (const Field &field : m_fields) {
        const QJsonValue value = object.value(field.name());
        if (value.isUndefined()) {
            if (field.isRequired())
                return ApiError::missingField(prefix + field.name());
            continue;
        }
        if (auto error = field.check(value, prefix + field.name()))
            return error;
    }
    return std::nullopt;
}

Expected<QJsonObject, ApiError>
Schema::checkQuery(const QList<QPair<QString, QString>> &items) const
{
    QJsonObject typed;
    QHash<QString, QJsonArray> lists;
    for (const auto &[name, text] : items) {
        const Field *field = find(name);
        if (!field)
            return ApiError::unknownField(name);
        if (field->type() == FieldType::Array) {
            // Repeated names build a list: ?tag=a&tag=b.
            QJsonArray &list = lists[name];
            const QString path =
                name + QLatin1Char('[') + QString::number(list.size()) + QLatin1Char(']');
            const auto value = field->m_items->fromText(text, path);
            if (!value)
                return value.error();
            list.append(*value);
            continue;
        }
        if (typed.contains(name))
            return ApiError::repeatedField(name);
        const auto value = field->fromText(text, name);
        if (!value)
            return value.error();
        typed.insert(name, *value);
    }
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        const Field *field = find(it.key());
        if (field->m_maxLength >= 0 && it->size() > field->m_maxLength)
            return ApiError::tooManyItems(it.key(), field->m_maxLength);
        typed.insert(it.key(), *it);
    }
    for (const Field &field : m_fields) {
        if (field.isRequired() && !typed.contains(field.name()))
            return ApiError::missingField(field.name());
    }
    return typed;
}

QJsonObject Schema::toOpenApi() const
{
    QJsonObject properties;
    QJsonArray required;
    for (const Field &field : m_fields) {
        properties.insert(field.name(), field.toOpenApi());
        if (field.isRequired())
            required.append(field.name());
    }
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("additionalProperties"), false}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), required);
    return schema;
}

} // namespace Shahrvand::Server
