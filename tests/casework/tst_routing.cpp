// Routing: the first matching rule by position, Persian-normalized keywords, and owner
// strategies whose cursor the caller keeps.
#include "routing.h"
#include "testenvironment.h"

#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::CaseWork;

namespace {

const ServiceId lighting(5);
const ServiceId roads(6);
const OrgUnitId district3(30);
const OrgUnitId district4(40);
const OrgUnitId lightingTeam(300);
const OrgUnitId roadsTeam(301);
const OrgUnitId callCentre(302);
const OrgUnitId responsibleUnit(399);

RoutingRule rule(qint64 id, int position, OrgUnitId team)
{
    RoutingRule rule;
    rule.id = id;
    rule.position = position;
    rule.team = team;
    return rule;
}

CaseFacts facts(ServiceId service, QString subject = {}, QString description = {})
{
    CaseFacts facts;
    facts.service = service;
    facts.district = district3;
    facts.channel = QStringLiteral("phone");
    facts.priority = QStringLiteral("normal");
    facts.subject = std::move(subject);
    facts.description = std::move(description);
    facts.serviceResponsibleUnit = responsibleUnit;
    return facts;
}

QList<TeamMember> members(std::initializer_list<std::pair<qint64, int>> load)
{
    QList<TeamMember> list;
    for (const auto &[user, open] : load)
        list.append(TeamMember{UserId(user), open, true});
    return list;
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::isolateUserFolders(); }

    void strategyCodes();
    void firstMatchByPosition();
    void everyCriterionMustMatch();
    void keywordsInPersianSpellings_data();
    void keywordsInPersianSpellings();
    void noMatchFallsBackToTheResponsibleUnit();
    void fixedAndNone();
    void roundRobinWrapsAround();
    void roundRobinSurvivesTeamChanges();
    void leastLoadedAndTies();
    void nobodyAvailable();
};

void TestRouting::strategyCodes()
{
    for (OwnerStrategy strategy : {OwnerStrategy::None, OwnerStrategy::Fixed,
                                   OwnerStrategy::RoundRobin, OwnerStrategy::LeastLoaded})
        QCOMPARE(ownerStrategyFromCode(ownerStrategyCode(strategy)), strategy);
    QCOMPARE(ownerStrategyCode(OwnerStrategy::RoundRobin), QStringLiteral("round_robin"));
    QCOMPARE(ownerStrategyCode(OwnerStrategy::LeastLoaded), QStringLiteral("least_loaded"));
    QVERIFY(!ownerStrategyFromCode(u"random"));
}

void TestRouting::firstMatchByPosition()
{
    RoutingRule catchAll = rule(1, 100, callCentre);
    RoutingRule lightingRule = rule(2, 10, lightingTeam);
    lightingRule.service = lighting;
    RoutingRule inactive = rule(3, 1, roadsTeam);
    inactive.active = false;
    RoutingRule samePosition = rule(4, 10, roadsTeam);
    samePosition.service = lighting;
    const Router router({catchAll, lightingRule, inactive, samePosition});
    QCOMPARE(router.rules().size(), 3);

    const RoutingDecision decision = router.route(facts(lighting), {});
    QCOMPARE(decision.ruleId, 2); // position 10, then the lower id
    QCOMPARE(decision.team, lightingTeam);
    QVERIFY(!decision.isFallback());
    QCOMPARE(router.route(facts(roads), {}).ruleId, 1);
}

void TestRouting::everyCriterionMustMatch()
{
    RoutingRule narrow = rule(1, 1, roadsTeam);
    narrow.service = roads;
    narrow.district = district4;
    narrow.channel = QStringLiteral("web");
    narrow.priority = QStringLiteral("urgent");
    const Router router({narrow});
    CaseFacts input = facts(roads);
    QVERIFY(!router.match(input));
    input.district = district4;
    QVERIFY(!router.match(input));
    input.channel = QStringLiteral("web");
    QVERIFY(!router.match(input));
    input.priority = QStringLiteral("urgent");
    QVERIFY(router.match(input));
    input.service = lighting;
    QVERIFY(!router.match(input));
}

