#pragma once

#include "database.h"
#include "expected.h"
#include "rowwriter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Shahrvand::CaseService {

// One thing wrong with an import file, where it is: the rule's number in the array (or the
// holiday's date) and the line it starts on, and a sentence for the operator in the
// program's language (context Shahrvand::CaseService::Import).
struct ImportProblem
{
    int line = 0;     // 1-based; 0 when the problem is not on one line
    QString position; // "rule 3", "1405/01/24"; empty for the file as a whole
    QString message;

    // "line 12, rule 3: ..." as printed by the commands.
    QString toString() const;
};

struct RoutingImportReport
{
    int removed = 0; // active rules replaced (tombstones)
    int written = 0; // rules of the file
};

// Replaces the active routing rules with those of a JSON file: an array of objects with
// the routing_rules fields, rows of other tables named by their codes (`service_code`,
// `district_code`, `team_code`) and the owner by `owner_username`:
//
//   [{"position": 10, "service_code": "street-lighting", "district_code": "district-3",
//     "channel": "phone", "keywords": "تیر برق، چراغ", "case_priority": "high",
//     "team_code": "lighting-team", "owner_strategy": "round_robin", "active": true}]
//
// Every rule is checked first (the registry's validation of routing_rules, codes that name
// rows of the right kind, an owner only for the fixed strategy); any problem and nothing is
// written. Otherwise one transaction marks each active rule deleted and inserts the
// file's, all through RowWriter (versions for sync, audit lines). Inactive rules stay.
Expected<RoutingImportReport, QList<ImportProblem>>
importRoutingRules(Storage::Database &database, const QByteArray &json,
                   const Records::WriteContext &context);

struct HolidayImportReport
{
    QList<int> years; // the Jalali years the file covers
    int added = 0;
    int changed = 0; // same date, new description
    int removed = 0; // holidays of those years no longer in the file (tombstones)
    int unchanged = 0;
};

// Sets a business calendar's official holidays for the Jalali year(s) a holiday file
// covers (CaseWork::parseHolidayFile's format, resources/holidays/1405.txt): after the
// import the calendar has, in those years, exactly the file's dates. `calendar` is the
// calendar's id or its Persian or English name. One transaction, through RowWriter;
// a problem anywhere and nothing is written.
Expected<HolidayImportReport, QList<ImportProblem>>
importHolidays(Storage::Database &database, const QString &calendar, const QString &text,
               const Records::WriteContext &context);

} // namespace Shahrvand::CaseService
