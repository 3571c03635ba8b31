// The demo city's cases over the last six months: every channel, priority and status, with
// a status history that leads to each case's status, teams and owners that fit the unit
// tree, notes, calls and messages, satisfaction surveys and the articles that helped.
#include "casedata.h"
#include "democity.h"
#include "dwelltime.h"
#include "persiannames.h"
#include "routing.h"
#include "slaclock.h"
#include "textnormalizer.h"
#include "trackingcode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Seed::Demo {

namespace {

struct Weighted
{
    const char *value;
    int weight;
};

constexpr Weighted channelWeights[] = {{"phone", 50},      {"walk_in", 8}, {"web", 12},
                                       {"mobile_app", 12}, {"sms", 6},     {"telegram", 6},
                                       {"email", 3},       {"fax", 1},     {"letter", 2}};
constexpr Weighted outcomeWeights[] = {
    {"new", 7},       {"assigned", 8},  {"in_progress", 14}, {"waiting_citizen", 6},
    {"escalated", 8}, {"resolved", 15}, {"closed", 42}};
constexpr Weighted scoreWeights[] = {{"1", 5}, {"2", 7}, {"3", 15}, {"4", 33}, {"5", 40}};
constexpr const char *priorities[] = {"low", "normal", "high", "urgent"};
constexpr const char *details[] = {
    "لطفاً هر چه زودتر پیگیری کنید.", "این مشکل از هفتهٔ گذشته ادامه دارد.",
    "پیش‌تر هم تماس گرفته‌ام.", "برای عبور کودکان و سالمندان خطرناک است.",
    "همسایه‌ها هم همین را گزارش کرده‌اند."};
constexpr const char *notes[] = {
    "با شهروند تماس گرفته شد و نشانی دقیق تأیید شد.", "عکس محل از شهروند دریافت شد.",
    "هماهنگی با پیمانکار منطقه انجام شد.",
    "بازدید میدانی برای فردا برنامه‌ریزی شد.",
    "موضوع با کارشناس معاونت بررسی شد."};
constexpr const char *resolutions[] = {
    "مشکل برطرف شد و به شهروند اطلاع داده شد.", "اکیپ عملیاتی اعزام و کار انجام شد.",
    "پاسخ لازم به شهروند داده شد.", "موضوع در برنامهٔ کاری پیمانکار قرار گرفت و انجام شد."};

const char *weighted(QRandomGenerator &rng, std::span<const Weighted> options)
{
    int total = 0;
    for (const Weighted &option : options)
        total += option.weight;
    int roll = int(rng.bounded(total));
    for (const Weighted &option : options) {
        if ((roll -= option.weight) < 0)
            return option.value;
    }
    return options.back().value;
}

// One step of a case's life: the status it entered and who had it from then on.
struct Step
{
    QString status;
    qint64 atMs = 0;
    qint64 team = 0;
    qint64 owner = 0;
    int tier = 1;
    QString reason;
};

struct Staffing
{
    QList<qint64> agents;
    qint64 callCentre = 0, engineering = 0, engineer = 0, supervisor = 0;
};

// Where the server's routing puts a new case (CaseWork::Router over the seeded rules), and
// who in that team could take it later.
struct Routed
{
    qint64 team = 0;
    qint64 owner = 0;
    QList<qint64> members;
};

// The path from creation to `outcome`, with times, along the workflow's transitions (so the
// history reads as the server would have written it); steps after `nowMs` are cut off, so
// old cases have run their course and recent ones are still open.
QList<Step> lifeOf(QRandomGenerator &rng, const QString &outcome, qint64 createdMs, qint64 nowMs,
                   const Staffing &staff, const Routed &routed, qint64 specialistTeam,
                   qint64 specialist)
{
    QList<Step> steps{{routed.owner ? QStringLiteral("assigned") : QStringLiteral("new"),
                       createdMs,
                       routed.team,
                       routed.owner,
                       1,
                       {}}};
    const auto next = [&](const char *status, qint64 minMinutes, qint64 maxMinutes) {
        Step step = steps.last();
        step.status = QLatin1String(status);
        step.atMs += between(rng, minMinutes, maxMinutes) * minuteMs;
        step.reason.clear();
        steps.append(step);
        return &steps.last();
    };
    if (outcome == QLatin1String("new"))
        return steps;
    if (!routed.owner) {
        // Someone of the team takes it from the queue.
        Step *assigned = next("assigned", 5, 180);
        if (!routed.members.isEmpty()) {
            assigned->owner = pick(rng, routed.members);
        } else {
            assigned->team = staff.callCentre, assigned->owner = pick(rng, staff.agents);
        }
    }
    if (outcome != QLatin1String("assigned")) {
        next("in_progress", 30, 2 * 24 * 60);
        if (outcome == QLatin1String("waiting_citizen")) {
            next("waiting_citizen", 60, 3 * 24 * 60)->reason =
                text("در انتظار ارسال مدارک و عکس از سوی شهروند");
        } else if (outcome == QLatin1String("escalated") || chance(rng, 30)) {
            Step *escalated = next("escalated", 60, 4 * 24 * 60);
            escalated->reason = text("نیاز به بررسی در سطح بالاتر");
            if (escalated->tier == 1) {
                escalated->team = specialistTeam, escalated->tier = 2, escalated->owner = 0;
            } else {
                escalated->team = staff.engineering, escalated->tier = 3, escalated->owner = 0;
            }
            if (outcome != QLatin1String("escalated")) {
                const qint64 owner = escalated->tier == 3 ? staff.engineer : specialist;
                next("assigned", 10, 8 * 60)->owner = owner;
                next("in_progress", 30, 24 * 60);
            }
        }
        if (outcome == QLatin1String("resolved") || outcome == QLatin1String("closed")) {
            next("resolved", 120, 10 * 24 * 60);
            if (outcome == QLatin1String("closed"))
                next("closed", 24 * 60, 3 * 24 * 60);
        }
    }
    while (steps.size() > 1 && steps.last().atMs > nowMs)
        steps.removeLast();
    return steps;
}

struct CitizenPlace
{
    qint64 id = 0;
    QString name, address;
    qint64 district = 0;
    QVariant latitude, longitude;
};

} // namespace

