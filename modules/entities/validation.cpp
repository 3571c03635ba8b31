#include "validation.h"

#include "language.h"
#include "nationalid.h"
#include "phonenumber.h"
#include "trackingcode.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Shahrvand::Entities {

namespace {

// The largest integer a JSON number (an IEEE double) holds exactly.
constexpr double maxExactInteger = 9007199254740992.0;

FieldError problem(const QString &field, const char *code, const char *text,
                   QStringList arguments = {})
{
    return {field, QString::fromLatin1(code), text, std::move(arguments)};
}

// Checks one value against its definition; on success `out` holds the column value.
std::optional<FieldError> convert(const FieldDef &def, const QJsonValue &value, QVariant &out)
{
    if (value.isNull()) {
        out = QVariant();
        return std::nullopt;
    }
    const QString &name = def.name;
    auto wrongType = [&](const char *expected) {
        return problem(name, "wrong_type",
                       QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation", "\"%1\" must be %2."),
                       {name, QString::fromLatin1(expected)});
    };

    switch (def.type) {
    case FieldType::Reference:
    case FieldType::Integer:
    case FieldType::Timestamp:
    case FieldType::Money: {
        if (!value.isDouble())
            return wrongType("a whole number");
        const double number = value.toDouble();
        if (std::trunc(number) != number || std::fabs(number) > maxExactInteger)
            return wrongType("a whole number");
        if (def.type == FieldType::Reference && number <= 0)
            return problem(name, "out_of_range",
                           QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                             "\"%1\" must be the id of an existing record."),
                           {name});
        out = qint64(number);
        return std::nullopt;
    }
    case FieldType::Real:
        if (!value.isDouble())
            return wrongType("a number");
        out = value.toDouble();
        return std::nullopt;
    case FieldType::Boolean:
        if (!value.isBool())
            return wrongType("true or false");
        out = value.toBool() ? 1 : 0;
        return std::nullopt;
    case FieldType::Date: {
        if (!value.isString())
            return wrongType("a date written as YYYY-MM-DD");
        // Strictly YYYY-MM-DD: Qt's ISO parser also takes "1360/02/10", and a Jalali date
        // read as a Gregorian one would be silently 640 years off.
        static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!isoDate.match(value.toString()).hasMatch() || !date.isValid())
            return problem(name, "invalid_date",
                           QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                             "\"%1\" is not a valid date (YYYY-MM-DD)."),
                           {name});
        out = date.toString(Qt::ISODate);
        return std::nullopt;
    }
    case FieldType::JsonObject:
    case FieldType::JsonArray: {
        const bool object = def.type == FieldType::JsonObject;
        if (object ? !value.isObject() : !value.isArray())
            return wrongType(object ? "a JSON object" : "a JSON array");
        const QByteArray json = object
                                    ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        if (json.size() > def.effectiveMaxLength())
            return problem(name, "too_long",
                           QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                             "\"%1\" is longer than %2 characters."),
                           {name, QString::number(def.effectiveMaxLength())});
        out = QString::fromUtf8(json);
        return std::nullopt;
    }
    case FieldType::Text:
        break;
    }

    if (!value.isString())
        return wrongType("text");
    QString text = value.toString();
    const qsizetype length = text.toUcs4().size();
    if (length > def.effectiveMaxLength())
        return problem(name, "too_long",
                       QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                         "\"%1\" is longer than %2 characters."),
                       {name, QString::number(def.effectiveMaxLength())});
    if (!def.allowedValues.isEmpty() && !def.allowedValues.contains(text))
        return problem(
            name, "not_allowed",
            QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation", "\"%1\" must be one of: %2."),
            {name, def.allowedValues.join(QStringLiteral(", "))});

    switch (def.check) {
    case FieldCheck::None:
        break;
    case FieldCheck::NationalId: {
        const auto id = NationalId::parse(text);
        if (!id)
            return problem(name, "invalid_national_id",
                           QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                             "\"%1\" is not a valid national ID: %2"),
                           {name, NationalId::describe(id.error())});
        text = id->digits();
        break;
    }
    case FieldCheck::Phone: {
        const auto phone = PhoneNumber::parse(text);
        if (!phone)
            return problem(name, "invalid_phone",
                           QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                             "\"%1\" is not a valid phone number: %2"),
                           {name, PhoneNumber::describe(phone.error())});
        text = phone->e164();
        break;
    }
    case FieldCheck::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(text).hasMatch())
            return problem(name, "invalid_email",
                           QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                             "\"%1\" is not an email address."),
                           {name});
        break;
    }
    case FieldCheck::TrackingCode: {
        const auto code = TrackingCode::parse(text);
        if (!code)
            return problem(name, "invalid_tracking_code",
                           QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                             "\"%1\" is not a valid tracking code: %2"),
                           {name, TrackingCode::describe(code.error())});
        text = code->compact();
        break;
    }
    case FieldCheck::LanguageCode:
        if (!languageFromCode(text))
            return problem(
                name, "invalid_language",
                QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation", "\"%1\" must be fa or en."),
                {name});
        text = languageCode(*languageFromCode(text));
        break;
    }
    out = text;
    return std::nullopt;
}

} // namespace

