// The workstation's cache on real SQLite files: pages applied, local edits with their
// outbox entries, push answers (applied, conflict, refused), drops, encryption at rest.
#include "localcache.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

namespace {

Access::Principal agent()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("agent.rahimi");
    user.displayName = QStringLiteral("زهرا رحیمی");
    user.roles = {Access::Role::Agent};
    user.units = {OrgUnitId(3)};
    return user;
}

QJsonObject caseRow(qint64 id, qint64 version, const QString &subject,
                    const QString &priority = QStringLiteral("normal"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("service_id"), 4},
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("status"), QStringLiteral("new")},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("team_id"), 3}};
}

QJsonObject noteRow(qint64 id, qint64 version, qint64 caseId, const QString &body)
{
    return {{QStringLiteral("id"), id},         {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), false}, {QStringLiteral("case_id"), caseId},
            {QStringLiteral("body"), body},     {QStringLiteral("internal"), true}};
}

QJsonObject change(const QString &entity, const QJsonObject &row)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("row"), row}};
}

QJsonObject page(const QJsonArray &changes, qint64 cursor, const QJsonArray &drops = {})
{
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("drops"), drops},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("more"), false}};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    CacheKey m_key = CacheKey::generate();

    std::unique_ptr<LocalCache> openFresh(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1/cache.cache").arg(++m_count));
        auto cache = LocalCache::open(path, m_key);
        if (!cache)
            qFatal("cannot open cache: %s", qPrintable(cache.error().detail));
        auto owned = std::move(cache).value();
        if (!owned->setUser(agent()))
            qFatal("cannot set user");
        if (pathOut)
            *pathOut = path;
        return owned;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void pathIsPerUserAndServer()
    {
        const QString a =
            LocalCache::pathFor(u"/data"_qs, QUrl(u"https://crm.example.ir"_qs), u"ali"_qs);
        QCOMPARE(a,
                 LocalCache::pathFor(u"/data"_qs, QUrl(u"https://CRM.example.ir/"_qs), u"Ali"_qs));
        QVERIFY(a !=
                LocalCache::pathFor(u"/data"_qs, QUrl(u"https://crm.example.ir"_qs), u"reza"_qs));
        QVERIFY(a !=
                LocalCache::pathFor(u"/data"_qs, QUrl(u"https://other.example.ir"_qs), u"ali"_qs));
        QVERIFY(!a.contains(u"ali"_qs));
    }

    void keyWrapping()
    {
        const CacheKey key = CacheKey::generate();
        const QByteArray wrapped = key.wrapWithPassword(u"گذرواژه-۱۴۰۵"_qs);
        QVERIFY(!wrapped.isEmpty());
        const auto unwrapped = CacheKey::unwrapWithPassword(wrapped, u"گذرواژه-۱۴۰۵"_qs);
        QVERIFY(unwrapped);
        QCOMPARE(unwrapped->bytes(), key.bytes());
        QVERIFY(!CacheKey::unwrapWithPassword(wrapped, u"wrong"_qs));
        QVERIFY(!CacheKey::unwrapWithPassword(wrapped.left(10), u"گذرواژه-۱۴۰۵"_qs));
        QCOMPARE(CacheKey::fromHex(key.toHex())->bytes(), key.bytes());
        QVERIFY(!CacheKey::fromHex(u"zz"_qs));
    }

    void wrongKeyIsRefused()
    {
        QString path;
        {
            auto cache = openFresh(&path);
            QVERIFY(cache->setWrappedKey(m_key.wrapWithPassword(u"pw"_qs)));
        }
        const auto other = LocalCache::open(path, CacheKey::generate());
        QVERIFY(!other);
        QCOMPARE(other.error().kind, CacheError::Kind::WrongKey);
        QVERIFY(!other.error().message().isEmpty());
        // The wrapped key can be read without the key, and opens it with the password.
        const auto unwrapped = CacheKey::unwrapWithPassword(LocalCache::wrappedKey(path), u"pw"_qs);
        QVERIFY(unwrapped);
        QVERIFY(LocalCache::open(path, *unwrapped));
    }

    void pullPagesApplyAndSkipOlderVersions()
    {
        auto cache = openFresh();
        auto applied = cache->applyPullPage(
            page({change(u"cases"_qs, caseRow(1, 10, u"چاله در خیابان"_qs)),
                  change(u"cases"_qs, caseRow(2, 11, u"روشنایی"_qs)),
                  change(u"case_notes"_qs, noteRow(5, 12, 1, u"تماس گرفته شد"_qs))},
                 12));
        QVERIFY(applied);
        QCOMPARE(applied->written, 3);
        QCOMPARE(cache->cursor(), 12);
        QCOMPARE(*cache->count(u"cases"_qs), 2);
        QCOMPARE((*cache->row(u"cases"_qs, 1))->value(u"subject").toString(), u"چاله در خیابان"_qs);

        // An older version of a row changes nothing; a newer one replaces it.
        applied =
            cache->applyPullPage(page({change(u"cases"_qs, caseRow(1, 9, u"old"_qs)),
                                       change(u"cases"_qs, caseRow(2, 13, u"روشنایی معابر"_qs))},
                                      13));
        QCOMPARE(applied->skipped, 1);
        QCOMPARE(applied->written, 1);
        QCOMPARE((*cache->row(u"cases"_qs, 1))->value(u"subject").toString(), u"چاله در خیابان"_qs);
        QCOMPARE((*cache->row(u"cases"_qs, 2))->value(u"subject").toString(), u"روشنایی معابر"_qs);

        // A tombstone deletes; a drop deletes the row with its children.
        QJsonObject tomb = caseRow(2, 14, u""_qs);
        tomb.insert(u"deleted"_qs, true);
        applied =
            cache->applyPullPage(page({change(u"cases"_qs, tomb)}, 14,
                                      {QJsonObject{{u"entity"_qs, u"cases"_qs}, {u"id"_qs, 1}}}));
        QCOMPARE(applied->deleted, 1);
        QCOMPARE(applied->dropped, 2); // the case and its note
        QCOMPARE(*cache->count(u"cases"_qs), 0);
        QCOMPARE(*cache->count(u"case_notes"_qs), 0);
    }

    void localEditsQueueMutationsInTheSameTransaction()
    {
        QString path;
        auto cache = openFresh(&path);
        QVERIFY(cache->applyPullPage(page({change(u"cases"_qs, caseRow(1, 10, u"چاله"_qs))}, 10)));

        QVERIFY(cache->update(u"cases"_qs, 1, {{u"priority"_qs, u"high"_qs}}));
        QCOMPARE((*cache->row(u"cases"_qs, 1))->value(u"priority").toString(), u"high"_qs);
        QCOMPARE(cache->pendingCount(), 1);

        // Bad input: a clear error, nothing written.
        const auto bad = cache->update(u"cases"_qs, 1, {{u"priority"_qs, u"sky-high"_qs}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, CacheError::Kind::Invalid);
        QVERIFY(!bad.error().fieldMessages.isEmpty());
        QCOMPARE(cache->pendingCount(), 1);
        QCOMPARE(cache->update(u"cases"_qs, 99, {{u"priority"_qs, u"low"_qs}}).error().kind,
                 CacheError::Kind::NotFound);
        QCOMPARE(cache->update(u"case_status_history"_qs, 1, {}).error().kind,
                 CacheError::Kind::NotAllowed);

        // Another connection (another thread, or the program after a crash) sees both.
        {
            auto second = LocalCache::open(path, m_key);
            QVERIFY(second);
            QCOMPARE((*second)->pendingCount(), 1);
            QCOMPARE((*(*second)->row(u"cases"_qs, 1))->value(u"priority").toString(), u"high"_qs);
        }

        const auto mutations = cache->pendingMutations(100);
        QVERIFY(mutations);
        QCOMPARE(mutations->size(), 1);
        const QJsonObject mutation = mutations->at(0).toObject();
        QCOMPARE(mutation.value(u"op").toString(), u"update"_qs);
        QCOMPARE(mutation.value(u"id").toInteger(), 1);
        QCOMPARE(mutation.value(u"base_version").toInteger(), 10);
        QCOMPARE(mutation.value(u"base").toObject().value(u"priority").toString(), u"normal"_qs);
        QCOMPARE(mutation.value(u"fields").toObject().value(u"priority").toString(), u"high"_qs);

        // A pull of a newer server row goes underneath the local edit.
        QJsonObject newer = caseRow(1, 11, u"چاله بزرگ"_qs);
        QVERIFY(cache->applyPullPage(page({change(u"cases"_qs, newer)}, 11)));
        auto row = *cache->row(u"cases"_qs, 1);
        QCOMPARE(row->value(u"subject").toString(), u"چاله بزرگ"_qs);
        QCOMPARE(row->value(u"priority").toString(), u"high"_qs);

        // Applied: the outbox empties and the row is the server's.
        QJsonObject serverRow = newer;
        serverRow.insert(u"version"_qs, 12);
        serverRow.insert(u"priority"_qs, u"high"_qs);
        const auto pushed = cache->applyPushResults(
            *mutations,
            {QJsonObject{{u"client_mutation_id"_qs, mutation.value(u"client_mutation_id")},
                         {u"status"_qs, u"applied"_qs},
                         {u"row"_qs, serverRow}}});
        QVERIFY(pushed);
        QCOMPARE(pushed->applied, 1);
        QCOMPARE(cache->pendingCount(), 0);
        QCOMPARE(**cache->version(u"cases"_qs, 1), 12);
        // The same answers again (a retried push) change nothing.
        QCOMPARE(
            cache
                ->applyPushResults(*mutations, {QJsonObject{{u"client_mutation_id"_qs,
                                                             mutation.value(u"client_mutation_id")},
                                                            {u"status"_qs, u"applied"_qs},
                                                            {u"row"_qs, serverRow}}})
                ->applied,
            0);
    }

    void createdRowsTakeTheServersIdAndChildrenFollow()
    {
        auto cache = openFresh();
        const auto caseId = cache->create(u"cases"_qs, {{u"service_id"_qs, 4},
                                                        {u"channel"_qs, u"walk_in"_qs},
                                                        {u"subject"_qs, u"درخت افتاده"_qs}});
        QVERIFY2(caseId, qPrintable(caseId ? QString() : caseId.error().message()));
        QVERIFY(*caseId < 0);
        const auto noteId = cache->create(
            u"case_notes"_qs, {{u"case_id"_qs, *caseId}, {u"body"_qs, u"عکس گرفته شد"_qs}});
        QVERIFY2(noteId, qPrintable(noteId ? QString() : noteId.error().message()));
        QVERIFY(cache->update(u"cases"_qs, *caseId, {{u"priority"_qs, u"urgent"_qs}}));
        QCOMPARE(cache->pendingCount(), 3);

        auto mutations = *cache->pendingMutations(100);
        QCOMPARE(mutations.size(), 3);
        const QString createId = mutations[0].toObject().value(u"client_mutation_id").toString();
        QCOMPARE(mutations[0].toObject().value(u"op").toString(), u"create"_qs);
        QCOMPARE(mutations[1].toObject().value(u"fields").toObject().value(u"case_id").toString(),
                 u"tmp:"_qs + createId);
        QCOMPARE(mutations[2].toObject().value(u"id").toString(), u"tmp:"_qs + createId);

        // Only the create is answered (the connection dropped): the rest now names id 501.
        QJsonObject created = caseRow(501, 40, u"درخت افتاده"_qs);
        QVERIFY(
            cache->applyPushResults(mutations, {QJsonObject{{u"client_mutation_id"_qs, createId},
                                                            {u"status"_qs, u"applied"_qs},
                                                            {u"row"_qs, created}}}));
        QVERIFY(!(*cache->row(u"cases"_qs, *caseId)).has_value());
        const auto row = *cache->row(u"cases"_qs, 501);
        QVERIFY(row);
        QCOMPARE(row->value(u"priority").toString(), u"urgent"_qs); // still pending on top
        QCOMPARE((*cache->row(u"case_notes"_qs, *noteId))->value(u"case_id").toInteger(), 501);
        mutations = *cache->pendingMutations(100);
        QCOMPARE(mutations.size(), 2);
        QCOMPARE(mutations[0].toObject().value(u"fields").toObject().value(u"case_id").toInteger(),
                 501);
        QCOMPARE(mutations[1].toObject().value(u"id").toInteger(), 501);
    }

    void editsMadeTogetherAreKeptTogetherOrNotAtAll()
    {
        QString path;
        auto cache = openFresh(&path);
        QVERIFY(cache->applyPullPage(page({change(u"cases"_qs, caseRow(1, 10, u"چاله"_qs))}, 10)));

        // A case and its note created together, the note naming the new case.
        qint64 caseId = 0;
        const auto kept =
            cache->editTogether([&](LocalCache::EditBatch &batch) -> std::optional<CacheError> {
                const auto created =
                    batch.create(u"cases"_qs, {{u"service_id"_qs, 4},
                                               {u"channel"_qs, u"walk_in"_qs},
                                               {u"subject"_qs, u"درخت افتاده"_qs}});
                if (!created)
                    return created.error();
                caseId = *created;
                if (const auto note = batch.create(
                        u"case_notes"_qs, {{u"case_id"_qs, caseId}, {u"body"_qs, u"عکس"_qs}});
                    !note)
                    return note.error();
                if (const auto changed =
                        batch.update(u"cases"_qs, 1, {{u"priority"_qs, u"high"_qs}});
                    !changed)
                    return changed.error();
                return std::nullopt;
            });
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message()));
        QVERIFY(caseId < 0);
        QCOMPARE(cache->pendingCount(), 3);
        QCOMPARE((*cache->row(u"cases"_qs, 1))->value(u"priority").toString(), u"high"_qs);

        // The third edit is refused (a value the field does not take): the first two are
        // undone with it, and the error is the third's.
        const auto refused =
            cache->editTogether([&](LocalCache::EditBatch &batch) -> std::optional<CacheError> {
                for (const auto &[id, priority] :
                     {std::pair{qint64(1), u"low"_qs}, std::pair{caseId, u"urgent"_qs},
                      std::pair{qint64(1), u"sky-high"_qs}}) {
                    if (const auto changed =
                            batch.update(u"cases"_qs, id, {{u"priority"_qs, priority}});
                        !changed)
                        return changed.error();
                }
                return std::nullopt;
            });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, CacheError::Kind::Invalid);
        QCOMPARE(cache->pendingCount(), 3);
        QCOMPARE((*cache->row(u"cases"_qs, 1))->value(u"priority").toString(), u"high"_qs);
        QVERIFY((*cache->row(u"cases"_qs, caseId))->value(u"priority").toString() != u"urgent"_qs);
        // Rows only the server makes are refused inside a batch as outside it.
        const auto serverOnly =
            cache->editTogether([](LocalCache::EditBatch &batch) -> std::optional<CacheError> {
                if (const auto created = batch.create(u"case_status_history"_qs, {}); !created)
                    return created.error();
                return std::nullopt;
            });
        QVERIFY(!serverOnly);
        QCOMPARE(serverOnly.error().kind, CacheError::Kind::NotAllowed);

        // Another connection sees the kept batch only.
        auto second = LocalCache::open(path, m_key);
        QVERIFY(second);
        QCOMPARE((*second)->pendingCount(), 3);
    }

    void conflictsAreKeptAndResolvedBothWays()
    {
        auto cache = openFresh();
        QVERIFY(cache->applyPullPage(page({change(u"cases"_qs, caseRow(1, 10, u"چاله"_qs))}, 10)));
        QVERIFY(cache->update(u"cases"_qs, 1, {{u"priority"_qs, u"high"_qs}}));
        auto mutations = *cache->pendingMutations(10);
        const QJsonObject theirs = caseRow(1, 15, u"چاله"_qs, u"low"_qs);
        auto answer = [&](const QJsonArray &sent) {
            return QJsonArray{QJsonObject{
                {u"client_mutation_id"_qs, sent[0].toObject().value(u"client_mutation_id")},
                {u"status"_qs, u"conflict"_qs},
                {u"row"_qs, theirs},
                {u"conflicts"_qs, QJsonArray{QJsonObject{{u"field"_qs, u"priority"_qs},
                                                         {u"base"_qs, u"normal"_qs},
                                                         {u"mine"_qs, u"high"_qs},
                                                         {u"theirs"_qs, u"low"_qs}}}}}};
        };
        QCOMPARE(cache->applyPushResults(mutations, answer(mutations))->conflicts, 1);
        QCOMPARE(cache->pendingCount(), 0);
        QCOMPARE(cache->conflictCount(), 1);
        auto conflicts = *cache->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].fields.size(), 1);
        QCOMPARE(conflicts[0].fields[0].mine.toString(), u"high"_qs);
        QCOMPARE(conflicts[0].fields[0].theirs.toString(), u"low"_qs);
        QCOMPARE(conflicts[0].mine.value(u"priority").toString(), u"high"_qs);
        // Until the user decides, the row shows the server's value.
        QCOMPARE((*cache->row(u"cases"_qs, 1))->value(u"priority").toString(), u"low"_qs);

        // Keep mine: a new edit based on the server's version 15.
        QVERIFY(cache->keepMine(conflicts[0].id));
        QCOMPARE(cache->conflictCount(), 0);
        mutations = *cache->pendingMutations(10);
        QCOMPARE(mutations.size(), 1);
        QCOMPARE(mutations[0].toObject().value(u"base_version").toInteger(), 15);
        QCOMPARE(mutations[0].toObject().value(u"base").toObject().value(u"priority").toString(),
                 u"low"_qs);
        QCOMPARE((*cache->row(u"cases"_qs, 1))->value(u"priority").toString(), u"high"_qs);

        // Conflict again; this time take theirs.
        QVERIFY(cache->applyPushResults(mutations, answer(mutations)));
        conflicts = *cache->conflicts();
        QVERIFY(cache->takeTheirs(conflicts[0].id));
        QCOMPARE(cache->conflictCount(), 0);
        QCOMPARE(cache->pendingCount(), 0);
        QCOMPARE((*cache->row(u"cases"_qs, 1))->value(u"priority").toString(), u"low"_qs);
    }

    void refusedEditsAreKeptWithTheServersReason()
    {
        auto cache = openFresh();
        const auto id = cache->create(u"cases"_qs, {{u"service_id"_qs, 4},
                                                    {u"channel"_qs, u"phone"_qs},
                                                    {u"subject"_qs, u"آب‌گرفتگی"_qs}});
        QVERIFY(id);
        const auto mutations = *cache->pendingMutations(10);
        const QJsonObject error{
            {u"code"_qs, u"validation_failed"_qs},
            {u"message"_qs, u"خدمت انتخاب‌شده وجود ندارد."_qs}};
        QCOMPARE(
            cache
                ->applyPushResults(
                    mutations, {QJsonObject{{u"client_mutation_id"_qs,
                                             mutations[0].toObject().value(u"client_mutation_id")},
                                            {u"status"_qs, u"rejected"_qs},
                                            {u"error"_qs, error}}})
                ->rejected,
            1);
        QCOMPARE(*cache->count(u"cases"_qs), 0); // the refused row is not shown as if saved
        const auto conflicts = *cache->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].kind, Conflict::Kind::Rejected);
        QCOMPARE(conflicts[0].errorMessage,
                 u"خدمت انتخاب‌شده وجود ندارد."_qs);
        QCOMPARE(conflicts[0].mine.value(u"subject").toString(),
                 u"آب‌گرفتگی"_qs); // nothing lost
        // Edited and retried: queued again as a new create.
        QJsonObject fixed = conflicts[0].mine;
        fixed.insert(u"service_id"_qs, 5);
        QVERIFY(cache->resolveWith(conflicts[0].id, fixed));
        QCOMPARE(cache->pendingCount(), 1);
        QCOMPARE(*cache->count(u"cases"_qs), 1);
    }

    void contentsAreEncryptedAtRest()
    {
        QString path;
        auto cache = openFresh(&path);
        const QString nationalId = u"0084575948"_qs;
        const QJsonObject citizen{{u"id"_qs, 77},
                                  {u"version"_qs, 3},
                                  {u"deleted"_qs, false},
                                  {u"national_id"_qs, nationalId},
                                  {u"first_name"_qs, u"مریم"_qs},
                                  {u"last_name"_qs, u"Sotoudeh-Unique-Name"_qs}};
        QVERIFY(cache->applyPullPage(page({change(u"citizens"_qs, citizen)}, 3)));
        QVERIFY(cache->update(u"citizens"_qs, 77, {{u"notes"_qs, u"SECRET-NOTE-4242"_qs}}));
        QCOMPARE((*cache->row(u"citizens"_qs, 77))->value(u"national_id").toString(), nationalId);
        // Every file of the cache: the database, its WAL (not checkpointed yet) and shm.
        int filesRead = 0;
        for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs}) {
            const QByteArray bytes = fileBytes(path + suffix);
            if (bytes.isEmpty())
                continue;
            ++filesRead;
            QVERIFY2(!bytes.contains(nationalId.toLatin1()), qPrintable(path + suffix));
            QVERIFY(!bytes.contains("Sotoudeh-Unique-Name"));
            QVERIFY(!bytes.contains("SECRET-NOTE-4242"));
            QVERIFY(!bytes.contains(u"مریم"_qs.toUtf8()));
        }
        QVERIFY(filesRead >= 2);
        QVERIFY(fileBytes(path + u"-wal"_qs).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
