#pragma once

#include "cacheerror.h"
#include "cachekey.h"
#include "casequeue.h"
#include "expected.h"
#include "principal.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Shahrvand::Entities {
struct EntityDef;
}

namespace Shahrvand::Cache {

class CacheWriter;
namespace PullPage {
struct Page;
}

// A page of GET /sync/changes as the server sent it: checked to be one, and indexed, but
// not parsed into objects (a first sync brings millions of rows, which the cache stores
// as they came). Made by LocalCache::readPullPage().
class PulledPage
{
public:
    qint64 cursor() const;
    bool more() const;
    qint64 head() const; // 0 when the server did not say
    qsizetype changeCount() const;

private:
    friend class LocalCache;
    QByteArray m_json;
    std::shared_ptr<const PullPage::Page> m_page; // views into m_json
};

// One field both sides changed: what it was, what this user made it, what the server has.
struct FieldConflict
{
    QString field;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
};

// An edit the server did not take as it was: a conflict (another user changed the same
// field) or a refusal (the edit breaks a rule the server enforces, or the row is gone).
// Kept until the user decides; nothing of the user's edit is lost.
struct Conflict
{
    enum class Kind { Conflict, Rejected };

    qint64 id = 0;
    Kind kind = Kind::Conflict;
    QString entity;
    qint64 rowId = 0; // the server's id; negative for a row created here and refused
    QString op;       // create, update, delete
    QJsonObject mine; // every field of the user's edit
    QList<FieldConflict> fields;
    QJsonObject serverRow; // the server's row when the conflict was found (empty if gone)
    qint64 serverVersion = 0;
    QString errorCode;        // Rejected: the server's code (validation_failed, not_found, ...)
    QString errorMessage;     // Rejected: the server's message, in the user's language
    QJsonObject errorDetails; // Rejected: the server's details for programs ({"reason": ...})
    qint64 createdAtMs = 0;
};

// A file attached here that the server does not have complete yet (or that waits for its
// attachments rows to be pushed): what the sync engine uploads before the outbox.
struct PendingFile
{
    QString sha256; // lower-case hex, the file's name on the server
    qint64 size = 0;
    QString contentType;
    qint64 confirmed = 0; // bytes the server said it holds
    bool complete = false;
};

// What one pulled page changed in the cache.
struct PullApplied
{
    int written = 0; // rows inserted or replaced
    int deleted = 0; // tombstones
    int dropped = 0; // rows (with their children) that left the user's view
    int skipped = 0; // rows the cache already had in this or a newer version
    qint64 cursor = 0;
    bool more = false;
    qint64 head = 0; // the server's newest version when it sent the page (0: not said)
};

// What the answers to one push changed.
struct PushApplied
{
    int applied = 0;
    int conflicts = 0;
    int rejected = 0;
};

// The workstation's offline copy of what one user may see on one server: one SQLite
// file in WAL mode with numbered migrations, every row with its server version, every
// local edit written in the same transaction as its outbox entry, and the rows' contents
// encrypted (XChaCha20-Poly1305, key from CacheKey) so that a copied file shows no
// citizen's data. Only ids, versions and parent ids are stored in the clear, and for
// cases the columns their queues filter and sort on (casequeue.h; no citizen's words).
//
// A LocalCache is one connection, used from one thread: the UI thread and the sync
// engine's thread each open their own on the same file.
class LocalCache final
{
public:
    // <data folder>/caches/<hash of server and user name>.cache: one per user and server,
    // and the name tells nothing about whose it is.
    static QString pathFor(const QString &dataFolder, const QUrl &server, const QString &username);

    // Opens (creating if needed) and migrates the cache at `path`. A cache made with
    // another key is refused with WrongKey, never read.
    static Expected<std::unique_ptr<LocalCache>, CacheError> open(const QString &path,
                                                                  const CacheKey &key);
    // The password-wrapped key stored in the cache at `path`, to open it offline; empty if
    // there is no cache or it has none.
    static QByteArray wrappedKey(const QString &path);
    // Deletes the cache file with its WAL and shared-memory files.
    static bool removeFiles(const QString &path);
    // Renames the cache file with its WAL and shared-memory files to
    // "<path>.unreadable-<UTC time>" (kept, not deleted: edits not yet sent may be in it,
    // and an old password may still open it). The new path, or empty on failure.
    static QString moveAside(const QString &path);

    // Another connection to the same cache with the same key, for another thread (a
    // LocalCache is one connection, used from one thread).
    Expected<std::unique_ptr<LocalCache>, CacheError> openSibling() const;

    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    QString path() const { return m_path; }
    static int schemaVersion();

    // ---- who the cache belongs to
    Expected<bool, CacheError> setUser(const Access::Principal &user);
    std::optional<Access::Principal> user() const;
    Expected<bool, CacheError> setWrappedKey(const QByteArray &wrapped);

