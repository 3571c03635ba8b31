#pragma once

#include "clock.h"
#include "database.h"
#include "entitystore.h"
#include "expected.h"
#include "principal.h"
#include "storeerror.h"

#include <QJsonObject>
#include <QMap>

#include <memory>
#include <optional>

namespace Shahrvand::Privacy {

// What an erasure did, per table: rows anonymized (kept, their personal values blanked) and
// rows removed (blanked, then deleted: tombstones that workstations apply).
struct ErasureReport
{
    qint64 citizenId = 0;
    bool citizenRemoved = false; // nothing the law keeps named them: the citizen is deleted
    QMap<QString, qint64> anonymized;
    QMap<QString, qint64> removed;
    qint64 filesPurged = 0; // stored files no other record uses, their content deleted
    qint64 version = 0;     // the citizen's version after the erasure

    QJsonObject toJson() const;
};

// The retention rules: what of a citizen's records the law keeps. Kept records are
// anonymized in place (the citizen's free text in them blanked); the rest is deleted.
//  - the citizen: kept, anonymized, while any kept record names them; else deleted;
//  - citizens merged into them (the same person, kept for an undo): anonymized, and the
//    merges' memory of values blanked, so such a merge can no longer be undone;
//  - cases: kept (the public record of a service given); the description, the citizen's
//    words, is blanked; the subject, service, place, times and the staff's notes stay;
//  - interactions: kept for the service's figures (channel, direction, times); notes
//    blanked;
//  - survey answers: the score kept, the free answers blanked;
//  - addresses, phones, emails, and files attached to the citizen: deleted, and a file's
//    stored content too when no other record uses it.
class CitizenPrivacy final
{
public:
    CitizenPrivacy(std::shared_ptr<Storage::Database> database, const Clock &clock);

    // Everything held about the citizen, for a subject access request: the profile, the
    // addresses, phones and emails, interactions, cases with their notes, status history,
    // articles, files and missions, survey answers, the citizen's own files, and who read
    // or changed the citizen's record when (the audit trail). Administrators only; the read
    // is audited.
    Expected<QJsonObject, EntityStore::StoreError>
    exportAll(const Access::Principal &actor, qint64 citizenId, const QString &client);

    // Erases the citizen's personal data under the retention rules above, in one
    // transaction, audited with the reason (the audit keeps which columns changed, never
    // their old values). Administrators only. A citizen already erased, or merged into
    // another (erase the survivor), is refused; `ifMatch` guards against a stale view.
    Expected<ErasureReport, EntityStore::StoreError> erase(const Access::Principal &actor,
                                                           qint64 citizenId, const QString &reason,
                                                           std::optional<qint64> ifMatch,
                                                           const QString &client);

private:
    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    EntityStore::Store m_store;
};

} // namespace Shahrvand::Privacy
