#pragma once

#include <QLoggingCategory>

// "shahrvand.auth": internal failures of sign-in, tokens and users (never a password or
// a token, only what an operator needs to find the cause).
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
