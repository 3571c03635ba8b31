// What a burst of new cases costs the case work rules: routing each case and computing its
// two SLA deadlines, as the server does on every new case and the workstation offline.
//
//   bench_casework           100,000 cases, best of 5 runs
//   bench_casework --quick   1,000 cases, one run, for CTest to check the benchmark works
//
// Prints the figures; exits with 1 if a result is impossible (a case without a team, a due
// time before its creation), so the quick run is a real smoke test. No timing is asserted.

#include "businesscalendar.h"
#include "routing.h"
#include "slaclock.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>

using namespace Shahrvand;
using namespace Shahrvand::CaseWork;

namespace {

constexpr int serviceCount = 40;
constexpr int districtCount = 22;
constexpr int teamCount = 30;

const QStringList channels{QStringLiteral("phone"), QStringLiteral("web"),
                           QStringLiteral("mobile_app"), QStringLiteral("walk_in"),
                           QStringLiteral("sms")};
const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"),
                             QStringLiteral("high"), QStringLiteral("urgent")};

// Words of real complaints, in the spellings they arrive in (Arabic yeh and kaf, ZWNJ or
// a space, digits of three kinds).
const QStringList words{QStringLiteral("چراغ‌های"),
                        QStringLiteral("چراغ ها"),
                        QStringLiteral("كوچه"),
                        QStringLiteral("خیابان"),
                        QStringLiteral("آسفالت"),
                        QStringLiteral("چاله"),
                        QStringLiteral("زباله"),
                        QStringLiteral("پسماند"),
                        QStringLiteral("جمع‌آوری"),
                        QStringLiteral("نشده"),
                        QStringLiteral("درخت"),
                        QStringLiteral("افتاده"),
                        QStringLiteral("آب"),
                        QStringLiteral("قطعی"),
                        QStringLiteral("فاضلاب"),
                        QStringLiteral("بوی"),
                        QStringLiteral("بد"),
                        QStringLiteral("پارک"),
                        QStringLiteral("سگ"),
                        QStringLiteral("ولگرد"),
                        QStringLiteral("سد"),
                        QStringLiteral("معبر"),
                        QStringLiteral("ساخت‌وساز"),
                        QStringLiteral("غیرمجاز"),
                        QStringLiteral("ترافیک"),
                        QStringLiteral("تاريكي"),
                        QStringLiteral("۱۳۷"),
                        QStringLiteral("شب"),
                        QStringLiteral("از"),
                        QStringLiteral("دیروز"),
                        QStringLiteral("لطفاً"),
                        QStringLiteral("رسیدگی"),
                        QStringLiteral("کنید"),
                        QStringLiteral("منطقه"),
                        QStringLiteral("٢"),
                        QStringLiteral("صدای"),
                        QStringLiteral("بلند"),
                        QStringLiteral("شبانه"),
                        QStringLiteral("جوی"),
                        QStringLiteral("گرفتگی")};

const QStringList ruleKeywords{QStringLiteral("چراغ‌ها، تاریکی, تیر برق"),
                               QStringLiteral("آسفالت، چاله"),
                               QStringLiteral("زباله; پسماند"),
                               QStringLiteral("درخت"),
                               QStringLiteral("فاضلاب, بوی بد, جوی"),
                               QStringLiteral("سگ ولگرد"),
                               QStringLiteral("ساخت و ساز"),
                               QStringLiteral("صدای بلند")};

QString sentence(QRandomGenerator &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += u' ';
        text += words.at(random.bounded(int(words.size())));
    }
    return text;
}

struct World
{
    Router router;
    TeamRoster roster;
    QList<SlaPolicy> policies;
    BusinessCalendar calendar;
    QList<CaseFacts> cases;
    QList<QDateTime> createdAt;
};