void TestRouting::keywordsInPersianSpellings_data()
{
    QTest::addColumn<QString>("keywords");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("matches");

    // Arabic yeh and kaf in the rule, Persian in the case, and the other way round.
    QTest::newRow("arabic kaf in rule")
        << QStringLiteral("كوچه") << QStringLiteral("کوچه تاریک") << QString() << true;
    QTest::newRow("arabic yeh in case")
        << QStringLiteral("تاریکی") << QStringLiteral("تاريكي خیابان") << QString() << true;
    QTest::newRow("zwnj in rule, space in case") << QStringLiteral("چراغ‌ها") << QString()
                                                 << QStringLiteral("چراغ ها خاموش است") << true;
    QTest::newRow("space in rule, zwnj in case")
        << QStringLiteral("تیر برق, چراغ ها") << QStringLiteral("چراغ‌های کوچه")
        << QString() << false; // "چراغ‌های" is another word than "چراغ‌ها"
    QTest::newRow("joined in case")
        << QStringLiteral("چراغ‌ها") << QStringLiteral("چراغها") << QString() << true;
    QTest::newRow("persian comma separates keywords")
        << QStringLiteral("آسفالت، چاله") << QStringLiteral("یک چاله بزرگ") << QString() << true;
    QTest::newRow("semicolon and newline") << QStringLiteral("زباله;\nپسماند") << QString()
                                           << QStringLiteral("پسماند رها شده") << true;
    QTest::newRow("whole words only")
        << QStringLiteral("آب") << QStringLiteral("آبیاری پارک") << QString() << false;
    QTest::newRow("punctuation is a word break")
        << QStringLiteral("آب") << QStringLiteral("قطعی آب، از دیروز") << QString() << true;
    QTest::newRow("phrase") << QStringLiteral("تیر برق") << QStringLiteral("تیر  برق افتاده")
                            << QString() << true;
    QTest::newRow("phrase split across fields")
        << QStringLiteral("تیر برق") << QStringLiteral("تیر") << QStringLiteral("برق") << true;
    QTest::newRow("digits") << QStringLiteral("۱۳۷") << QStringLiteral("سامانه 137") << QString()
                            << true;
    QTest::newRow("latin case") << QStringLiteral("Wifi") << QStringLiteral("WIFI پارک")
                                << QString() << true;
    QTest::newRow("ezafe after a final heh")
        << QStringLiteral("چاله") << QStringLiteral("چاله‌ی بزرگ جلوی مدرسه")
        << QString() << true;
    QTest::newRow("indefinite after a final heh")
        << QStringLiteral("کوچه") << QStringLiteral("کوچه‌ای تاریک") << QString()
        << true;
    QTest::newRow("plural of the keyword")
        << QStringLiteral("چراغ") << QStringLiteral("چراغ‌های کوچه خاموش")
        << QString() << true;
    QTest::newRow("yeh after another letter is another word")
        << QStringLiteral("آب") << QStringLiteral("لوله‌ی آبی") << QString() << false;
    QTest::newRow("no keyword found") << QStringLiteral("برق") << QStringLiteral("زباله")
                                      << QStringLiteral("جمع‌آوری نشده") << false;
}

void TestRouting::keywordsInPersianSpellings()
{
    QFETCH(QString, keywords);
    QFETCH(QString, subject);
    QFETCH(QString, description);
    QFETCH(bool, matches);
    RoutingRule keyed = rule(1, 1, lightingTeam);
    keyed.keywords = keywords;
    const Router router({keyed, rule(2, 2, callCentre)});
    const RoutingDecision decision = router.route(facts(lighting, subject, description), {});
    QCOMPARE(decision.ruleId, matches ? 1 : 2);
}

void TestRouting::noMatchFallsBackToTheResponsibleUnit()
{
    RoutingRule roadsOnly = rule(1, 1, roadsTeam);
    roadsOnly.service = roads;
    const Router router({roadsOnly});
    RoutingDecision decision = router.route(facts(lighting), {});
    QVERIFY(decision.isFallback());
    QCOMPARE(decision.team, responsibleUnit);
    QCOMPARE(decision.owner, UserId());
    QVERIFY(!decision.nextCursor);

    CaseFacts orphan = facts(lighting);
    orphan.serviceResponsibleUnit = OrgUnitId();
    decision = Router().route(orphan, {});
    QVERIFY(decision.isFallback());
    QCOMPARE(decision.team, OrgUnitId());
}

void TestRouting::fixedAndNone()
{
    RoutingRule fixed = rule(1, 1, lightingTeam);
    fixed.ownerStrategy = OwnerStrategy::Fixed;
    fixed.owner = UserId(77);
    fixed.service = lighting;
    const Router router({fixed, rule(2, 2, callCentre)});
    const TeamRoster roster{{callCentre, members({{1, 0}, {2, 0}})}};
    QCOMPARE(router.route(facts(lighting), roster).owner, UserId(77));
    const RoutingDecision queue = router.route(facts(roads), roster);
    QCOMPARE(queue.team, callCentre);
    QCOMPARE(queue.owner, UserId());
    QVERIFY(!queue.nextCursor);
}

