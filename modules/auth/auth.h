#pragma once

// Shahrvand::Auth: who may use the central server, and how they prove it.
//
//   PasswordHasher, PasswordPolicy   Argon2id hashes and the rules for new passwords
//   UserDirectory                    users, their roles and units (inside a caller's write
//                                    transaction; used by the create-user command,
//                                    seeding and the administration routes)
//   Sessions                         login, refresh (rotation, reuse detection), logout
//   Authenticator                    access token -> Access::Principal, per request,
//                                    with a short-lived cache
//   LoginThrottle                    refusals after repeated failures, per user name
//   PrincipalLoader                  roles, units and visible units of a user
//   AuthSettings                     token lifetimes, cache lifetime, throttling
//
// Wiring in the server, once for all worker threads:
//
//   Auth::Authenticator authenticator(database, clock);          // AuthSettings{} by default
//   Auth::Sessions sessions(database, clock, authenticator);
//
//   POST /auth/login    sessions.login(username, password, clientAddress)
//                         -> 200 {tokens, principal} | 401 | 429 Retry-After | 503
//   POST /auth/refresh  sessions.refresh(refreshToken, clientAddress)
//   POST /auth/logout   sessions.logout(bearerToken, clientAddress)      -> 204
//   every other route   authenticator.authenticate(bearerToken)          -> Principal | 401
//
// Authenticator::authenticate() is const and thread-safe, so an implementation of
// Server::Authenticator can simply hold a reference to one and convert the bearer token
// (QString::fromLatin1). Sessions reads token lifetimes and throttling from
// authenticator.settings(), so one AuthSettings governs both.
//
// After an administration route changes a user (roles, units, password, active) and
// commits, it calls authenticator.forgetUser(id). Sessions::describe() and
// UserDirectory::describe() give the sentence to show for each error.
//
// Tokens are opaque random strings; the database holds only their SHA-256. Nothing in
// this library reads the system time: everything takes a Clock.

#include "authenticator.h"
#include "authsettings.h"
#include "loginthrottle.h"
#include "passwordhasher.h"
#include "principalloader.h"
#include "sessions.h"
#include "tokens.h"
#include "userdirectory.h"
