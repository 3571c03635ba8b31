// `shahrvand-server import-routing-rules` and `import-holidays`, end to end: the real
// executable, started as a process on the suite's database (a SQLite file, or PostgreSQL
// under pg_virtualenv). A good file replaces what it should through RowWriter (versions,
// audit); a bad one is reported by line and position and changes nothing.
#include "auditverifier.h"
#include "entitydef.h"
#include "entitystore.h"
#include "manualclock.h"
#include "testworld.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Shahrvand;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The --db URL of the world's database, as an operator would write it.
QString urlOf(const Storage::DatabaseUrl &url)
{
    if (url.backend == Storage::Backend::SQLite)
        return QStringLiteral("sqlite:") + url.path;
    const auto enc = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    QString text = QStringLiteral("postgres://") + enc(url.user);
    if (!url.password.isEmpty())
        text += u':' + enc(url.password);
    const bool socket = url.host.startsWith(u'/');
    text += u'@' + (socket ? QString() : url.host);
    if (!socket && url.port > 0)
        text += u':' + QString::number(url.port);
    text += u'/' + enc(url.databaseName);
    if (socket)
        text += QStringLiteral("?host=") + url.host;
    return text;
}

Run server(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SHAHRVAND_SERVER_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestImports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helpNamesTheCommands();
    void routingRulesReplaceTheActiveOnes();
    void badRulesAreReportedAndNothingIsWritten();
    void invalidJsonIsReportedByLine();
    void holidaysOfTheFileYears();
    void theShippedHolidayFileImports();
    void badHolidayFileChangesNothing();

private:
    QString write(const QByteArray &contents);
    Run import(const char *command, const QStringList &arguments);
    int count(const QString &sql);
    // What an import must leave alone when it refuses: the change sequence and the audit.
    qint64 sequence();

    std::unique_ptr<Testing::TestWorld> w;
    std::unique_ptr<QTemporaryDir> dir;
    qint64 district = 0, oldRule = 0, inactiveRule = 0, calendar = 0;
};

void TestImports::init()
{
    w = std::make_unique<Testing::TestWorld>();
    QVERIFY(w->isValid());
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
    district = w->insert("org_units", {{QStringLiteral("kind"), QStringLiteral("district")},
                                       {QStringLiteral("code"), QStringLiteral("district-3")},
                                       {QStringLiteral("name_fa"), QStringLiteral("منطقه ۳")},
                                       {QStringLiteral("name_en"), QStringLiteral("District 3")},
                                       {QStringLiteral("parent_id"), w->org}});
    oldRule = w->insert("routing_rules", {{QStringLiteral("position"), 1},
                                          {QStringLiteral("service_id"), w->service},
                                          {QStringLiteral("team_id"), w->teamA}});
    inactiveRule = w->insert("routing_rules", {{QStringLiteral("position"), 5},
                                               {QStringLiteral("team_id"), w->teamB},
                                               {QStringLiteral("active"), 0}});
    calendar = w->insert(
        "business_calendars",
        {{QStringLiteral("name_fa"), QStringLiteral("تقویم اداری")},
         {QStringLiteral("name_en"), QStringLiteral("Office week")},
         {QStringLiteral("working_hours"), QStringLiteral(R"({"sat":[["08:00","16:00"]]})")}});
    QVERIFY(district && oldRule && inactiveRule && calendar);
}

void TestImports::cleanup()
{
    w.reset();
    dir.reset();
}

