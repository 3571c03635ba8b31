// The case queues over the cache: the clear columns follow every kind of write and are
// filled in when an older cache is opened; views, keyset pages in both directions with
// ties, counts, tracking-code prefixes typed with Persian digits.
#include "cacheschema_p.h"
#include "cacheversions.h"
#include "localcache.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
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
    user.roles = {Access::Role::Agent};
    user.units = {OrgUnitId(3)};
    user.visibleUnits = {OrgUnitId(3)};
    return user;
}

const qint64 now = 1'760'000'000'000;
const qint64 hour = 3'600'000;

QJsonObject caseRow(qint64 id, const QJsonObject &fields = {})
{
    QJsonObject row{{QStringLiteral("id"), id},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("deleted"), false},
                    {QStringLiteral("created_at"), now - id * hour},
                    {QStringLiteral("updated_at"), now},
                    {QStringLiteral("tracking_code"), QStringLiteral("7KD4MX2Q%1").arg(id % 10)},
                    {QStringLiteral("service_id"), 4},
                    {QStringLiteral("channel"), QStringLiteral("phone")},
                    {QStringLiteral("status"), QStringLiteral("assigned")},
                    {QStringLiteral("priority"), QStringLiteral("normal")},
                    {QStringLiteral("subject"), QStringLiteral("چراغ خاموش")},
                    {QStringLiteral("team_id"), 3},
                    {QStringLiteral("owner_id"), 7},
                    {QStringLiteral("tier"), 1},
                    {QStringLiteral("resolution_due_at"), now + 48 * hour}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

QJsonObject page(const QList<QJsonObject> &rows, qint64 cursor)
{
    QJsonArray changes;
    for (const QJsonObject &row : rows)
        changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("cases")},
                                   {QStringLiteral("row"), row}});
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("drops"), QJsonArray()},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("more"), false}};
}

const QStringList clearColumns{QStringLiteral("status"),
                               QStringLiteral("priority_rank"),
                               QStringLiteral("channel"),
                               QStringLiteral("service_id"),
                               QStringLiteral("team_id"),
                               QStringLiteral("owner_id"),
                               QStringLiteral("tier"),
                               QStringLiteral("district_id"),
                               QStringLiteral("created_at"),
                               QStringLiteral("updated_at"),
                               QStringLiteral("first_response_due_at"),
                               QStringLiteral("resolution_due_at"),
                               QStringLiteral("sla_paused_at"),
                               QStringLiteral("tracking_code"),
                               QStringLiteral("first_responded_at"),
                               QStringLiteral("resolved_at"),
                               QStringLiteral("citizen_id")};

// What the clear columns should say for a row.
QVariant expected(const QJsonObject &row, const QString &column)
{
    if (column == u"priority_rank") {
        const qsizetype rank = QStringList{QStringLiteral("low"), QStringLiteral("normal"),
                                           QStringLiteral("high"), QStringLiteral("urgent")}
                                   .indexOf(row.value(u"priority").toString());
        return rank < 0 ? QVariant() : QVariant(qint64(rank));
    }
    const QJsonValue value = row.value(column);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return value.toInteger();
    return {};
}

QString mismatch(LocalCache &cache, qint64 id)
{
    const auto row = cache.row(QStringLiteral("cases"), id);
    if (!row || !*row)
        return QStringLiteral("row %1 missing").arg(id);
    QSqlQuery query(cache.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM e_cases WHERE id = ?").arg(clearColumns.join(u',')));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return QStringLiteral("no clear columns for %1").arg(id);
    for (qsizetype i = 0; i < clearColumns.size(); ++i) {
        const QVariant want = expected(**row, clearColumns.at(i));
        const QVariant have = query.value(int(i));
        const bool same =
            want.isNull() ? have.isNull() : (!have.isNull() && want.toString() == have.toString());
        if (!same)
            return QStringLiteral("row %1 %2: sealed %3, clear %4")
                .arg(id)
                .arg(clearColumns.at(i), want.toString(), have.toString());
    }
    return {};
}

QList<qint64> idsOf(const QList<QJsonObject> &rows)
{
    QList<qint64> ids;
    for (const QJsonObject &row : rows)
        ids.append(row.value(u"id").toInteger());
    return ids;
}

} // namespace

class TestCaseQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    CacheKey m_key = CacheKey::generate();

    std::unique_ptr<LocalCache> openFresh(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("q%1/cache.cache").arg(++m_count));
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

    // Every page of `filter` in `sort`, `size` rows at a time.
    static QList<qint64> walk(LocalCache &cache, const CaseQueueFilter &filter, CaseQueueSort sort,
                              int size)
    {
        QList<qint64> ids;
        std::optional<CaseQueuePosition> after;
        for (int guard = 0; guard < 1000; ++guard) {
            const auto page = cache.caseQueuePage(filter, sort, size, after);
            if (!page)
                qFatal("page failed: %s", qPrintable(page.error().detail));
            ids += idsOf(page->rows);
            if (page->atEnd)
                break;
            after = page->last;
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void clearColumnsFollowEveryWrite()
    {
        auto cache = openFresh();
        // Pulled as objects.
        QVERIFY(cache->applyPullPage(
            page({caseRow(101),
                  caseRow(102, {{u"priority"_qs, u"urgent"_qs}, {u"owner_id"_qs, QJsonValue()}})},
                 1)));
        QCOMPARE(mismatch(*cache, 101), QString());
        QCOMPARE(mismatch(*cache, 102), QString());
        // Pulled as text (the sync engine's path), a newer version.
        const QByteArray text = QJsonDocument(page({caseRow(101, {{u"version"_qs, 2},
                                                                  {u"status"_qs, u"escalated"_qs},
                                                                  {u"tier"_qs, 2},
                                                                  {u"sla_paused_at"_qs, now}})},
                                                   2))
                                    .toJson(QJsonDocument::Compact);
        QVERIFY(cache->applyPullPageText(text));
        QCOMPARE(mismatch(*cache, 101), QString());
        QCOMPARE(cache->row(u"cases"_qs, 101)->value().value(u"status").toString(),
                 u"escalated"_qs);
        // A local edit: the columns show what the user sees.
        QVERIFY(
            cache->update(u"cases"_qs, 102, {{u"priority"_qs, u"low"_qs}, {u"owner_id"_qs, 7}}));
        QCOMPARE(mismatch(*cache, 102), QString());
        // A pull under the local edit keeps the user's values on top.
        QVERIFY(cache->applyPullPage(
            page({caseRow(102, {{u"version"_qs, 3}, {u"channel"_qs, u"web"_qs}})}, 3)));
        QCOMPARE(mismatch(*cache, 102), QString());
        // A case created here, then the server's answer (the row takes its server id).
        const auto created = cache->create(u"cases"_qs, {{u"service_id"_qs, 4},
                                                         {u"channel"_qs, u"sms"_qs},
                                                         {u"priority"_qs, u"high"_qs},
                                                         {u"team_id"_qs, 3}});
        QVERIFY(created);
        QCOMPARE(mismatch(*cache, *created), QString());
        const auto sent = cache->pendingMutations(10);
        QVERIFY(sent);
        QJsonArray results;
        for (const QJsonValue &value : *sent) {
            const QJsonObject mutation = value.toObject();
            QJsonObject row;
            if (mutation.value(u"op").toString() == u"create")
                row = caseRow(500, {{u"channel"_qs, u"sms"_qs},
                                    {u"priority"_qs, u"high"_qs},
                                    {u"version"_qs, 9},
                                    {u"owner_id"_qs, QJsonValue()}});
            else
                row = caseRow(102, {{u"version"_qs, 4}, {u"priority"_qs, u"low"_qs}});
            results.append(
                QJsonObject{{u"client_mutation_id"_qs, mutation.value(u"client_mutation_id")},
                            {u"status"_qs, u"applied"_qs},
                            {u"row"_qs, row}});
        }
        QVERIFY(cache->applyPushResults(*sent, results));
        QCOMPARE(mismatch(*cache, 500), QString());
        QCOMPARE(mismatch(*cache, 102), QString());
        QVERIFY(!cache->row(u"cases"_qs, *created)->has_value());
    }

    // The columns a pulled row gets, from the page's text or from objects, are stored as
    // Qt's driver stores Schema::clearValuesOf() bound through QSqlQuery (as they were before
    // the rows were bound to SQLite directly): same values, same SQLite types, for awkward
    // values too.
    void clearColumnsAreStoredAsQtBindsThem()
    {
        QList<QJsonObject> rows{
            caseRow(1, {{u"tracking_code"_qs, u"7kd-4mx 2q"_qs},
                        {u"priority"_qs, u"urgent"_qs},
                        {u"status"_qs, u"escalated"_qs},
                        {u"channel"_qs, u"تلفن"_qs}}),
            caseRow(2, {{u"tracking_code"_qs, u"۷KD-۴"_qs},
                        {u"priority"_qs, u"weird"_qs},
                        {u"status"_qs, QString(u""_qs)},
                        {u"channel"_qs, u""_qs},
                        {u"owner_id"_qs, u"7"_qs},
                        {u"tier"_qs, 2},
                        {u"created_at"_qs, -5}}),
            caseRow(3, {{u"tracking_code"_qs, u""_qs},
                        {u"priority"_qs, QJsonValue()},
                        {u"status"_qs, u"say \"hi\""_qs},
                        {u"team_id"_qs, QJsonValue()}}),
            caseRow(4, {{u"tracking_code"_qs, u"---"_qs}, {u"priority"_qs, 3}}),
            caseRow(5, {{u"tracking_code"_qs, u"\u200c7kd\u200f۱"_qs},
                        {u"status"_qs, true},
                        {u"sla_paused_at"_qs, now}}),
        };
        rows.append(caseRow(6));
        rows.last().remove(u"tracking_code"_qs);
        rows.last().remove(u"status"_qs);
        const QString columns = clearColumns.join(u',');
        const auto stored = [&](LocalCache &cache) {
            QStringList values;
            QSqlQuery query(cache.database());
            QStringList typed;
            for (const QString &column : clearColumns)
                typed.append(QStringLiteral("typeof(%1) || ':' || quote(%1)").arg(column));
            query.exec(QStringLiteral("SELECT %1 FROM e_cases ORDER BY id").arg(typed.join(u',')));
            while (query.next()) {
                for (qsizetype i = 0; i < clearColumns.size(); ++i)
                    values.append(query.value(int(i)).toString());
            }
            return values;
        };
        auto fromText = openFresh();
        QVERIFY(fromText->applyPullPageText(QJsonDocument(page(rows, 1)).toJson()));
        auto fromObjects = openFresh();
        QVERIFY(fromObjects->applyPullPage(page(rows, 1)));
        // The reference: the same values bound by Qt into a table of the same column types.
        QSqlQuery query(fromObjects->database());
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE ref AS SELECT id, %1 FROM e_cases "
                                          "WHERE 0")
                               .arg(columns)));
        QVERIFY(query.prepare(
            QStringLiteral("INSERT INTO ref (id, %1) VALUES (?%2)")
                .arg(columns, QString(QStringLiteral(", ?").repeated(clearColumns.size())))));
        for (const QJsonObject &row : std::as_const(rows)) {
            query.bindValue(0, row.value(u"id").toInteger());
            const QVariantList values = Schema::clearValuesOf(u"cases"_qs, row);
            QCOMPARE(values.size(), clearColumns.size());
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(int(i + 1), values.at(i));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QStringList reference;
        QStringList typed;
        for (const QString &column : clearColumns)
            typed.append(QStringLiteral("typeof(%1) || ':' || quote(%1)").arg(column));
        QVERIFY(query.exec(QStringLiteral("SELECT %1 FROM ref ORDER BY id").arg(typed.join(u','))));
        while (query.next()) {
            for (qsizetype i = 0; i < clearColumns.size(); ++i)
                reference.append(query.value(int(i)).toString());
        }
        QCOMPARE(reference.size(), rows.size() * clearColumns.size());
        QCOMPARE(stored(*fromObjects), reference);
        QCOMPARE(stored(*fromText), reference);
        // The codes as a clerk types them were made compact.
        QVERIFY(reference.contains(u"text:'7KD4MX2Q'"_qs));
        QVERIFY(reference.contains(u"text:'7KD4'"_qs));
        QVERIFY(reference.contains(u"text:'7KD1'"_qs));
    }

    void olderCachesGetTheColumns()
    {
        QString path;
        {
            auto cache = openFresh(&path);
            QVERIFY(cache->applyPullPage(
                page({caseRow(1), caseRow(2, {{u"priority"_qs, u"high"_qs}})}, 1)));
            // Make it a version 1 file: no queue columns, no indexes.
            QSqlQuery query(cache->database());
            QVERIFY(query.exec(
                u"SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'e_cases_q_%'"_qs));
            QStringList indexes;
            while (query.next())
                indexes.append(query.value(0).toString());
            QVERIFY(!indexes.isEmpty());
            for (const QString &index : indexes)
                QVERIFY(query.exec(u"DROP INDEX "_qs + index));
            for (const QString &column : clearColumns)
                QVERIFY2(query.exec(u"ALTER TABLE e_cases DROP COLUMN "_qs + column),
                         qPrintable(column));
            // Nor what later versions added.
            for (const QString &table : {u"pending_file_pieces"_qs, u"pending_files"_qs})
                QVERIFY(query.exec(u"DROP TABLE "_qs + table));
            QVERIFY(Testing::dropKnowledgeIndex(cache->database()));
            QVERIFY(query.exec(u"PRAGMA user_version = 1"_qs));
        }
        auto opened = LocalCache::open(path, m_key);
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        QCOMPARE(mismatch(*cache, 1), QString());
        QCOMPARE(mismatch(*cache, 2), QString());
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"PRAGMA user_version"_qs) && query.next());
        QCOMPARE(query.value(0).toInt(), LocalCache::schemaVersion());
        // A wrong key leaves an old cache as it was.
    }

    void viewsFilterWhatTheyName()
    {
        auto cache = openFresh();
        const Access::Principal me = agent();
        QList<QJsonObject> rows{
            caseRow(1),                                                       // mine
            caseRow(2, {{u"owner_id"_qs, 8}}),                                // team's
            caseRow(3, {{u"owner_id"_qs, QJsonValue()}}),                     // unassigned
            caseRow(4, {{u"owner_id"_qs, QJsonValue()}, {u"team_id"_qs, 9}}), // another unit's
            caseRow(5, {{u"status"_qs, u"resolved"_qs}}),                     // done
            caseRow(6, {{u"resolution_due_at"_qs, now - hour}}),              // breached
            caseRow(7, {{u"owner_id"_qs, 8}, {u"resolution_due_at"_qs, now + 2 * hour}}),
            caseRow(8, {{u"tier"_qs, 2}, {u"owner_id"_qs, 8}}),                // escalated
            caseRow(9, {{u"status"_qs, u"escalated"_qs}, {u"team_id"_qs, 9}}), // mine, escalated
            caseRow(10, {{u"tier"_qs, 3}, {u"team_id"_qs, 9}, {u"owner_id"_qs, 8}}), // not mine
        };
        QVERIFY(cache->applyPullPage(page(rows, 1)));
        const auto ids = [&](CaseQueueView view) {
            const CaseQueueFilter filter = CaseQueue::filterFor(view, me, now);
            auto list =
                walk(*cache, filter, {CaseQueueColumn::TrackingCode, Qt::AscendingOrder}, 3);
            std::sort(list.begin(), list.end());
            const auto count = cache->caseQueueCount(filter);
            if (!count || *count != list.size())
                qWarning("count %lld for %lld rows", count ? *count : -1, qint64(list.size()));
            return list;
        };
        QCOMPARE(ids(CaseQueueView::MyWork), (QList<qint64>{1, 6, 9}));
        QCOMPARE(ids(CaseQueueView::MyTeam), (QList<qint64>{1, 2, 3, 6, 7, 8}));
        QCOMPARE(ids(CaseQueueView::Unassigned), (QList<qint64>{3}));
        QCOMPARE(ids(CaseQueueView::BreachingSoon), (QList<qint64>{6, 7}));
        QCOMPARE(ids(CaseQueueView::EscalatedToMe), (QList<qint64>{8, 9}));
        for (CaseQueueView view : CaseQueue::views()) {
            const CaseQueueFilter filter = CaseQueue::filterFor(view, me, now);
            QCOMPARE(*cache->caseQueueCount(filter), qint64(ids(view).size()));
        }
        // Channel, priority and service filters.
        CaseQueueFilter filter;
        filter.priorities = {u"urgent"_qs};
        QCOMPARE(*cache->caseQueueCount(filter), 0);
        filter = {};
        filter.channels = {u"phone"_qs};
        filter.serviceIds = {4};
        QCOMPARE(*cache->caseQueueCount(filter), 10);
    }

    void keysetPagesInBothDirectionsWithTies()
    {
        auto cache = openFresh();
        QList<QJsonObject> rows;
        // 47 cases, priorities in runs (many ties), some without a due time.
        const QStringList priorities{u"low"_qs, u"normal"_qs, u"high"_qs, u"urgent"_qs};
        for (qint64 id = 1; id <= 47; ++id) {
            QJsonObject fields{{u"priority"_qs, priorities.at(id % 4)}};
            if (id % 5 == 0)
                fields.insert(u"resolution_due_at"_qs, QJsonValue());
            else
                fields.insert(u"resolution_due_at"_qs, now + (id % 7) * hour);
            rows.append(caseRow(id, fields));
        }
        QVERIFY(cache->applyPullPage(page(rows, 1)));
        const CaseQueueFilter all;
        for (const CaseQueueColumn column :
             {CaseQueueColumn::Priority, CaseQueueColumn::ResolutionDue,
              CaseQueueColumn::Created}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                // The expected order, worked out here from the rows.
                QList<QJsonObject> sorted = rows;
                const auto key = [&](const QJsonObject &row) -> std::optional<qint64> {
                    const QJsonValue value =
                        column == CaseQueueColumn::Priority
                            ? QJsonValue(priorities.indexOf(row.value(u"priority").toString()))
                            : row.value(CaseQueue::columnName(column));
                    return value.isNull() ? std::nullopt : std::optional(value.toInteger());
                };
                std::stable_sort(sorted.begin(), sorted.end(), [&](const auto &a, const auto &b) {
                    const auto ka = key(a), kb = key(b);
                    const qint64 ia = a.value(u"id").toInteger(), ib = b.value(u"id").toInteger();
                    // NULL is smallest.
                    const auto less = [](std::optional<qint64> x, qint64 xi,
                                         std::optional<qint64> y, qint64 yi) {
                        if (x != y)
                            return !x ? true : (!y ? false : *x < *y);
                        return xi < yi;
                    };
                    return order == Qt::AscendingOrder ? less(ka, ia, kb, ib)
                                                       : less(kb, ib, ka, ia);
                });
                for (const int size : {1, 5, 10, 47, 100})
                    QCOMPARE(walk(*cache, all, {column, order}, size), idsOf(sorted));
            }
        }
        QCOMPARE(*cache->caseQueueCount(all), 47);
    }

    void trackingCodePrefixTypedAnyWay()
    {
        auto cache = openFresh();
        QVERIFY(cache->applyPullPage(page({caseRow(1, {{u"tracking_code"_qs, u"7KD4MX2QC"_qs}}),
                                           caseRow(2, {{u"tracking_code"_qs, u"7KD9AB3CD"_qs}}),
                                           caseRow(3, {{u"tracking_code"_qs, u"8AB4MX2QC"_qs}})},
                                          1)));
        const auto matching = [&](const QString &typed) {
            CaseQueueFilter filter;
            filter.trackingPrefix = typed;
            auto list = walk(*cache, filter, {}, 10);
            std::sort(list.begin(), list.end());
            return list;
        };
        QCOMPARE(matching(u"7kd"_qs), (QList<qint64>{1, 2}));
        QCOMPARE(matching(u"۷KD-۴"_qs), (QList<qint64>{1}));  // Persian digits, a dash
        QCOMPARE(matching(u"٧KD٤MX"_qs), (QList<qint64>{1})); // Arabic-Indic digits
        QCOMPARE(matching(u"8"_qs), (QList<qint64>{3}));
        QCOMPARE(matching(u"9"_qs), QList<qint64>());
        QCOMPARE(matching(QString()), (QList<qint64>{1, 2, 3}));
    }

    // A large first sync loads without the query indexes and makes them at the end; the
    // queues answer the same meanwhile, and a crash in between is healed by the next end.
    void bulkLoadDropsAndRemakesTheIndexes()
    {
        QString path;
        auto cache = openFresh(&path);
        const auto indexes = [&cache] {
            QSqlQuery query(cache->database());
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                      "name LIKE 'e_cases_q_%' ORDER BY name"));
            QStringList names;
            while (query.next())
                names.append(query.value(0).toString());
            return names;
        };
        const QStringList before = indexes();
        QVERIFY(before.size() >= 5);
        QVERIFY(!cache->isBulkLoading());

        QVERIFY(cache->beginBulkLoad());
        QVERIFY(cache->isBulkLoading());
        QVERIFY(indexes().isEmpty());
        QList<QJsonObject> rows;
        for (qint64 id = 1; id <= 30; ++id)
            rows.append(caseRow(id, {{u"owner_id"_qs, id % 3 == 0 ? 7 : 8}}));
        QVERIFY(cache->applyPullPage(page(rows, 30)));
        CaseQueueFilter mine;
        mine.ownerId = 7;
        // Every query still works, without the indexes it would name.
        QCOMPARE(*cache->caseQueueCount(mine), 10);
        QCOMPARE(walk(*cache, mine, {}, 4).size(), 10);

        // A crash here: the next connection finds the load unfinished, and ends it.
        cache.reset();
        auto reopened = LocalCache::open(path, m_key);
        QVERIFY(reopened);
        cache = std::move(reopened).value();
        QVERIFY(cache->isBulkLoading());
        QVERIFY(cache->endBulkLoad());
        QVERIFY(!cache->isBulkLoading());
        QCOMPARE(indexes(), before);
        QCOMPARE(*cache->caseQueueCount(mine), 10);
        QCOMPARE(walk(*cache, mine, {}, 4).size(), 10);
        QVERIFY(cache->endBulkLoad()); // nothing to do: harmless
    }

    void siblingConnectionSeesTheSameRows()
    {
        auto cache = openFresh();
        QVERIFY(cache->applyPullPage(page({caseRow(1), caseRow(2)}, 1)));
        auto sibling = cache->openSibling();
        QVERIFY(sibling);
        QCOMPARE(*(*sibling)->caseQueueCount({}), 2);
        QCOMPARE((*sibling)->user()->userId, UserId(7));
    }
};

QTEST_GUILESS_MAIN(TestCaseQueue)
#include "tst_casequeue.moc"
