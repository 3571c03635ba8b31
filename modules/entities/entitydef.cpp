#include "entitydef.h"

namespace Shahrvand::Entities {

int FieldDef::effectiveMaxLength() const
{
    if (maxLength > 0)
        return maxLength;
    switch (type) {
    case FieldType::Text:
        return 10000;
    case FieldType::JsonObject:
    case FieldType::JsonArray:
        return 65536;
    default:
        return 64;
    }
}

const FieldDef *EntityDef::field(QStringView fieldName) const
{
    for (const FieldDef &candidate : fields) {
        if (candidate.name == fieldName)
            return &candidate;
    }
    return nullptr;
}

bool EntityDef::isWritableBy(const QSet<Access::Role> &roles) const
{
    return writers.intersects(roles);
}

const EntityDef *findEntity(QStringView name)
{
    for (const EntityDef &entity : allEntities()) {
        if (entity.name == name)
            return &entity;
    }
    return nullptr;
}

} // namespace Shahrvand::Entities
