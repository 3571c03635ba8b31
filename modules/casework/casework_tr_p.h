#pragma once

#include <QCoreApplication>

namespace Shahrvand::CaseWork {

// One stable translation context for the whole library, so the Persian catalogue survives
// refactors and file moves.
struct CaseWorkTr
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::CaseWork)
};

} // namespace Shahrvand::CaseWork