bool seedCases(SeedSession &session, const CityBase &base, qint64 nowMs, int count)
{
    QRandomGenerator rng(0x63617365); // reproducible demo
    QList<CitizenPlace> citizens;
    {
        QSqlQuery query(session.db());
        query.setForwardOnly(true);
        query.exec(QStringLiteral(
            "SELECT c.id, c.first_name, c.last_name, a.address_text, a.district_id, a.latitude,"
            " a.longitude FROM citizens c JOIN citizen_addresses a ON a.citizen_id = c.id AND"
            " a.is_primary = 1 WHERE c.deleted = 0 ORDER BY c.id LIMIT 5000"));
        while (query.next()) {
            citizens.append({query.value(0).toLongLong(),
                             query.value(1).toString() + u' ' + query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toLongLong(), query.value(5),
                             query.value(6)});
        }
    }
    QHash<QString, QList<qint64>> articlesByService;
    {
        QSqlQuery query(session.db());
        query.exec(QStringLiteral(
            "SELECT s.code, a.id FROM knowledge_articles a JOIN article_services l ON"
            " l.article_id = a.id JOIN services s ON s.id = l.service_id WHERE a.status ="
            " 'published' AND a.deleted = 0 ORDER BY a.id"));
        while (query.next())
            articlesByService[query.value(0).toString()].append(query.value(1).toLongLong());
    }
    Staffing staffing{base.usersWithRole("agent"), base.unit(callCentreTeam()),
                      base.unit(engineeringTeam()), base.user("engineer.mousavi"),
                      base.user("supervisor.kazemi")};
    if (citizens.isEmpty() || staffing.agents.isEmpty()) {
        session.fail(QStringLiteral("cases need the demo citizens and staff first"));
        return false;
    }

    // The server's own rules decide each case's first team and owner and its SLA times, so
    // the demo looks as if the server had taken every case in.
    CaseRules::CaseData rules(session.db());
    const auto router = rules.router();
    const auto policies = rules.slaPolicies();
    const auto storedCursors = rules.cursors();
    if (!router || !policies || !storedCursors) {
        session.fail(QStringLiteral("cases need the demo routing rules and SLA policies first"));
        return false;
    }
    CaseWork::RoutingCursors cursors = *storedCursors;
    QHash<qint64, CaseWork::BusinessCalendar> calendars;

    QSet<QString> codes;
    QMap<qint64, int> resolvedByArticle; // ordered: the same versions every run
    for (int i = 0; i < count && session.ok(); ++i) {
        const ServiceSpec &service = pick(rng, services());
        const QString channel = QLatin1String(weighted(rng, channelWeights));
        int priorityIndex = 1;
        for (int p = 0; p < 4; ++p) {
            if (QByteArrayView(priorities[p]) == service.priority)
                priorityIndex = p;
        }
        if (chance(rng, 15))
            priorityIndex = qBound(0, priorityIndex + (chance(rng, 50) ? 1 : -1), 3);
        const QString priority = QLatin1String(priorities[priorityIndex]);
        const qint64 createdMs = nowMs - between(rng, 10 * minuteMs, 180 * dayMs);
        const bool anonymous = chance(rng, 8);
        const CitizenPlace &citizen = pick(rng, citizens);
        const bool byStaff = channel == QLatin1String("phone") ||
                             channel == QLatin1String("walk_in") ||
                             channel == QLatin1String("fax") || channel == QLatin1String("letter");
        const qint64 creator = byStaff ? pick(rng, staffing.agents) : 0;
        const qint64 team2 = base.unit(specialistTeam(service.department));
        const QString outcome = QLatin1String(weighted(rng, outcomeWeights));

        QString code;
        do {
            code = TrackingCode::generate(rng).compact();
        } while (codes.contains(code) ||
                 session.exists(QStringLiteral("cases"), QStringLiteral("tracking_code"), code));
        codes.insert(code);
        const QString subject = text(service.subjects)
                                    .split(QLatin1Char('|'))
                                    .at(int(rng.bounded(text(service.subjects).count(u'|') + 1)));
        const QString description =
            subject + text("، ") + citizen.address + text(". ") + text(pick(rng, details));
        const qint64 serviceId = base.services.value(QLatin1String(service.code));

        // Routing, as the server does it on create.
        CaseWork::CaseFacts facts;
        facts.service = ServiceId(serviceId);
        facts.district = OrgUnitId(citizen.district);
        facts.channel = channel;
        facts.priority = priority;
        facts.subject = subject;
        facts.description = description;
        if (const auto known = rules.service(serviceId))
            facts.serviceResponsibleUnit = known->responsibleUnit;
        CaseWork::TeamRoster roster;
        if (const CaseWork::RoutingRule *rule = router->match(facts)) {
            if (const auto members = rules.roster(rule->team))
                roster.insert(rule->team, *members);
        }
        const CaseWork::RoutingDecision decision = router->route(facts, roster, cursors);
        CaseWork::Router::advance(cursors, decision);
        Routed routed{decision.team.isValid() ? decision.team.value() : staffing.callCentre,
                      decision.owner.value(),
                      {}};
        if (!roster.contains(OrgUnitId(routed.team))) {
            if (const auto members = rules.roster(OrgUnitId(routed.team)))
                roster.insert(OrgUnitId(routed.team), *members);
        }
        for (const CaseWork::TeamMember &member : roster.value(OrgUnitId(routed.team)))
            routed.members << member.user.value();
        const QList<Step> steps =
            lifeOf(rng, outcome, createdMs, nowMs, staffing, routed, team2,
                   base.memberOf(specialistTeam(service.department), "senior_agent"));
        const Step &last = steps.last();

        // The SLA clocks, as the server keeps them: the policy the server would choose,
        // its business calendar, and the pauses in the history.
        QList<CaseWork::StatusHistoryRow> history;
        qint64 respondedAt = 0, pausedAt = 0;
        for (const Step &step : steps) {
            CaseWork::StatusHistoryRow row;
            if (!history.isEmpty())
                row.from = history.last().to;
            row.to = CaseWork::caseStatusFromCode(step.status).value_or(CaseWork::CaseStatus::New);
            row.changedAt = QDateTime::fromMSecsSinceEpoch(step.atMs, Qt::UTC);
            history << row;
            const bool responds = step.status == QLatin1String("in_progress") ||
                                  step.status == QLatin1String("waiting_citizen") ||
                                  step.status == QLatin1String("escalated") ||
                                  step.status == QLatin1String("resolved");
            if (responds && !respondedAt)
                respondedAt = step.atMs;
            pausedAt = step.status == QLatin1String("waiting_citizen") ? step.atMs : 0;
        }
        const CaseWork::SlaPolicy *policy =
            CaseWork::selectSlaPolicy(*policies, ServiceId(serviceId), priority);
        QVariant firstDue, resolutionDue, nextCheck;
        QList<std::pair<QString, qint64>> passed; // thresholds crossed before now
        if (policy) {
            if (!calendars.contains(policy->calendarId)) {
                const auto calendar = rules.calendar(policy->calendarId);
                calendars.insert(policy->calendarId,
                                 calendar ? *calendar
                                          : CaseWork::BusinessCalendar::roundTheClock());
            }
            CaseWork::CaseState state;
            state.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
            if (respondedAt)
                state.firstRespondedAt = QDateTime::fromMSecsSinceEpoch(respondedAt, Qt::UTC);
            for (const Step &step : steps) {
                if (step.status == QLatin1String("resolved"))
                    state.resolvedAt = QDateTime::fromMSecsSinceEpoch(step.atMs, Qt::UTC);
            }
            if (pausedAt)
                state.slaPausedAt = QDateTime::fromMSecsSinceEpoch(pausedAt, Qt::UTC);
            QList<CaseWork::PauseInterval> closedPauses;
            for (const CaseWork::PauseInterval &pause : CaseWork::slaPausesFromHistory(history)) {
                if (!pause.isOpen())
                    closedPauses << pause;
            }
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
            const CaseWork::SlaEvaluation evaluation =
                CaseWork::evaluateSla(*policy, calendars.value(policy->calendarId),
                                      CaseWork::slaCaseTimes(state, closedPauses), now);
            firstDue = evaluation.firstResponse.dueAt.toMSecsSinceEpoch();
            resolutionDue = evaluation.resolution.dueAt.toMSecsSinceEpoch();
            // Deadlines that passed before the demo begins count as fired (with no action),
            // so the first SLA check acts only on those still to come.
            const bool open = last.status != QLatin1String("resolved") &&
                              last.status != QLatin1String("closed") && !pausedAt;
            qint64 next = 0;
            for (const CaseWork::SlaClockStatus *clock :
                 {&evaluation.firstResponse, &evaluation.resolution}) {
                if (!open || clock->completedAt.isValid())
                    continue;
                const QString name = CaseRules::slaClockCode(clock->clock);
                for (const auto &[threshold, at] :
                     {std::pair{"warning", clock->warningAt}, std::pair{"breach", clock->dueAt}}) {
                    const qint64 atMs = at.toMSecsSinceEpoch();
                    if (atMs <= nowMs)
                        passed << std::pair{name + u'/' + QLatin1String(threshold), atMs};
                    else if (!next || atMs < next)
                        next = atMs;
                }
            }
            if (next)
                nextCheck = next;
        }
        const auto actor = [](qint64 id) { return id ? std::optional<qint64>(id) : std::nullopt; };
        const auto nullable = [](qint64 id) { return id ? QVariant(id) : QVariant(); };

        const qint64 caseId = session.insert(
            QStringLiteral("cases"),
            {{QStringLiteral("tracking_code"), code},
             {QStringLiteral("citizen_id"), anonymous ? QVariant() : QVariant(citizen.id)},
             {QStringLiteral("service_id"), base.services.value(QLatin1String(service.code))},
             {QStringLiteral("channel"), channel},
             {QStringLiteral("priority"), priority},
             {QStringLiteral("status"), steps.first().status},
             {QStringLiteral("subject"), subject},
             {QStringLiteral("description"), description},
             {QStringLiteral("team_id"), steps.first().team},
             {QStringLiteral("owner_id"), nullable(steps.first().owner)},
             {QStringLiteral("tier"), 1},
             {QStringLiteral("address_text"), citizen.address},
             {QStringLiteral("district_id"), citizen.district},
             {QStringLiteral("latitude"), citizen.latitude},
             {QStringLiteral("longitude"), citizen.longitude},
             {QStringLiteral("sla_policy_id"), nullable(policy ? policy->id : 0)},
             {QStringLiteral("first_response_due_at"), firstDue},
             {QStringLiteral("resolution_due_at"), resolutionDue},
             {QStringLiteral("sla_next_at"), nextCheck},
             {QStringLiteral("created_by"), nullable(creator)},
             {QStringLiteral("search_text"),
              normalizeForSearch(code + u' ' + subject + u' ' + description +
                                 (anonymous ? QString() : u' ' + citizen.name))}},
            createdMs, actor(creator));

        for (const auto &[threshold, atMs] : std::as_const(passed)) {
            QSqlQuery fired(session.db());
            fired.prepare(QStringLiteral("INSERT INTO sla_firings (case_id, clock, threshold, "
                                         "crossed_at, fired_at) VALUES (?, ?, ?, ?, ?)"));
            fired.addBindValue(caseId);
            fired.addBindValue(threshold.section(u'/', 0, 0));
            fired.addBindValue(threshold.section(u'/', 1, 1));
            fired.addBindValue(atMs);
            fired.addBindValue(atMs);
            if (caseId && !fired.exec())
                session.fail(fired.lastError().text());
        }

        QString previous;
        for (const Step &step : steps) {
            session.insert(
                QStringLiteral("case_status_history"),
                {{QStringLiteral("case_id"), caseId},
                 {QStringLiteral("from_status"),
                  previous.isEmpty() ? QVariant() : QVariant(previous)},
                 {QStringLiteral("to_status"), step.status},
                 {QStringLiteral("team_id"), step.team},
                 {QStringLiteral("owner_id"), nullable(step.owner)},
                 {QStringLiteral("tier"), step.tier},
                 {QStringLiteral("changed_by"), nullable(step.owner ? step.owner : creator)},
                 {QStringLiteral("changed_at"), step.atMs},
                 {QStringLiteral("reason"), step.reason}},
                step.atMs, actor(step.owner ? step.owner : creator));
            previous = step.status;
        }

        // Calls and messages: how the request came in, and the call back at the end.
        if (channel != QLatin1String("fax") && channel != QLatin1String("letter")) {
            const bool call = channel == QLatin1String("phone");
            const bool visit = channel == QLatin1String("walk_in");
            const qint64 started = createdMs - (call || visit ? between(rng, 2, 12) * minuteMs : 0);
            session.insert(
                QStringLiteral("interactions"),
                {{QStringLiteral("citizen_id"), anonymous ? QVariant() : QVariant(citizen.id)},
                 {QStringLiteral("case_id"), caseId},
                 {QStringLiteral("channel"), channel},
                 {QStringLiteral("direction"), QStringLiteral("inbound")},
                 {QStringLiteral("started_at"), started},
                 {QStringLiteral("ended_at"), call || visit ? QVariant(createdMs) : QVariant()},
                 {QStringLiteral("agent_id"), nullable(creator)},
                 {QStringLiteral("unit_id"), staffing.callCentre},
                 {QStringLiteral("notes"), call ? text("ثبت درخواست در تماس تلفنی") : QString()}},
                started, actor(creator));
        }
        qint64 resolvedAt = 0, closedAt = 0;
        for (const Step &step : steps) {
            if (step.status == QLatin1String("resolved"))
                resolvedAt = step.atMs;
            if (step.status == QLatin1String("closed"))
                closedAt = step.atMs;
        }
        if (steps.size() > 2 && chance(rng, 40)) {
            const qint64 author = steps.at(2).owner ? steps.at(2).owner : steps.at(1).owner;
            session.insert(QStringLiteral("case_notes"),
                           {{QStringLiteral("case_id"), caseId},
                            {QStringLiteral("author_id"), nullable(author)},
                            {QStringLiteral("body"), text(pick(rng, notes))}},
                           steps.at(2).atMs + between(rng, 5, 120) * minuteMs, actor(author));
        }
        qint64 article = 0;
        if (resolvedAt) {
            if (!anonymous && chance(rng, 50)) {
                session.insert(
                    QStringLiteral("interactions"),
                    {{QStringLiteral("citizen_id"), citizen.id},
                     {QStringLiteral("case_id"), caseId},
                     {QStringLiteral("channel"), QStringLiteral("phone")},
                     {QStringLiteral("direction"), QStringLiteral("outbound")},
                     {QStringLiteral("started_at"), resolvedAt},
                     {QStringLiteral("ended_at"), resolvedAt + between(rng, 1, 5) * minuteMs},
                     {QStringLiteral("agent_id"), nullable(last.owner)},
                     {QStringLiteral("unit_id"), last.team},
                     {QStringLiteral("notes"),
                      text("اطلاع‌رسانی نتیجه به شهروند")}},
                    resolvedAt, actor(last.owner));
            }
            const QList<qint64> candidates = articlesByService.value(QLatin1String(service.code));
            if (!candidates.isEmpty() && chance(rng, 25)) {
                article = pick(rng, candidates);
                ++resolvedByArticle[article];
                session.insert(QStringLiteral("case_articles"),
                               {{QStringLiteral("case_id"), caseId},
                                {QStringLiteral("article_id"), article},
                                {QStringLiteral("linked_by"), nullable(last.owner)},
                                {QStringLiteral("resolved_case"), 1}},
                               resolvedAt, actor(last.owner));
            }
        }
        if (closedAt && !anonymous && chance(rng, 35)) {
            const int score = weighted(rng, scoreWeights)[0] - '0';
            const qint64 answered = closedAt + between(rng, 10, 48 * 60) * minuteMs;
            if (answered <= nowMs) {
                session.insert(
                    QStringLiteral("survey_responses"),
                    {{QStringLiteral("case_id"), caseId},
                     {QStringLiteral("citizen_id"), citizen.id},
                     {QStringLiteral("channel"), QStringLiteral("sms")},
                     {QStringLiteral("score"), score},
                     {QStringLiteral("answers"),
                      QString::fromUtf8(
                          QJsonDocument(
                              QJsonObject{{QStringLiteral("resolved"), score >= 3},
                                          {QStringLiteral("would_call_again"), score >= 4}})
                              .toJson(QJsonDocument::Compact))},
                     {QStringLiteral("responded_at"), answered}},
                    answered);
            }
        }

        if (steps.size() > 1) {
            QVariantMap changes{{QStringLiteral("status"), last.status},
                                {QStringLiteral("team_id"), last.team},
                                {QStringLiteral("owner_id"), nullable(last.owner)},
                                {QStringLiteral("tier"), last.tier},
                                {QStringLiteral("first_responded_at"), nullable(respondedAt)}};
            if (last.status == QLatin1String("waiting_citizen"))
                changes.insert(QStringLiteral("sla_paused_at"), pausedAt);
            if (resolvedAt) {
                changes.insert(QStringLiteral("resolved_at"), resolvedAt);
                changes.insert(QStringLiteral("resolution"), text(pick(rng, resolutions)));
                if (article)
                    changes.insert(QStringLiteral("resolution_article_id"), article);
            }
            if (closedAt)
                changes.insert(QStringLiteral("closed_at"), closedAt);
            session.update(QStringLiteral("cases"), caseId, changes, last.atMs, actor(last.owner));
        }
    }
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        if (!rules.storeCursor(it.key(), it.value()))
            session.fail(QStringLiteral("cannot store a routing cursor"));
    }
    for (auto it = resolvedByArticle.cbegin(); it != resolvedByArticle.cend(); ++it) {
        session.update(QStringLiteral("knowledge_articles"), it.key(),
                       {{QStringLiteral("resolved_case_count"), it.value()}}, nowMs);
    }
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
