#include "serverlogging.h"

Q_LOGGING_CATEGORY(lcApi, "shahrvand.server.api")
Q_LOGGING_CATEGORY(lcLimits, "shahrvand.server.limits")
// Off unless asked for (QT_LOGGING_RULES="shahrvand.server.access.debug=true"): at ten
// thousand requests a second the log would cost more than the answers.
Q_LOGGING_CATEGORY(lcAccess, "shahrvand.server.access", QtInfoMsg)

namespace Shahrvand::Server {

void installServerLogFormat()
{
    // QT_MESSAGE_PATTERN, when set, still wins: Qt reads it over this.
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} "
                       "%{if-debug}DEBUG%{endif}%{if-info}INFO%{endif}%{if-warning}WARNING%{endif}"
                       "%{if-critical}CRITICAL%{endif}%{if-fatal}FATAL%{endif} "
                       "%{category}: %{message}"));
}

} // namespace Shahrvand::Server
