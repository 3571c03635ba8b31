// Pull pages applied from their JSON text (the sync engine's path: rows stored as the
// server sent them) leave the cache exactly as the same pages applied as objects; text
// that is not a page is refused and changes nothing.
#include "localcache.h"
#include "pullpage_p.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    user.roles = {Access::Role::Agent, Access::Role::Supervisor};
    user.units = {OrgUnitId(3)};
    return user;
}

QJsonObject caseRow(qint64 id, qint64 version, const QString &subject)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("service_id"), 4},
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("status"), QStringLiteral("new")},
            {QStringLiteral("priority"), QStringLiteral("normal")},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("latitude"), 35.6892},
            {QStringLiteral("citizen_id"), QJsonValue::Null},
            {QStringLiteral("team_id"), 3}};
}

QJsonObject change(const QString &entity, const QJsonObject &row)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("row"), row}};
}

QJsonObject page(const QJsonArray &changes, qint64 cursor, const QJsonArray &drops = {},
                 bool more = false)
{
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("drops"), drops},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("head"), cursor + 100},
            {QStringLiteral("more"), more}};
}

QByteArray text(const QJsonObject &object,
                QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    return QJsonDocument(object).toJson(format);
}

// Every cached row of the entities a page here touches, in id order.
QJsonObject contents(LocalCache &cache)
{
    QJsonObject all;
    for (const QString &entity :
         {QStringLiteral("cases"), QStringLiteral("case_notes"), QStringLiteral("approval_steps"),
          QStringLiteral("citizens"), QStringLiteral("citizen_phones")}) {
        const auto rows = cache.rows(entity, 1000);
        if (!rows)
            return {};
        QJsonArray array;
        for (const QJsonObject &row : *rows)
            array.append(row);
        all.insert(entity, array);
    }
    all.insert(QStringLiteral("cursor"), cache.cursor());
    return all;
}

// Pages with every kind of thing a page carries: rows of top-level and child entities,
// a child of several kinds of parent, strings that need escaping, Persian, a tombstone,
// a stale row, and a drop.
QList<QJsonObject> samplePages()
{
    QJsonObject tricky =
        caseRow(2, 11, QStringLiteral("«نقل‌قول» \"quoted\"\\ \n\ttab \u0001 😀"));
    tricky.insert(QStringLiteral("description"), QStringLiteral("چاله\u200cای بزرگ / slash"));
    QJsonObject step{{QStringLiteral("id"), 40},
                     {QStringLiteral("version"), 12},
                     {QStringLiteral("deleted"), false},
                     {QStringLiteral("subject_type"), QStringLiteral("expense_claim")},
                     {QStringLiteral("subject_id"), 9},
                     {QStringLiteral("step"), 1},
                     {QStringLiteral("decision"), QStringLiteral("pending")}};
    QJsonObject note{{QStringLiteral("id"), 30},
                     {QStringLiteral("version"), 13},
                     {QStringLiteral("deleted"), false},
                     {QStringLiteral("case_id"), 1},
                     {QStringLiteral("body"), u"یادداشت"_qs},
                     {QStringLiteral("internal"), true}};
    QJsonObject citizen{{QStringLiteral("id"), 5},
                        {QStringLiteral("version"), 14},
                        {QStringLiteral("deleted"), false},
                        {QStringLiteral("first_name"), u"مریم"_qs},
                        {QStringLiteral("tags"), QJsonArray{u"vip"_qs, 3, QJsonObject{}}}};
    QJsonObject phone{{QStringLiteral("id"), 6},
                      {QStringLiteral("version"), 15},
                      {QStringLiteral("deleted"), false},
                      {QStringLiteral("citizen_id"), 5},
                      {QStringLiteral("e164"), u"+989121234567"_qs}};
    QJsonObject tombstone{{QStringLiteral("id"), 3},
                          {QStringLiteral("version"), 20},
                          {QStringLiteral("deleted"), true}};
    return {
        page({change(u"cases"_qs, caseRow(1, 10, u"چاله"_qs)), change(u"cases"_qs, tricky),
              change(u"approval_steps"_qs, step), change(u"case_notes"_qs, note),
              change(u"cases"_qs, caseRow(3, 16, u"to be deleted"_qs)),
              change(u"citizens"_qs, citizen), change(u"citizen_phones"_qs, phone)},
             16, {}, true),
        page({change(u"cases"_qs, caseRow(1, 9, u"stale"_qs)), change(u"cases"_qs, tombstone),
              change(u"future_entity"_qs, caseRow(8, 19, u"?"_qs))},
             20,
             QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("citizens")},
                                    {QStringLiteral("id"), 5}}}),
    };
}

} // namespace

class TestPullPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    CacheKey m_key = CacheKey::generate();

    std::unique_ptr<LocalCache> openFresh()
    {
        auto cache =
            LocalCache::open(m_dir.filePath(QStringLiteral("p%1.cache").arg(++m_count)), m_key);
        if (!cache)
            qFatal("cannot open cache: %s", qPrintable(cache.error().detail));
        auto owned = std::move(cache).value();
        if (!owned->setUser(agent()))
            qFatal("cannot set user");
        return owned;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void textAndObjectPagesAgree_data()
    {
        QTest::addColumn<bool>("indented");
        QTest::newRow("compact, as the server sends it") << false;
        QTest::newRow("with white space") << true;
    }

    void textAndObjectPagesAgree()
    {
        QFETCH(bool, indented);
        auto objects = openFresh();
        auto texts = openFresh();
        QList<PullApplied> fromObjects;
        QList<PullApplied> fromTexts;
        for (const QJsonObject &sample : samplePages()) {
            const auto a = objects->applyPullPage(sample);
            QVERIFY(a);
            fromObjects.append(*a);
            const auto b = texts->applyPullPageText(
                text(sample, indented ? QJsonDocument::Indented : QJsonDocument::Compact));
            QVERIFY2(b, qPrintable(b ? QString() : b.error().detail));
            fromTexts.append(*b);
        }
        for (qsizetype i = 0; i < fromObjects.size(); ++i) {
            QCOMPARE(fromTexts.at(i).written, fromObjects.at(i).written);
            QCOMPARE(fromTexts.at(i).deleted, fromObjects.at(i).deleted);
            QCOMPARE(fromTexts.at(i).dropped, fromObjects.at(i).dropped);
            QCOMPARE(fromTexts.at(i).skipped, fromObjects.at(i).skipped);
            QCOMPARE(fromTexts.at(i).cursor, fromObjects.at(i).cursor);
            QCOMPARE(fromTexts.at(i).more, fromObjects.at(i).more);
            QCOMPARE(fromTexts.at(i).head, fromObjects.at(i).head);
        }
        QCOMPARE(fromTexts.first().written, 7);
        QCOMPARE(fromTexts.last().skipped, 2); // the stale case and the unknown entity
        QCOMPARE(fromTexts.last().deleted, 1);
        QCOMPARE(fromTexts.last().dropped, 2); // the citizen with their phone
        QCOMPARE(fromTexts.last().head, 120);
        const QJsonObject expected = contents(*objects);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(contents(*texts), expected);
        // The escaped subject came through as it was.
        const auto tricky = texts->row(u"cases"_qs, 2);
        QVERIFY(tricky && *tricky);
        QCOMPARE((*tricky)->value(u"subject").toString(),
                 QStringLiteral("«نقل‌قول» \"quoted\"\\ \n\ttab \u0001 😀"));
    }

    // A row the user edited offline takes the server's values underneath the edit.
    void localEditsStayOnTop()
    {
        for (const bool asText : {false, true}) {
            auto cache = openFresh();
            QVERIFY(
                cache->applyPullPage(page({change(u"cases"_qs, caseRow(1, 10, u"چاله"_qs))}, 10)));
            QVERIFY(cache->update(u"cases"_qs, 1, {{QStringLiteral("priority"), u"high"_qs}}));
            QJsonObject newer = caseRow(1, 12, u"چاله در خیابان"_qs);
            const QJsonObject next = page({change(u"cases"_qs, newer)}, 12);
            QVERIFY(asText ? cache->applyPullPageText(text(next)).hasValue()
                           : cache->applyPullPage(next).hasValue());
            const auto row = cache->row(u"cases"_qs, 1);
            QVERIFY(row && *row);
            QCOMPARE((*row)->value(u"priority").toString(), u"high"_qs);
            QCOMPARE((*row)->value(u"subject").toString(), u"چاله در خیابان"_qs);
            QCOMPARE(cache->pendingCount(), 1);
            QCOMPARE(*cache->version(u"cases"_qs, 1), std::optional<qint64>(12));
        }
    }

    void notAPageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = text(page({change(u"cases"_qs, caseRow(1, 10, u"x"_qs))}, 10));
        QVERIFY(LocalCache::readPullPage(good));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("truncated") << good.left(good.size() - 2);
        QTest::newRow("trailing garbage") << good + "x";
        QTest::newRow("no cursor") << QByteArray(R"({"changes":[],"more":false})");
        QTest::newRow("cursor as text") << QByteArray(R"({"changes":[],"cursor":"7"})");
        QTest::newRow("cursor not an integer") << QByteArray(R"({"changes":[],"cursor":7.5})");
        QTest::newRow("more as text") << QByteArray(R"({"changes":[],"cursor":7,"more":"yes"})");
        QTest::newRow("changes not a list") << QByteArray(R"({"changes":{},"cursor":7})");
        QTest::newRow("change without row")
            << QByteArray(R"({"changes":[{"entity":"cases"}],"cursor":7})");
        QTest::newRow("row not an object")
            << QByteArray(R"({"changes":[{"entity":"cases","row":[1]}],"cursor":7})");
        QTest::newRow("entity with an escape")
            << QByteArray(R"({"changes":[{"entity":"ca\u0073es","row":{"id":1}}],"cursor":7})");
        QTest::newRow("drop without id")
            << QByteArray(R"({"changes":[],"drops":[{"entity":"cases"}],"cursor":7})");
        QTest::newRow("bad escape")
            << QByteArray(R"({"changes":[{"entity":"cases","row":{"s":"\x"}}],"cursor":7})");
        QTest::newRow("short unicode escape")
            << QByteArray(R"({"changes":[{"entity":"cases","row":{"s":"\u12"}}],"cursor":7})");
        QTest::newRow("control character")
            << QByteArray("{\"changes\":[{\"entity\":\"cases\",\"row\":{\"s\":\"a\x01\"}}],"
                          "\"cursor\":7}");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"changes\":[{\"entity\":\"cases\",\"row\":{\"s\":\"\xd8\"}}],"
                          "\"cursor\":7}");
        QTest::newRow("leading zero")
            << QByteArray(R"({"changes":[{"entity":"cases","row":{"id":01}}],"cursor":7})");
        QTest::newRow("bare minus")
            << QByteArray(R"({"changes":[{"entity":"cases","row":{"id":-}}],"cursor":7})");
        QTest::newRow("misspelt literal")
            << QByteArray(R"({"changes":[{"entity":"cases","row":{"deleted":tru}}],"cursor":7})");
        QTest::newRow("missing comma")
            << QByteArray(R"({"changes":[{"entity":"cases","row":{"id":1 "v":2}}],"cursor":7})");
        QTest::newRow("too deep") << QByteArray(R"({"changes":[{"entity":"cases","row":{"a":)") +
                                         QByteArray(100, '[') + QByteArray(100, ']') +
                                         QByteArray("}}],\"cursor\":7}");
    }

    void notAPageIsRefused()
    {
        QFETCH(QByteArray, json);
        auto cache = openFresh();
        QVERIFY(cache->applyPullPage(page({change(u"cases"_qs, caseRow(1, 10, u"x"_qs))}, 10)));
        const QJsonObject before = contents(*cache);
        const auto read = LocalCache::readPullPage(json);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, CacheError::Kind::BadPage);
        QVERIFY(!read.error().message().isEmpty());
        const auto applied = cache->applyPullPageText(json);
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, CacheError::Kind::BadPage);
        QCOMPARE(contents(*cache), before);
    }

    // A row's members as text, found past values that hold quotes, backslashes and
    // brackets in strings, nested objects and arrays, and white space.
    void membersAreFoundPastAnyValue()
    {
        // (No raw strings here: moc does not read them.)
        const QByteArray row =
            "{ \"a\\\"b\" : 1 , \"tags\":[\"]\",{\"x\":\"}\\\\\"},[[]],-1.5e3] , "
            "\"note\" :\"say \\\"[{\\\"\",\"nested\":{\"id\":99,\"s\":\"\\u0022\"},"
            "\"id\" : 7,\"empty\":{},\"id\":8,\n\t\"version\":\"v\\\\\",\"last\":null}";
        QVERIFY(PullPage::read("{\"changes\":[{\"entity\":\"cases\",\"row\":" + row +
                               "}],\"cursor\":1}"));
        const QList<QByteArrayView> keys{"id",   "version", "note",   "tags", "empty",
                                         "last", "missing", "a\\\"b", "s"};
        const QList<QByteArrayView> values = PullPage::members(row, keys);
        QCOMPARE(values.size(), keys.size());
        QCOMPARE(values.at(0), QByteArrayView("7")); // the first of two
        QCOMPARE(values.at(1), QByteArrayView("\"v\\\\\""));
        QCOMPARE(values.at(2), QByteArrayView("\"say \\\"[{\\\"\""));
        QCOMPARE(values.at(3), QByteArrayView("[\"]\",{\"x\":\"}\\\\\"},[[]],-1.5e3]"));
        QCOMPARE(values.at(4), QByteArrayView("{}"));
        QCOMPARE(values.at(5), QByteArrayView("null"));
        QVERIFY(values.at(6).isNull());
        QCOMPARE(values.at(7), QByteArrayView("1")); // keys are compared as written
        QVERIFY(values.at(8).isNull());              // only the row's own members
        QCOMPARE(PullPage::members("{}", keys), QList<QByteArrayView>(keys.size()));
    }

    // A row without its id or version is the server's fault: the page is not applied.
    void rowWithoutIdChangesNothing()
    {
        auto cache = openFresh();
        QVERIFY(cache->applyPullPage(page({change(u"cases"_qs, caseRow(1, 10, u"x"_qs))}, 10)));
        const QJsonObject before = contents(*cache);
        const QByteArray json =
            R"({"changes":[{"entity":"cases","row":{"id":2,"version":11,"subject":"y"}},)"
            R"({"entity":"cases","row":{"subject":"no id"}}],"cursor":12,"more":false})";
        QVERIFY(LocalCache::readPullPage(json));
        const auto applied = cache->applyPullPageText(json);
        QVERIFY(!applied);
        QCOMPARE(contents(*cache), before);
    }
};

QTEST_GUILESS_MAIN(TestPullPage)
#include "tst_pullpage.moc"