QString FieldError::message() const
{
    QString result = QCoreApplication::translate(context, text);
    for (const QString &argument : arguments)
        result = result.arg(argument);
    return result;
}

Expected<QVariantMap, QList<FieldError>> toColumnValues(const EntityDef &entity,
                                                        const QJsonObject &input, WriteMode mode)
{
    QVariantMap columns;
    QList<FieldError> errors;
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        const QString &name = it.key();
        if (name == QLatin1String("custom_fields")) {
            FieldDef custom;
            custom.name = name;
            custom.type = FieldType::JsonObject;
            QVariant value;
            if (auto error = convert(custom, it.value(), value))
                errors << *error;
            else if (value.isNull())
                columns.insert(name, QStringLiteral("{}"));
            else
                columns.insert(name, value);
            continue;
        }
        const FieldDef *def = entity.field(name);
        if (!def) {
            errors << problem(name, "unknown_field",
                              QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                                "There is no field \"%1\" here."),
                              {name});
            continue;
        }
        if (mode != WriteMode::Filter && !def->clientMaySet(mode == WriteMode::Create)) {
            errors << problem(name, "not_writable",
                              QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation",
                                                "\"%1\" is set by the system and cannot be "
                                                "changed."),
                              {name});
            continue;
        }
        QVariant value;
        if (auto error = convert(*def, it.value(), value)) {
            errors << *error;
            continue;
        }
        if (def->required && value.isNull() && mode != WriteMode::Filter) {
            errors << problem(
                name, "required",
                QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation", "\"%1\" is required."),
                {name});
            continue;
        }
        columns.insert(name, value);
    }
    if (mode == WriteMode::Create) {
        for (const FieldDef &def : entity.fields) {
            if (def.required && def.clientWritable && !input.contains(def.name))
                errors << problem(
                    def.name, "required",
                    QT_TRANSLATE_NOOP("Shahrvand::Entities::Validation", "\"%1\" is required."),
                    {def.name});
        }
    }
    if (!errors.isEmpty())
        return errors;
    return columns;
}

QString maskNationalId(const QString &digits)
{
    if (digits.size() <= 4)
        return QString(digits.size(), QLatin1Char('*'));
    return QString(digits.size() - 4, QLatin1Char('*')) + digits.right(4);
}

QString maskPhone(const QString &e164)
{
    if (e164.size() <= 8)
        return QString(e164.size(), QLatin1Char('*'));
    return e164.left(6) + QString(e164.size() - 10, QLatin1Char('*')) + e164.right(4);
}

QJsonObject toApiJson(const EntityDef &entity, const QVariantMap &row,
                      const Access::Principal &viewer)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), row.value(QStringLiteral("id")).toLongLong());
    json.insert(QStringLiteral("version"), row.value(QStringLiteral("version")).toLongLong());
    json.insert(QStringLiteral("deleted"), row.value(QStringLiteral("deleted")).toInt() != 0);
    json.insert(QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toLongLong());
    json.insert(QStringLiteral("updated_at"), row.value(QStringLiteral("updated_at")).toLongLong());
    json.insert(
        QStringLiteral("custom_fields"),
        QJsonDocument::fromJson(row.value(QStringLiteral("custom_fields")).toByteArray()).object());
    for (const FieldDef &def : entity.fields) {
        const QVariant value = row.value(def.name);
        if (value.isNull()) {
            json.insert(def.name, QJsonValue::Null);
            continue;
        }
        switch (def.type) {
        case FieldType::Reference:
        case FieldType::Integer:
        case FieldType::Timestamp:
        case FieldType::Money:
            json.insert(def.name, value.toLongLong());
            break;
        case FieldType::Real:
            json.insert(def.name, value.toDouble());
            break;
        case FieldType::Boolean:
            json.insert(def.name, value.toInt() != 0);
            break;
        case FieldType::JsonObject:
            json.insert(def.name, QJsonDocument::fromJson(value.toByteArray()).object());
            break;
        case FieldType::JsonArray:
            json.insert(def.name, QJsonDocument::fromJson(value.toByteArray()).array());
            break;
        case FieldType::Date:
        case FieldType::Text: {
            QString text = value.toString();
            if (def.nationalId && !viewer.mayReadNationalIds())
                text = maskNationalId(text);
            else if (def.phone && !viewer.mayReadPhones())
                text = maskPhone(text);
            json.insert(def.name, text);
            break;
        }
        }
    }
    return json;
}

} // namespace Shahrvand::Entities