void TestRouting::roundRobinWrapsAround()
{
    RoutingRule robin = rule(9, 1, callCentre);
    robin.ownerStrategy = OwnerStrategy::RoundRobin;
    const Router router({robin});
    TeamRoster roster{{callCentre, members({{5, 0}, {3, 0}, {9, 0}})}};
    roster[callCentre][2].available = false; // user 9 is on leave
    RoutingCursors cursors;
    QList<UserId> owners;
    for (int i = 0; i < 5; ++i) {
        const RoutingDecision decision = router.route(facts(lighting), roster, cursors);
        owners.append(decision.owner);
        QCOMPARE(decision.nextCursor, decision.owner);
        Router::advance(cursors, decision);
    }
    QCOMPARE(owners, (QList<UserId>{UserId(3), UserId(5), UserId(3), UserId(5), UserId(3)}));
    QCOMPARE(cursors.value(9), UserId(3));
    // The router keeps nothing: the same cursor gives the same answer.
    QCOMPARE(router.route(facts(lighting), roster, cursors).owner, UserId(5));
    QCOMPARE(router.route(facts(lighting), roster, cursors).owner, UserId(5));
}

void TestRouting::roundRobinSurvivesTeamChanges()
{
    // The cursor is a user, not a position: a member leaving does not make anyone skipped.
    const QList<TeamMember> before = members({{3, 0}, {5, 0}, {7, 0}});
    QCOMPARE(pickOwner(OwnerStrategy::RoundRobin, before, UserId(5)), UserId(7));
    const QList<TeamMember> after = members({{3, 0}, {7, 0}, {8, 0}});
    QCOMPARE(pickOwner(OwnerStrategy::RoundRobin, after, UserId(5)), UserId(7));
    QCOMPARE(pickOwner(OwnerStrategy::RoundRobin, after, UserId(8)), UserId(3));
    QCOMPARE(pickOwner(OwnerStrategy::RoundRobin, after, UserId()), UserId(3));
}

void TestRouting::leastLoadedAndTies()
{
    RoutingRule least = rule(4, 1, roadsTeam);
    least.ownerStrategy = OwnerStrategy::LeastLoaded;
    const Router router({least});
    TeamRoster roster{{roadsTeam, members({{10, 4}, {11, 2}, {12, 7}})}};
    RoutingCursors cursors;
    RoutingDecision decision = router.route(facts(roads), roster, cursors);
    QCOMPARE(decision.owner, UserId(11));
    Router::advance(cursors, decision);

    // Three tied at 2 open cases: ties rotate from the cursor instead of always the first.
    roster[roadsTeam] = members({{10, 2}, {11, 2}, {12, 2}, {13, 5}});
    QList<UserId> owners;
    for (int i = 0; i < 4; ++i) {
        decision = router.route(facts(roads), roster, cursors);
        owners.append(decision.owner);
        Router::advance(cursors, decision);
    }
    QCOMPARE(owners, (QList<UserId>{UserId(12), UserId(10), UserId(11), UserId(12)}));

    // With counts kept up to date by the caller, load evens out.
    roster[roadsTeam] = members({{10, 0}, {11, 3}, {12, 1}});
    cursors.clear();
    QHash<UserId, int> given;
    for (int i = 0; i < 5; ++i) {
        decision = router.route(facts(roads), roster, cursors);
        Router::advance(cursors, decision);
        ++given[decision.owner];
        for (TeamMember &member : roster[roadsTeam]) {
            if (member.user == decision.owner)
                ++member.openCases;
        }
    }
    for (const TeamMember &member : roster.value(roadsTeam))
        QCOMPARE(member.openCases, 3);
    QCOMPARE(given.value(UserId(10)), 3);
    QCOMPARE(given.value(UserId(11)), 0);
    QCOMPARE(given.value(UserId(12)), 2);
}

void TestRouting::nobodyAvailable()
{
    RoutingRule robin = rule(1, 1, roadsTeam);
    robin.ownerStrategy = OwnerStrategy::RoundRobin;
    const Router router({robin});
    TeamRoster roster{{roadsTeam, members({{10, 0}})}};
    roster[roadsTeam][0].available = false;
    const RoutingDecision decision = router.route(facts(roads), roster);
    QCOMPARE(decision.team, roadsTeam); // the team's queue
    QCOMPARE(decision.owner, UserId());
    QVERIFY(!decision.nextCursor);
    QCOMPARE(router.route(facts(roads), {}).owner, UserId()); // a team nobody is in
    QVERIFY(!pickOwner(OwnerStrategy::LeastLoaded, {}, UserId()));
    QVERIFY(!pickOwner(OwnerStrategy::Fixed, members({{1, 0}}), UserId()));
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