QString TestImports::write(const QByteArray &contents)
{
    static int files = 0;
    const QString path = dir->filePath(QStringLiteral("import-%1").arg(++files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

Run TestImports::import(const char *command, const QStringList &arguments)
{
    return server(
        QStringList{QString::fromLatin1(command), QStringLiteral("--database"), urlOf(w->url())} +
        arguments);
}

int TestImports::count(const QString &sql)
{
    QSqlQuery query(w->database()->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 TestImports::sequence()
{
    QSqlQuery query(w->database()->connection());
    if (!query.exec(QStringLiteral("SELECT value FROM change_sequence")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestImports::helpNamesTheCommands()
{
    const Run help = server({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"import-routing-rules"_qs), qPrintable(help.out));
    QVERIFY(help.out.contains(u"import-holidays"_qs));
    const Run own = server({QStringLiteral("import-holidays"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains(u"--calendar"_qs));

    const Run noCalendar = import("import-holidays", {write("1405/01/01 x\n")});
    QCOMPARE(noCalendar.exitCode, 2);
    QVERIFY2(noCalendar.err.contains(u"--calendar"_qs), qPrintable(noCalendar.err));
    const Run noFile = import("import-routing-rules", {});
    QCOMPARE(noFile.exitCode, 2);
}

void TestImports::routingRulesReplaceTheActiveOnes()
{
    const QString file = write(R"([
  {"position": 10, "service_code": "lighting", "district_code": "district-3",
   "channel": "phone", "keywords": "تیر برق، چراغ", "case_priority": "high",
   "team_code": "team-b", "owner_strategy": "fixed", "owner_username": "agent-b"},
  {"position": 20, "service_code": "lighting", "team_code": "team-a",
   "owner_strategy": "round_robin", "keywords": null}
])");
    const qint64 before = sequence();
    const Run run = import("import-routing-rules", {file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"2 written, 1 replaced"_qs), qPrintable(run.out));

    QSqlQuery query(w->database()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, deleted, active, version FROM routing_rules "
                                      "ORDER BY id")));
    QMap<qint64, std::tuple<int, int, qint64>> rules;
    while (query.next())
        rules.insert(query.value(0).toLongLong(),
                     {query.value(1).toInt(), query.value(2).toInt(), query.value(3).toLongLong()});
    QCOMPARE(rules.size(), 4);
    QCOMPARE(std::get<0>(rules.value(oldRule)), 1); // a tombstone, for sync
    QVERIFY(std::get<2>(rules.value(oldRule)) > before);
    QCOMPARE(std::get<0>(rules.value(inactiveRule)), 0); // inactive rules stay
    QVERIFY(std::get<2>(rules.value(inactiveRule)) <= before);

    QVERIFY(query.exec(QStringLiteral(
        "SELECT position, service_id, district_id, channel, keywords, case_priority, team_id, "
        "owner_strategy, owner_id, active, version FROM routing_rules WHERE deleted = 0 AND "
        "active <> 0 ORDER BY position")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 10);
    QCOMPARE(query.value(1).toLongLong(), w->service);
    QCOMPARE(query.value(2).toLongLong(), district);
    QCOMPARE(query.value(3).toString(), u"phone"_qs);
    QCOMPARE(query.value(4).toString(), u"تیر برق، چراغ"_qs);
    QCOMPARE(query.value(5).toString(), u"high"_qs);
    QCOMPARE(query.value(6).toLongLong(), w->teamB);
    QCOMPARE(query.value(7).toString(), u"fixed"_qs);
    QCOMPARE(query.value(8).toLongLong(), w->agentBId);
    QVERIFY(query.value(10).toLongLong() > before);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 20);
    QVERIFY(query.value(2).isNull());
    QCOMPARE(query.value(4).toString(), QString()); // no keywords: the column's default
    QCOMPARE(query.value(6).toLongLong(), w->teamA);
    QCOMPARE(query.value(7).toString(), u"round_robin"_qs);
    QVERIFY(!query.next());
    query.finish();

    // Audited like every write, the chain intact; and a new case follows the new rules.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                  "'routing_rules' AND client = "
                                  "'shahrvand-server import-routing-rules'")),
             3);
    const auto report = Records::AuditVerifier(w->database()->connection()).verify();
    QVERIFY(report.hasValue());
    QVERIFY(report->isIntact());
    Testing::ManualClock clock(QDateTime(QDate(2026, 4, 25), QTime(6, 0), Qt::UTC));
    EntityStore::Store store(w->database(), clock);
    const auto created =
        store.create(w->agentA, *Entities::findEntity(u"cases"),
                     {{QStringLiteral("service_id"), w->service},
                      {QStringLiteral("channel"), QStringLiteral("phone")},
                      {QStringLiteral("district_id"), district},
                      {QStringLiteral("priority"), QStringLiteral("high")},
                      {QStringLiteral("subject"), QStringLiteral("تیر برق افتاده")}},
                     QStringLiteral("test"));
    QVERIFY(created.hasValue());
    QCOMPARE(created->value(u"team_id").toInteger(), w->teamB);
    QCOMPARE(created->value(u"owner_id").toInteger(), w->agentBId);
}

void TestImports::badRulesAreReportedAndNothingIsWritten()
{
    const QString file = write(R"([
  {"position": 10, "service_code": "lighting", "team_code": "team-a"},
  {"position": 20, "team_code": "no-such-team"},
  {"position": 30,
   "team_code": "team-a", "channel": "pigeon"},
  {"position": 40, "team_id": 3},
  {"position": 50, "team_code": "district-3", "owner_strategy": "fixed"},
  "not a rule"
])");
    const qint64 before = sequence();
    const int audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const Run run = import("import-routing-rules", {file});
    QCOMPARE(run.exitCode, 1);
    const QString &err = run.err;
    QVERIFY2(err.contains(u"line 3, rule 2: there is no organisation unit with the code "
                          "\"no-such-team\""_qs),
             qPrintable(err));
    QVERIFY2(err.contains(u"line 4, rule 3: \"channel\" must be one of"_qs), qPrintable(err));
    QVERIFY2(err.contains(u"line 6, rule 4: \"team_id\": name rows by their codes"_qs),
             qPrintable(err));
    QVERIFY2(err.contains(u"line 6, rule 4: \"team_code\" is required"_qs), qPrintable(err));
    QVERIFY2(err.contains(u"line 7, rule 5: the unit \"district-3\" is not a team"_qs),
             qPrintable(err));
    QVERIFY2(err.contains(u"line 7, rule 5: the \"fixed\" strategy needs the owner"_qs),
             qPrintable(err));
    QVERIFY2(err.contains(u"line 8, rule 6: a rule must be a JSON object"_qs), qPrintable(err));
    QVERIFY2(err.contains(u"nothing was imported"_qs), qPrintable(err));
    QVERIFY(!err.contains(u"rule 1:"_qs));

    QCOMPARE(sequence(), before);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM routing_rules WHERE deleted = 0")), 2);

    // An empty file would leave cases unrouted: refused too.
    const Run empty = import("import-routing-rules", {write("[]")});
    QCOMPARE(empty.exitCode, 1);
    QCOMPARE(sequence(), before);
}

void TestImports::invalidJsonIsReportedByLine()
{
    const Run run =
        import("import-routing-rules", {write("[\n  {\"position\": 1, \"team_code\": \"team-a\"},\n"
                                              "  {\"position\": 2 \"team_code\": \"team-b\"}\n]")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"line 3:"_qs), qPrintable(run.err));
    QVERIFY(run.err.contains(u"not valid JSON"_qs));
    const Run object = import("import-routing-rules", {write(R"({"position": 1})")});
    QCOMPARE(object.exitCode, 1);
    QVERIFY(object.err.contains(u"JSON array"_qs));
}

void TestImports::holidaysOfTheFileYears()
{
    const auto holiday = [this](const char *date, const char *description) {
        return w->insert("calendar_holidays",
                         {{QStringLiteral("calendar_id"), calendar},
                          {QStringLiteral("holiday_date"), QString::fromLatin1(date)},
                          {QStringLiteral("description"), QString::fromUtf8(description)}});
    };
    const qint64 nowruz = holiday("2026-03-21", "نوروز");            // 1405/01/01: stays
    const qint64 renamed = holiday("2026-04-02", "روز طبیعت");       // 1405/01/13: renamed
    const qint64 dropped = holiday("2026-05-01", "تعطیل اشتباه");    // 1405/02/11: removed
    const qint64 lastYear = holiday("2025-04-02", "روز طبیعت ۱۴۰۴"); // 1404: not touched
    const qint64 before = sequence();

    const QString file = write("# Holidays of 1405\n"
                               "\n"
                               "1405/01/01 نوروز\n"
                               "۱۴۰۵/۰۱/۱۳ روز طبیعت (سیزده‌بدر)\n"
                               "1405/03/14 رحلت امام خمینی\n"
                               "1405/03/14 عید غدیر (تاریخ قمری، تقریبی)\n"
                               "1405/03/15 قیام ۱۵ خرداد\n");
    const Run run =
        import("import-holidays", {QStringLiteral("--calendar"), QString::number(calendar), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"1405"_qs) && run.out.contains(u"2 added, 1 changed, 1 removed, "
                                                              "1 unchanged"_qs),
             qPrintable(run.out));

    QSqlQuery query(w->database()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, holiday_date, description, deleted, version "
                                      "FROM calendar_holidays ORDER BY holiday_date, id")));
    QMap<QString, QVariantList> live;
    QMap<qint64, QVariantList> byId;
    while (query.next()) {
        const QVariantList values{query.value(2), query.value(3), query.value(4)};
        byId.insert(query.value(0).toLongLong(), values);
        if (query.value(3).toInt() == 0)
            live.insert(query.value(1).toString(), values);
    }
    QCOMPARE(live.keys(), (QStringList{u"2025-04-02"_qs, u"2026-03-21"_qs, u"2026-04-02"_qs,
                                       u"2026-06-04"_qs, u"2026-06-05"_qs}));
    QCOMPARE(live.value(u"2026-04-02"_qs).at(0).toString(),
             u"روز طبیعت (سیزده‌بدر)"_qs);
    // Two holidays on one day: one row that names both.
    QCOMPARE(live.value(u"2026-06-04"_qs).at(0).toString(),
             u"رحلت امام خمینی / عید غدیر (تاریخ قمری، تقریبی)"_qs);
    QVERIFY(byId.value(nowruz).at(2).toLongLong() <= before);   // unchanged: no new version
    QVERIFY(byId.value(renamed).at(2).toLongLong() > before);   // changed: a new version
    QCOMPARE(byId.value(dropped).at(1).toInt(), 1);             // a tombstone, for sync
    QVERIFY(byId.value(lastYear).at(2).toLongLong() <= before); // another year: untouched
    const auto report = Records::AuditVerifier(w->database()->connection()).verify();
    QVERIFY(report.hasValue());
    QVERIFY(report->isIntact());

    // Importing the same file again changes nothing.
    const qint64 after = sequence();
    const Run again = import("import-holidays",
                             {QStringLiteral("--calendar"), QStringLiteral("Office week"), file});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"0 added, 0 changed, 0 removed, 4 unchanged"_qs),
             qPrintable(again.out));
    QCOMPARE(sequence(), after);
}

