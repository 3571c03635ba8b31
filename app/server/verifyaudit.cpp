// placeholder, being written: the verify-audit command
#include "commands.h"
#include "commandsupport.h"

namespace Shahrvand::ServerCommands {

int verifyAudit(const QStringList &)
{
    return fail(QStringLiteral("verify-audit is being written"));
}

} // namespace Shahrvand::ServerCommands