    // ---- reading (rows as the API shows them, local edits included)
    Expected<std::optional<QJsonObject>, CacheError> row(const QString &entity, qint64 id) const;
    // Rows in id order after `afterId` (keyset paging); local rows (negative ids) first.
    Expected<QList<QJsonObject>, CacheError> rows(const QString &entity, int limit,
                                                  std::optional<qint64> afterId = {}) const;
    Expected<qint64, CacheError> count(const QString &entity) const;
    // The rows of a child entity under one parent row (`parentEntity` names it, for
    // children of several kinds of parent), in id order: local ones first, then the
    // server's oldest first. At most `limit`.
    Expected<QList<QJsonObject>, CacheError>
    childRows(const QString &entity, const QString &parentEntity, qint64 parentId, int limit) const;
    // The server version of a cached row; 0 for a row created here and not yet pushed.
    Expected<std::optional<qint64>, CacheError> version(const QString &entity, qint64 id) const;

    // ---- case queues (casequeue.h): pages in any sort order by keyset, and counts, from
    // the clear columns; only the page's rows are opened.
    Expected<CaseQueuePage, CacheError>
    caseQueuePage(const CaseQueueFilter &filter, const CaseQueueSort &sort, int limit,
                  const std::optional<CaseQueuePosition> &after = {}) const;
    Expected<qint64, CacheError> caseQueueCount(const CaseQueueFilter &filter) const;

    // ---- local edits: each is one transaction with its outbox entry. Fields are checked
    // by the same rules the server applies; the user's roles must allow writing.
    // A created row gets a negative id until the server assigns the real one.
    Expected<qint64, CacheError> create(const QString &entity, const QJsonObject &fields);
    Expected<bool, CacheError> update(const QString &entity, qint64 id, const QJsonObject &fields);
    Expected<bool, CacheError> remove(const QString &entity, qint64 id);
    // Several edits kept together or not at all (a claim with its lines, a mission's report
    // with its cases' outcomes): `edits` makes them through the batch, in one transaction
    // with their outbox entries. An error returned by `edits` (or met by one of its edits
    // and returned by it) undoes every edit of the batch and is returned.
    class EditBatch;
    Expected<bool, CacheError>
    editTogether(const std::function<std::optional<CacheError>(EditBatch &)> &edits);

    // ---- files attached here (localcache_files.cpp)
    // Larger files are refused before anything is written (the server takes 25 MB).
    static constexpr qint64 maxAttachmentBytes = 20 * 1024 * 1024;
    // The piece the file is sealed and sent in (the server takes up to 4 MiB).
    static constexpr qint64 filePieceBytes = 1024 * 1024;
    // Attaches a file to a row (`ownerEntity`: cases, missions, ...; a row created here
    // too): checks its size and, by its first bytes, its type; keeps the bytes sealed in the
    // cache until the server has them, and creates the attachments row with its outbox
    // entry, all in one transaction. The attachments row's id (negative until pushed).
    Expected<qint64, CacheError> attachFile(const QString &ownerEntity, qint64 ownerId,
                                            const QString &filePath, const QString &fileName = {});
    Expected<qint64, CacheError> attachBytes(const QString &ownerEntity, qint64 ownerId,
                                             const QByteArray &bytes, const QString &fileName);
    // The same checks of size and type without keeping anything (a file just chosen, so
    // that the agent hears now, not at saving): the file's type, or why it cannot go.
    static Expected<QString, CacheError> checkAttachable(const QString &filePath);
    // The bytes of a file still kept here (checked against its SHA-256); NotFound when the
    // cache no longer has it (then the server does: GET /api/v1/blobs/{sha256}/content).
    Expected<QByteArray, CacheError> fileBytes(const QString &sha256) const;
    // The sync engine's side: the files the server does not have complete, oldest first;
    // the bytes from `offset` to the end of their piece (at most filePieceBytes); what
    // the server said it holds.
    Expected<QList<PendingFile>, CacheError> filesToSend() const;
    Expected<QByteArray, CacheError> filePiece(const QString &sha256, qint64 offset) const;
    Expected<bool, CacheError> setFileReceived(const QString &sha256, qint64 received,
                                               bool complete);
    // The server will not take the file (its type or size): each attachments row naming
    // it becomes a refusal with the server's code and message (kept with the conflicts,
    // shown to the user), and the file is dropped. The number of rows refused.
    Expected<int, CacheError> refuseFile(const QString &sha256, const QString &code,
                                         const QString &message);
    // Drops the files the server has complete and no queued attachments row names any
    // more (after a push). The number dropped.
    Expected<int, CacheError> releaseSentFiles();

