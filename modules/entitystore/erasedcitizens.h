#pragma once

#include "entitydef.h"
#include "expected.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace Shahrvand::EntityStore {

// A citizen whose personal data was erased (Privacy::CitizenPrivacy::erase sets
// anonymized_at) takes no new personal data: an update of the citizen, and a new or changed
// row that names them (an address, phone, email, interaction, case or survey answer), are
// refused with 409 citizen_erased, online or pushed from a workstation's outbox, so an
// offline edit made before the erasure cannot bring the data back.
Expected<bool, StoreError> refuseErasedCitizen(QSqlDatabase &db, const Entities::EntityDef &entity,
                                               const QVariantMap &current,
                                               const QVariantMap &values);

} // namespace Shahrvand::EntityStore
