#pragma once

#include "credentialstore.h"
#include "localcache.h"
#include "session.h"
#include "syncengine.h"

#include <memory>

namespace Shahrvand::Ui {

// Everything a signed-in main window works with: who is signed in where, the UI thread's
// connection to their cache, the engine that keeps it in step with the server, and the
// store that keeps their secrets. Made by the sign-in flow; owned by main().
struct Workspace
{
    SyncClient::Session session; // tokens may be empty when the workstation started offline
    std::unique_ptr<Cache::LocalCache> cache;
    std::unique_ptr<SyncClient::SyncEngine> engine;
    Credentials::CredentialStore *credentials = nullptr; // not owned
    bool startedOffline = false;
    QString cachePath;
};

} // namespace Shahrvand::Ui
