#pragma once

#include "caseworkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// Case actions as local edits: the workflow library (the same the server enforces) checks
// the action for the signed-in user and the case's status and says what changes; the
// columns the workstation sends (status, owner, team, tier, resolution and its article)
// are written to the cache with the reason, and the server derives the rest (first
// response, pauses, resolved and closed times) from the same rules when they arrive.
class CaseEdits final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::CaseEdits)

public:
    // Empty when written (or when there was nothing to change: `changed` says which);
    // otherwise why not, in the interface's language.
    static QString apply(Cache::LocalCache &cache, qint64 caseId,
                         const CaseWork::CaseAction &action, const QDateTime &now,
                         bool *changed = nullptr);
    // "It is so already": what a bulk action says of a case it had nothing to change in.
    static QString unchanged();
    // Whether the workflow allows `kind` on the case for the signed-in user.
    static bool allowed(Cache::LocalCache &cache, qint64 caseId, CaseWork::CaseActionKind kind,
                        const QDateTime &now);
};

} // namespace Shahrvand::Ui
