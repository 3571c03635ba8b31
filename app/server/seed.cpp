// placeholder, being written: the seed command
#include "commands.h"
#include "commandsupport.h"

namespace Shahrvand::ServerCommands {

int seed(const QStringList &)
{
    return fail(QStringLiteral("seed is being written"));
}

} // namespace Shahrvand::ServerCommands
