#include "rowjson.h"

#include "jsontext.h"
#include "validation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <vector>

namespace Shahrvand::Entities {

namespace {

const QStringList commonColumns{QStringLiteral("id"),         QStringLiteral("version"),
                                QStringLiteral("deleted"),    QStringLiteral("created_at"),
                                QStringLiteral("updated_at"), QStringLiteral("custom_fields")};

// How one key of the answer is written.
struct Slot
{
    QByteArray key; // ,"name": ready to append (without the comma for the first key)
    int column = 0;
    enum class Kind { CommonInteger, CommonBoolean, CustomFields, Field } kind = Kind::Field;
    const FieldDef *field = nullptr;
};

// An entity's keys in the order QJsonObject keeps them (sorted), worked out once.
struct Plan
{
    QStringList columns;
    std::vector<Slot> keys;
};

Plan makePlan(const EntityDef &entity)
{
    Plan plan;
    plan.columns = commonColumns;
    for (const FieldDef &def : entity.fields)
        plan.columns << def.name;
    for (int column = 0; column < plan.columns.size(); ++column) {
        Slot slot;
        QByteArray key;
        JsonText::appendString(key, plan.columns.at(column));
        slot.key = ',' + key + ':';
        slot.column = column;
        if (column < commonColumns.size()) {
            const QString &name = commonColumns.at(column);
            slot.kind = name == QLatin1String("deleted")         ? Slot::Kind::CommonBoolean
                        : name == QLatin1String("custom_fields") ? Slot::Kind::CustomFields
                                                                 : Slot::Kind::CommonInteger;
        } else {
            slot.field = &entity.fields.at(column - commonColumns.size());
        }
        plan.keys.push_back(slot);
    }
    // QJsonObject keeps its keys sorted by UTF-16 code units; a later key of the same
    // name would replace an earlier one (never the case in the registry).
    std::stable_sort(plan.keys.begin(), plan.keys.end(), [&plan](const Slot &a, const Slot &b) {
        return plan.columns.at(a.column) < plan.columns.at(b.column);
    });
    return plan;
}

// The registry's entities are planned once; any other definition (tests make their own)
// each time.
const Plan &planFor(const EntityDef &entity, std::unique_ptr<Plan> &scratch)
{
    static const QHash<const EntityDef *, Plan> registered = [] {
        QHash<const EntityDef *, Plan> plans;
        for (const EntityDef &def : allEntities())
            plans.insert(&def, makePlan(def));
        return plans;
    }();
    if (const auto it = registered.constFind(&entity); it != registered.cend())
        return *it;
    scratch = std::make_unique<Plan>(makePlan(entity));
    return *scratch;
}

// JSON text stored in a column, written as toApiJson shows it: an object (or array)
// parsed from the text, empty when the text is not one.
void appendStoredJson(QByteArray &out, const QByteArray &text, bool object)
{
    if (text == (object ? "{}" : "[]") || text.isEmpty()) {
        out.append(object ? "{}" : "[]", 2);
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text);
    out.append(object ? QJsonDocument(document.object()).toJson(QJsonDocument::Compact)
                      : QJsonDocument(document.array()).toJson(QJsonDocument::Compact));
}

void appendStoredJson(QByteArray &out, const StoredRow &row, int column, bool object)
{
    // The common empty object or array needs neither a QString nor a parse.
    if (row.storedAs(column) == StoredRow::StoredAs::Text) {
        const QByteArrayView text = row.text(column);
        if (text.isEmpty() || text == (object ? "{}" : "[]")) {
            out.append(object ? "{}" : "[]", 2);
            return;
        }
    }
    appendStoredJson(out, row.value(column).toByteArray(), object);
}

// A field as its QVariant shows it: what toApiJson writes.
void appendField(QByteArray &out, const FieldDef &def, const QVariant &value,
                 const Access::Principal &viewer)
{
    if (value.isNull()) {
        JsonText::appendRaw(out, "null", 4);
        return;
    }
    switch (def.type) {
    case FieldType::Reference:
    case FieldType::Integer:
    case FieldType::Timestamp:
    case FieldType::Money:
        JsonText::appendInteger(out, value.toLongLong());
        return;
    case FieldType::Real:
        JsonText::appendDouble(out, value.toDouble());
        return;
    case FieldType::Boolean:
        JsonText::appendBool(out, value.toInt() != 0);
        return;
    case FieldType::JsonObject:
        appendStoredJson(out, value.toByteArray(), true);
        return;
    case FieldType::JsonArray:
        appendStoredJson(out, value.toByteArray(), false);
        return;
    case FieldType::Date:
    case FieldType::Text:
        break;
    }
    const QString text = value.toString();
    if (def.nationalId && !viewer.mayReadNationalIds())
        JsonText::appendString(out, maskNationalId(text));
    else if (def.phone && !viewer.mayReadPhones())
        JsonText::appendString(out, maskPhone(text));
    else
        JsonText::appendString(out, text);
}

// A field straight from how the row stores it, where that gives the bytes the QVariant
// would (Qt reads SQLite's integers as qint64, reals as double, NULL as a null QString);
// anything else through the QVariant.
void appendField(QByteArray &out, const FieldDef &def, const StoredRow &row, int column,
                 const Access::Principal &viewer)
{
    using StoredAs = StoredRow::StoredAs;
    const StoredAs storage = row.storedAs(column);
    if (storage == StoredAs::Unknown)
        return appendField(out, def, row.value(column), viewer);
    if (storage == StoredAs::Null) {
        JsonText::appendRaw(out, "null", 4);
        return;
    }
    switch (def.type) {
    case FieldType::Reference:
    case FieldType::Integer:
    case FieldType::Timestamp:
    case FieldType::Money:
        if (storage == StoredAs::Integer)
            return JsonText::appendInteger(out, row.integer(column));
        break;
    case FieldType::Real:
        if (storage == StoredAs::Real)
            return JsonText::appendDouble(out, row.real(column));
        if (storage == StoredAs::Integer)
            return JsonText::appendDouble(out, double(row.integer(column)));
        break;
    case FieldType::Boolean:
        if (storage == StoredAs::Integer)
            return JsonText::appendBool(out, int(row.integer(column)) != 0);
        break;
    case FieldType::JsonObject:
    case FieldType::JsonArray:
        return appendStoredJson(out, row, column, def.type == FieldType::JsonObject);
    case FieldType::Date:
    case FieldType::Text: {
        const bool masked = (def.nationalId && !viewer.mayReadNationalIds()) ||
                            (def.phone && !viewer.mayReadPhones());
        if (storage == StoredAs::Text && !masked &&
            JsonText::appendUtf8String(out, row.text(column)))
            return;
        break;
    }
    }
    appendField(out, def, row.value(column), viewer);
}

} // namespace

QStringList storedColumns(const EntityDef &entity)
{
    std::unique_ptr<Plan> scratch;
    return planFor(entity, scratch).columns;
}

int storedColumnIndex(const EntityDef &entity, QStringView field)
{
    const qsizetype common = commonColumns.indexOf(field);
    if (common >= 0)
        return int(common);
    for (qsizetype i = 0; i < entity.fields.size(); ++i) {
        if (entity.fields.at(i).name == field)
            return int(commonColumns.size() + i);
    }
    return -1;
}

Expected<QBitArray, QString> columnsNamed(const EntityDef &entity, const QStringList &names)
{
    std::unique_ptr<Plan> scratch;
    const QStringList &columns = planFor(entity, scratch).columns;
    QBitArray shown(columns.size());
    for (const QString &name : names) {
        const qsizetype column = columns.indexOf(name);
        if (column < 0)
            return name;
        shown.setBit(column);
    }
    return shown;
}

void appendApiJson(QByteArray &out, const EntityDef &entity, const StoredRow &row,
                   const Access::Principal &viewer, const QBitArray &shown)
{
    std::unique_ptr<Plan> scratch;
    const Plan &plan = planFor(entity, scratch);
    out.append('{');
    bool first = true;
    for (const Slot &slot : plan.keys) {
        if (!shown.isEmpty() && !shown.testBit(slot.column))
            continue;
        // The key with its comma, or without it for the first.
        JsonText::appendRaw(out, slot.key.constData() + (first ? 1 : 0),
                            slot.key.size() - (first ? 1 : 0));
        first = false;
        const bool integer = row.storedAs(slot.column) == StoredRow::StoredAs::Integer;
        switch (slot.kind) {
        case Slot::Kind::CommonInteger:
            JsonText::appendInteger(out, integer ? row.integer(slot.column)
                                                 : row.value(slot.column).toLongLong());
            break;
        case Slot::Kind::CommonBoolean:
            JsonText::appendBool(out, integer ? int(row.integer(slot.column)) != 0
                                              : row.value(slot.column).toInt() != 0);
            break;
        case Slot::Kind::CustomFields:
            appendStoredJson(out, row, slot.column, true);
            break;
        case Slot::Kind::Field:
            appendField(out, *slot.field, row, slot.column, viewer);
            break;
        }
    }
    out.append('}');
}

} // namespace Shahrvand::Entities
