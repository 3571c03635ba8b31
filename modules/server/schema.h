#pragma once

#include "apierror.h"
#include "expected.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>

namespace Shahrvand::Server {

class Schema;

enum class FieldType { String, Integer, Number, Boolean, Object, Array };

QString fieldTypeName(FieldType type);

// One field of a request body or query string, declared next to the route:
//
//     Field::string(u"title"_s).required().maxLength(200)
//     Field::integer(u"unit_id"_s).required().range(1, 1'000'000'000)
//     Field::string(u"status"_s).oneOf({u"open"_s, u"closed"_s})
//     Field::array(u"tags"_s, Field::string({}).maxLength(40)).maxLength(20)
//     Field::object(u"address"_s, Schema{Field::string(u"city"_s).required()}).nullable()
//
// Fields are optional and not nullable unless said otherwise. Integers must be exact
// (1.5 is refused, never truncated); strings may not hold U+0000 or broken surrogates.
class Field final
{
public:
    static Field string(QString name);
    static Field integer(QString name);
    // Any finite JSON number (for measures, not for money or ids: use integers there).
    static Field number(QString name);
    static Field boolean(QString name);
    // An object; with a schema its fields are checked too (a JSON body only).
    static Field object(QString name, Schema schema);
    static Field object(QString name);
    // An array whose elements are each checked against `items` (its name is unused).
    static Field array(QString name, Field items);

    Field &required();
    Field &nullable();
    // Strings: most characters (Unicode code points). Arrays: most elements.
    Field &maxLength(qsizetype length);
    // Integers and numbers: the smallest and largest value allowed.
    Field &range(qint64 minimum, qint64 maximum);
    Field &oneOf(QStringList allowed);
    // Shown in the OpenAPI document.
    Field &describe(QString description);

    const QString &name() const { return m_name; }
    FieldType type() const { return m_type; }
    bool isRequired() const { return m_required; }

    // `path` names the value in errors ("address.city", "tags[2]").
    std::optional<ApiError> check(const QJsonValue &value, const QString &path) const;
    // A query-string value (always text) converted to this field's type.
    Expected<QJsonValue, ApiError> fromText(const QString &text, const QString &path) const;
    QJsonObject toOpenApi() const;

private:
    friend class Schema;
    Field(QString name, FieldType type);
    std::optional<ApiError> checkString(const QString &text, const QString &path) const;
    std::optional<ApiError> checkInteger(qint64 number, const QString &path) const;
    std::optional<ApiError> checkNumber(double number, const QString &path) const;

    QString m_name;
    FieldType m_type;
    bool m_required = false;
    bool m_nullable = false;
    qsizetype m_maxLength = -1;
    std::optional<QPair<qint64, qint64>> m_range;
    QStringList m_allowed;
    QString m_description;
    std::shared_ptr<const Schema> m_objectSchema;
    std::shared_ptr<const Field> m_items;
};

// The shape of a JSON object body (or of a query string): which fields, of which types.
// Fields not declared are refused, so a misspelt field is an error, not silently lost.
class Schema final
{
public:
    Schema() = default;
    Schema(std::initializer_list<Field> fields);

    // Adds a field, for schemas built from a description (the entity registry). A name
    // given twice is a programming error and stops the program.
    Schema &add(Field field);

    bool isEmpty() const { return m_fields.isEmpty(); }
    const QList<Field> &fields() const { return m_fields; }

    // Checks a JSON object; `prefix` is prepended to field names in errors.
    std::optional<ApiError> check(const QJsonObject &object, const QString &prefix = {}) const;
    // Checks query items (decoded name/value pairs) and returns them typed.
    Expected<QJsonObject, ApiError> checkQuery(const QList<QPair<QString, QString>> &items) const;

    // {"type": "object", "properties": ..., "required": ..., "additionalProperties": false}
    QJsonObject toOpenApi() const;

private:
    const Field *find(const QString &name) const;

    QList<Field> m_fields;
};

} // namespace Shahrvand::Server