    // ---- sync state
    qint64 cursor() const;
    int pendingCount() const;
    int conflictCount() const;
    QDateTime lastSyncAt() const;
    Expected<bool, CacheError> setLastSyncAt(const QDateTime &when);

    // ---- the sync engine's side
    // Up to `max` outbox entries, oldest first, as push mutations: references to rows
    // created here are written "tmp:<client_mutation_id>" until the server's id is known.
    Expected<QJsonArray, CacheError> pendingMutations(int max) const;
    // Applies the server's answers to `sent` (what pendingMutations returned) in one
    // transaction: applied entries leave the outbox and their rows take the server's
    // version (created rows their server id); conflicts and refusals become Conflicts.
    // Answers for entries no longer in the outbox are ignored, so a repeat is harmless.
    Expected<PushApplied, CacheError> applyPushResults(const QJsonArray &sent,
                                                       const QJsonArray &results);
    // Applies one page of GET /sync/changes and stores its cursor, in one transaction.
    // A row with pending local edits takes the server's values underneath them.
    Expected<PullApplied, CacheError> applyPullPage(const QJsonObject &page);
    // The same from the page's JSON text as the server sent it, rows stored as they came.
    // Text that is not a page is refused with BadPage. readPullPage() (any thread) lets
    // the caller look at the cursor before applying it; applyPullPageText() does both.
    static Expected<PulledPage, CacheError> readPullPage(QByteArray json);
    Expected<PullApplied, CacheError> applyPullPage(const PulledPage &page);
    Expected<PullApplied, CacheError> applyPullPageText(const QByteArray &json);
    // A large first sync: the queue's indexes are dropped (their definitions kept in the
    // cache) so that rows go in without keeping a dozen indexes in step one row at a time,
    // and endBulkLoad() makes them again in one sort each. Queries work meanwhile, without
    // them. After a crash in between, the next endBulkLoad() makes them.
    Expected<bool, CacheError> beginBulkLoad();
    Expected<bool, CacheError> endBulkLoad();
    bool isBulkLoading() const;

    // ---- conflicts and refusals
    Expected<QList<Conflict>, CacheError> conflicts() const;
    // Each resolution is one transaction: the conflict goes, and what the user chose is
    // queued as a new edit based on the server's current version.
    Expected<bool, CacheError> keepMine(qint64 conflictId);
    Expected<bool, CacheError> takeTheirs(qint64 conflictId);
    Expected<bool, CacheError> resolveWith(qint64 conflictId, const QJsonObject &values);

    // Small values the engine and the shell keep (last error, first-sync start, ...).
    QString meta(const QString &key) const;
    Expected<bool, CacheError> setMeta(const QString &key, const QString &value);

    QSqlDatabase &database() { return m_db; }

private:
    friend class CacheWriter;
    friend class KnowledgeIndex; // opens the article rows it indexes
    friend class ApprovalInbox;  // opens the steps, claims and missions it lists
    friend class CitizenIndex;   // opens the citizens it indexes, keys its hashes
    enum class Resolution { KeepMine, TakeTheirs, Edited };

    LocalCache(QString path, QString connectionName, CacheKey key);
    Expected<bool, CacheError> resolve(qint64 conflictId, Resolution resolution,
                                       const QJsonObject &values);
    bool rekey(CacheWriter &writer, const Entities::EntityDef &entity, qint64 localId,
               qint64 serverId, qint64 createdVersion);
    bool refreshReferrers(CacheWriter &writer, const Entities::EntityDef &target);
    Expected<qint64, CacheError> storeAttachment(CacheWriter &writer, const QString &ownerEntity,
                                                 qint64 ownerId, const QByteArray &bytes,
                                                 const QString &fileName);
    struct Private;

    QString m_path;
    QString m_connectionName;
    CacheKey m_key;
    QSqlDatabase m_db;
    std::unique_ptr<Private> d;
};

// The edits of one LocalCache::editTogether: the same checks as create, update and remove.
class LocalCache::EditBatch final
{
public:
    Expected<qint64, CacheError> create(const QString &entity, const QJsonObject &fields);
    Expected<bool, CacheError> update(const QString &entity, qint64 id, const QJsonObject &fields);
    Expected<bool, CacheError> remove(const QString &entity, qint64 id);
    // A file attached to a row (one made in this batch too), as LocalCache::attachFile.
    Expected<qint64, CacheError> attachFile(const QString &ownerEntity, qint64 ownerId,
                                            const QString &filePath, const QString &fileName = {});

private:
    friend class LocalCache;
    EditBatch(LocalCache &cache, CacheWriter &writer, const std::optional<Access::Principal> &user)
        : m_cache(cache)
        , m_writer(writer)
        , m_user(user)
    {}
    LocalCache &m_cache;
    CacheWriter &m_writer;
    const std::optional<Access::Principal> &m_user;
};

} // namespace Shahrvand::Cache