void TestImports::theShippedHolidayFileImports()
{
    QFile shipped(QStringLiteral(SHAHRVAND_RESOURCES_DIR "/holidays/1405.txt"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const Run run = import("import-holidays", {QStringLiteral("--calendar"),
                                               QStringLiteral("تقویم اداری"), shipped.fileName()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Every dated line of the file, one row per day, all in 1405 (2026-03-21 .. 2027-03-20).
    QSet<QString> dates;
    for (const QByteArray &line : shipped.readAll().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            dates.insert(QString::fromUtf8(trimmed.split(' ').first()));
    }
    QVERIFY(dates.size() > 20);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calendar_holidays WHERE deleted = 0 AND "
                                  "holiday_date >= '2026-03-21' AND holiday_date <= "
                                  "'2027-03-20'")),
             dates.size());
}

void TestImports::badHolidayFileChangesNothing()
{
    w->insert("calendar_holidays", {{QStringLiteral("calendar_id"), calendar},
                                    {QStringLiteral("holiday_date"), QStringLiteral("2026-03-21")},
                                    {QStringLiteral("description"), QStringLiteral("x")}});
    const qint64 before = sequence();
    const Run badDate =
        import("import-holidays", {QStringLiteral("--calendar"), QString::number(calendar),
                                   write("1405/01/02 نوروز\n\n1405/13/01 ماه سیزدهم\n")});
    QCOMPARE(badDate.exitCode, 1);
    QVERIFY2(badDate.err.contains(u"line 3, “1405/13/01 ماه سیزدهم”"_qs), qPrintable(badDate.err));

    const QByteArray longDescription(301, 'a');
    const Run tooLong =
        import("import-holidays", {QStringLiteral("--calendar"), QString::number(calendar),
                                   write("1405/01/02 " + longDescription + "\n")});
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains(u"1405/01/02: \"description\" is longer than 300"_qs),
             qPrintable(tooLong.err));

    const Run noCalendar =
        import("import-holidays", {QStringLiteral("--calendar"), QStringLiteral("Lunar week"),
                                   write("1405/01/02 نوروز\n")});
    QCOMPARE(noCalendar.exitCode, 1);
    QVERIFY2(noCalendar.err.contains(u"no business calendar \"Lunar week\""_qs),
             qPrintable(noCalendar.err));

    const Run nothing =
        import("import-holidays",
               {QStringLiteral("--calendar"), QString::number(calendar), write("# nothing yet\n")});
    QCOMPARE(nothing.exitCode, 1);
    QCOMPARE(sequence(), before);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calendar_holidays WHERE deleted = 0")), 1);
}

QTEST_GUILESS_MAIN(TestImports)
#include "tst_imports.moc"