World makeWorld(int caseCount)
{
    QRandomGenerator random(1405);
    World world;
    QList<RoutingRule> rules;
    // Keyword rules per service group, district rules, channel rules, a catch-all per
    // priority: about a hundred rules, most cases decided after tens of them.
    int position = 0;
    for (int i = 0; i < 80; ++i) {
        RoutingRule rule;
        rule.id = i + 1;
        rule.position = position += 10;
        rule.team = OrgUnitId(1000 + random.bounded(teamCount));
        rule.service = ServiceId(1 + random.bounded(serviceCount));
        if (i % 2 == 0)
            rule.keywords = ruleKeywords.at(i % ruleKeywords.size());
        if (i % 3 == 0)
            rule.district = OrgUnitId(100 + random.bounded(districtCount));
        if (i % 7 == 0)
            rule.channel = channels.at(random.bounded(int(channels.size())));
        rule.ownerStrategy = OwnerStrategy(i % 4);
        rule.owner = UserId(5000 + i);
        rules.append(rule);
    }
    for (int i = 0; i < 20; ++i) {
        RoutingRule rule;
        rule.id = 100 + i;
        rule.position = position += 10;
        rule.team = OrgUnitId(1000 + random.bounded(teamCount));
        // No catch-all for "low": those cases no keyword rule takes fall back.
        rule.priority = priorities.at(1 + i % 3);
        rule.ownerStrategy = i % 2 ? OwnerStrategy::RoundRobin : OwnerStrategy::LeastLoaded;
        rules.append(rule);
    }
    world.router = Router(rules);
    for (int team = 0; team < teamCount; ++team) {
        QList<TeamMember> members;
        for (int m = 0, n = 4 + random.bounded(8); m < n; ++m)
            members.append(TeamMember{UserId(10000 + team * 100 + m), random.bounded(20),
                                      random.bounded(10) != 0});
        world.roster.insert(OrgUnitId(1000 + team), members);
    }

    // A default, per priority, per service and per service and priority.
    qint64 id = 0;
    const auto policy = [&](ServiceId service, QString priority, qint64 first, qint64 resolution) {
        SlaPolicy sla;
        sla.id = ++id;
        sla.service = service;
        sla.priority = std::move(priority);
        sla.firstResponseMinutes = first;
        sla.resolutionMinutes = resolution;
        sla.warningPercent = 80;
        world.policies.append(sla);
    };
    policy({}, {}, 480, 4800);
    policy({}, QStringLiteral("urgent"), 60, 480);
    for (int s = 1; s <= serviceCount; ++s) {
        policy(ServiceId(s), {}, 240 + 30 * (s % 5), 1440 * (1 + s % 10));
        if (s % 4 == 0)
            policy(ServiceId(s), QStringLiteral("high"), 120, 960);
    }

    world.calendar = BusinessCalendar::iranianOfficeHours();
    // 1405's solar holidays and the estimated lunar ones (resources/holidays/1405.txt).
    world.calendar.setHolidays({QDate(2026, 3, 21), QDate(2026, 3, 22), QDate(2026, 3, 23),
                                QDate(2026, 3, 24), QDate(2026, 4, 1), QDate(2026, 4, 2),
                                QDate(2026, 4, 13), QDate(2026, 5, 27), QDate(2026, 6, 4),
                                QDate(2026, 6, 5), QDate(2026, 6, 24), QDate(2026, 6, 25),
                                QDate(2026, 8, 4), QDate(2026, 8, 12), QDate(2026, 8, 13),
                                QDate(2026, 8, 21), QDate(2026, 8, 30)});

    // Cases opened around the clock over the first four months of 1405, Nowruz included.
    const QDateTime start(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < caseCount; ++i) {
        CaseFacts facts;
        facts.service = ServiceId(1 + random.bounded(serviceCount));
        facts.district = OrgUnitId(100 + random.bounded(districtCount));
        facts.channel = channels.at(random.bounded(int(channels.size())));
        facts.priority = priorities.at(random.bounded(int(priorities.size())));
        facts.subject = sentence(random, 3 + random.bounded(5));
        facts.description = sentence(random, 10 + random.bounded(30));
        facts.serviceResponsibleUnit = OrgUnitId(1000 + int(facts.service.value()) % teamCount);
        world.cases.append(facts);
        world.createdAt.append(start.addSecs(random.bounded(120 * 86400)));
    }
    return world;
}

double secondsOf(const std::function<void()> &work)
{
    const auto begin = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

double best(int runs, const std::function<void()> &work)
{
    double fastest = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i)
        fastest = std::min(fastest, secondsOf(work));
    return fastest;
}

} // namespace

