#pragma once

#include <QStringList>

// The operator commands of shahrvand-server, one file each. Every command parses its
// own options (arguments start after the command name), prints errors to stderr and
// returns the process exit code: 0 success, 1 failure, 2 bad usage.
namespace Shahrvand::ServerCommands {

int serve(const QStringList &arguments);
int migrate(const QStringList &arguments);
int createUser(const QStringList &arguments);
int verifyAudit(const QStringList &arguments);
int seed(const QStringList &arguments);
int slaCheck(const QStringList &arguments);
int importRoutingRules(const QStringList &arguments);
int importHolidays(const QStringList &arguments);

} // namespace Shahrvand::ServerCommands
