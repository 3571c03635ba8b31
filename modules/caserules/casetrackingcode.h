#pragma once

#include "caseruleerror.h"
#include "expected.h"

#include <QSqlDatabase>
#include <QString>

namespace Shahrvand::CaseRules {

// The tracking code a new case is given. A workstation that registers a case offline
// proposes a code (TrackingCode::generate) and reads it to the citizen before any sync;
// the server keeps it when no case has it yet. With 31^8 codes and millions of cases, two
// laptops drawing the same code is rare but certain to happen some day: the case is then
// given a fresh code instead of being refused (a refusal would lose the citizen's request),
// and `displaced` says which code was proposed, so that the creator can be told.
struct TrackingCodeChoice
{
    QString code;      // compact form, unused by any case (deleted ones included)
    QString displaced; // the proposed code, when another case had it
};

// `proposed` is empty or a compact code already checked by the registry's validation. Runs
// inside the write's transaction, after its write lock is taken, so two writers proposing
// the same code one after the other see each other's case.
Expected<TrackingCodeChoice, CaseRuleError> chooseTrackingCode(QSqlDatabase &db,
                                                               const QString &proposed);

// The text of the internal note left on a case whose proposed code was in use: the
// Persian sentence, then the English one (a note is data, read by users of either
// language, so it carries both).
QString trackingCodeChangedNote(const QString &proposed, const QString &given);

} // namespace Shahrvand::CaseRules
