// placeholder, being written: the create-user command
#include "commands.h"
#include "commandsupport.h"

namespace Shahrvand::ServerCommands {

int createUser(const QStringList &)
{
    return fail(QStringLiteral("create-user is being written"));
}

} // namespace Shahrvand::ServerCommands
