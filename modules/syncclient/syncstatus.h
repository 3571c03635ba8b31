#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Shahrvand::SyncClient {

enum class SyncPhase {
    Idle,         // nothing to do until the next trigger
    Pushing,      // sending the outbox
    Pulling,      // receiving changes
    Offline,      // the server cannot be reached; retrying with backoff
    SignInNeeded, // the server refused the session; the user must sign in again
    Failed,       // the last cycle failed for another reason (see lastError)
};

// How far a cycle is. Pull progress is measured in change versions between the cursor
// the cycle started at and the server's newest version (its head); rows are counted.
struct SyncProgress
{
    qint64 rowsPulled = 0;
    qint64 rowsPushed = 0;
    qint64 startCursor = 0;
    qint64 cursor = 0;
    qint64 head = 0;    // 0 while unknown
    int percent = -1;   // -1 while unknown
    qint64 msLeft = -1; // -1 while unknown
};

// What the shell shows in its status bar.
struct SyncStatus
{
    SyncPhase phase = SyncPhase::Idle;
    bool online = false;
    QDateTime lastSyncAt; // the last cycle that finished without error
    int pending = 0;      // outbox entries not yet accepted by the server
    int conflicts = 0;    // conflicts and refusals waiting for the user
    SyncProgress progress;
    QString lastError; // translated; empty when the last cycle went well
};

// The outcome of one cycle (what `shahrvand sync` prints).
struct SyncReport
{
    bool ok = false;
    bool cancelled = false;
    qint64 pulled = 0;  // rows written
    qint64 deleted = 0; // tombstones applied
    qint64 dropped = 0; // rows that left the user's view
    qint64 pushed = 0;  // mutations the server applied
    qint64 conflicts = 0;
    qint64 rejected = 0;
    qint64 filesSent = 0; // attached files the server has complete after this cycle
    qint64 elapsedMs = 0;
    QString error; // translated
};

} // namespace Shahrvand::SyncClient

Q_DECLARE_METATYPE(Shahrvand::SyncClient::SyncStatus)
Q_DECLARE_METATYPE(Shahrvand::SyncClient::SyncReport)