int main(int argc, char **argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int caseCount = quick ? 1000 : 100000;
    const int runs = quick ? 1 : 5;

    const World world = makeWorld(caseCount);
    bool sane = true;

    // 1. Routing: a decision per case, the cursors and loads carried from one to the next.
    qint64 withOwner = 0;
    qint64 fallbacks = 0;
    const double routing = best(runs, [&] {
        RoutingCursors cursors;
        TeamRoster roster = world.roster;
        withOwner = 0;
        fallbacks = 0;
        for (const CaseFacts &facts : world.cases) {
            const RoutingDecision decision = world.router.route(facts, roster, cursors);
            Router::advance(cursors, decision);
            if (!decision.team.isValid())
                sane = false;
            if (decision.owner.isValid()) {
                ++withOwner;
                for (TeamMember &member : roster[decision.team]) {
                    if (member.user == decision.owner)
                        ++member.openCases;
                }
            }
            fallbacks += decision.isFallback();
        }
    });

    // 2. Due-date computations alone: business minutes added to the creation time.
    const double dueDates = best(runs, [&] {
        for (qsizetype i = 0; i < world.cases.size(); ++i) {
            const QDateTime due =
                world.calendar.addBusinessMinutes(world.createdAt.at(i), 240 + i % 4800);
            if (!due.isValid() || due < world.createdAt.at(i))
                sane = false;
        }
    });

    // 3. What a new case needs: its policy and both clocks' due and warning times.
    qint64 breachedAtCreation = 0;
    const double sla = best(runs, [&] {
        breachedAtCreation = 0;
        for (qsizetype i = 0; i < world.cases.size(); ++i) {
            const CaseFacts &facts = world.cases.at(i);
            const SlaPolicy *policy =
                selectSlaPolicy(world.policies, facts.service, facts.priority);
            SlaCaseTimes times;
            times.createdAt = world.createdAt.at(i);
            const SlaEvaluation evaluation =
                evaluateSla(*policy, world.calendar, times, times.createdAt);
            if (!evaluation.resolution.dueAt.isValid() ||
                evaluation.resolution.dueAt < times.createdAt ||
                evaluation.firstResponse.dueAt > evaluation.resolution.dueAt)
                sane = false;
            breachedAtCreation += evaluation.firstResponse.state == SlaState::Breached;
        }
    });

    // 4. A supervisor's dashboard a month on: every case re-evaluated, some with a pause.
    const double dashboard = best(runs, [&] {
        for (qsizetype i = 0; i < world.cases.size(); ++i) {
            const CaseFacts &facts = world.cases.at(i);
            const SlaPolicy *policy =
                selectSlaPolicy(world.policies, facts.service, facts.priority);
            SlaCaseTimes times;
            times.createdAt = world.createdAt.at(i);
            if (i % 3 == 0)
                times.pauses.append(PauseInterval{times.createdAt.addSecs(3600),
                                                  times.createdAt.addSecs(3 * 86400)});
            const SlaEvaluation evaluation =
                evaluateSla(*policy, world.calendar, times, times.createdAt.addDays(30));
            if (evaluation.resolution.state == SlaState::Met)
                sane = false;
        }
    });

    std::printf("bench_casework: %d cases, best of %d run%s\n", caseCount, runs,
                runs == 1 ? "" : "s");
    std::printf("  rules %lld, teams %d, SLA policies %lld\n",
                qlonglong(world.router.rules().size()), teamCount,
                qlonglong(world.policies.size()));
    std::printf("  routing                 %8.3f s  %9.0f cases/s  (%lld with an owner, %lld "
                "fallback)\n",
                routing, caseCount / routing, withOwner, fallbacks);
    std::printf("  due dates (add minutes) %8.3f s  %9.0f /s\n", dueDates, caseCount / dueDates);
    std::printf("  SLA at creation         %8.3f s  %9.0f cases/s  (policy + 2 clocks)\n", sla,
                caseCount / sla);
    std::printf("  routing + SLA           %8.3f s  for %d new cases (target < 2 s for 100,000)\n",
                routing + sla, caseCount);
    std::printf("  SLA dashboard, +30 days %8.3f s  %9.0f cases/s  (a third with a pause)\n",
                dashboard, caseCount / dashboard);
    if (!sane) {
        std::printf("bench_casework: FAILED: impossible results\n");
        return 1;
    }
    (void)breachedAtCreation;
    return 0;
}
