#pragma once

#include "clock.h"
#include "database.h"
#include "entitystore.h"
#include "expected.h"

#include <memory>

namespace Shahrvand::CaseService {

struct SlaCheckReport
{
    int casesChecked = 0;
    int firings = 0;       // thresholds crossed (warning or breach of one clock)
    int notifications = 0; // rows written to notifications
    int escalations = 0;
    int priorityRaises = 0;
};

// The SLA timer of the server. Each check reads the open cases whose next warning or
// breach instant (cases.sla_next_at, kept by the case rules on every write) has come, and
// for each threshold crossed and not yet fired (sla_firings) carries out the policy's
// actions, once:
//   notify_owner      a notifications row for the owner (none if the case has no owner),
//                     versioned like any synced row, so it reaches the owner's next pull;
//   notify_supervisor one for each supervisor of the case's team, or of the nearest unit
//                     above it that has supervisors;
//   escalate          the workflow's escalate, by the system, when the workflow allows it;
//   raise_priority    one step up (CaseWork::raisedPriority).
// A case's check runs in one write transaction; the case row is changed through the
// entity store, so escalation writes its history row and sync clients see the change.
// Time comes from the injected clock only.
class SlaMonitor final
{
public:
    SlaMonitor(std::shared_ptr<Storage::Database> database, const Clock &clock);

    Expected<SlaCheckReport, QString> checkOnce();

private:
    Expected<bool, QString> checkCase(qint64 caseId, SlaCheckReport &report);

    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    EntityStore::Store m_store;
};

} // namespace Shahrvand::CaseService
