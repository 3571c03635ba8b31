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
    QByteArray key; // "name": ready to append
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
        slot.key = key + ':';
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
void appendStoredJson(QByteArray &out, const QVariant &value, bool object)
{
    const QByteArray text = value.toByteArray();
    if (text == (object ? "{}" : "[]") || text.isEmpty()) {
        out.append(object ? "{}" : "[]", 2);
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text);
    out.append(object ? QJsonDocument(document.object()).toJson(QJsonDocument::Compact)
                      : QJsonDocument(document.array()).toJson(QJsonDocument::Compact));
}

void appendField(QByteArray &out, const FieldDef &def, const QVariant &value,
                 const Access::Principal &viewer)
{
    if (value.isNull()) {
        out.append("null", 4);
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
        appendStoredJson(out, value, true);
        return;
    case FieldType::JsonArray:
        appendStoredJson(out, value, false);
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

void appendApiJson(QByteArray &out, const EntityDef &entity, const StoredRow &row,
                   const Access::Principal &viewer)
{
    std::unique_ptr<Plan> scratch;
    const Plan &plan = planFor(entity, scratch);
    out.append('{');
    bool first = true;
    for (const Slot &slot : plan.keys) {
        if (!first)
            out.append(',');
        first = false;
        out.append(slot.key);
        const QVariant value = row.value(slot.column);
        switch (slot.kind) {
        case Slot::Kind::CommonInteger:
            JsonText::appendInteger(out, value.toLongLong());
            break;
        case Slot::Kind::CommonBoolean:
            JsonText::appendBool(out, value.toInt() != 0);
            break;
        case Slot::Kind::CustomFields:
            appendStoredJson(out, value, true);
            break;
        case Slot::Kind::Field:
            appendField(out, *slot.field, value, viewer);
            break;
        }
    }
    out.append('}');
}

} // namespace Shahrvand::Entities
