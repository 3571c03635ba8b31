#pragma once

#include "ids.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Shahrvand::CaseWork {

enum class OwnerStrategy {
    None,        // the team's queue; someone takes it
    Fixed,       // the rule's owner
    RoundRobin,  // the next available member after the rule's cursor
    LeastLoaded, // the available member with the fewest open cases
};

QString ownerStrategyCode(OwnerStrategy strategy); // "none", "fixed", "round_robin", ...
std::optional<OwnerStrategy> ownerStrategyFromCode(QStringView code);

// One row of routing_rules. An unset criterion matches anything.
struct RoutingRule
{
    qint64 id = 0;
    int position = 0;
    bool active = true;
    ServiceId service;
    OrgUnitId district;
    QString channel;
    // Keywords or phrases separated by commas (, or ،), semicolons or new lines; the rule
    // matches if any of them occurs in the subject or the description as whole words,
    // compared in search form (ی/ي, ک/ك, ZWNJ, digits and case folded); a plural suffix, and
    // after a final heh the ezafe or indefinite yeh, still match ("چاله" in "چاله‌ی").
    QString keywords;
    QString priority;
    OrgUnitId team;
    OwnerStrategy ownerStrategy = OwnerStrategy::None;
    UserId owner; // for Fixed
};

// What routing knows about a new case.
struct CaseFacts
{
    ServiceId service;
    OrgUnitId district;
    QString channel;
    QString priority; // the case's, or the service's default if the case has none
    QString subject;
    QString description;
    // The service's responsible unit (services.responsible_unit_id): where a case that no
    // rule matches goes.
    OrgUnitId serviceResponsibleUnit;
};

struct TeamMember
{
    UserId user;
    int openCases = 0;
    bool available = true; // false while on leave, signed out for the day, ...
};

// Who is in which team now, with their load; the caller reads it from the database.
using TeamRoster = QHash<OrgUnitId, QList<TeamMember>>;

// Per rule, the last user the rule gave a case to by round robin (or to break a tie among
// the least loaded). The caller keeps it (for example in the rule's row or in memory of the
// one routing thread) and passes it back in: the router itself keeps no state.
using RoutingCursors = QHash<qint64, UserId>;

struct RoutingDecision
{
    std::optional<qint64> ruleId; // none: the fallback
    OrgUnitId team;               // invalid if no rule matched and the service has no unit
    UserId owner;                 // invalid: the team's queue
    // The cursor to store for the rule, when its strategy moved it.
    std::optional<UserId> nextCursor;

    bool isFallback() const { return !ruleId.has_value(); }
};

// The routing rules, compiled once (keywords normalized) and then applied to many cases.
// The first active rule, by position (then id), that matches every criterion it sets wins.
// No match: the service's responsible unit, without an owner.
class Router
{
public:
    explicit Router(QList<RoutingRule> rules = {});

    const QList<RoutingRule> &rules() const { return m_rules; }

    // The first matching rule, or nullptr.
    const RoutingRule *match(const CaseFacts &facts) const;
    RoutingDecision route(const CaseFacts &facts, const TeamRoster &roster,
                          const RoutingCursors &cursors = {}) const;

    // Applies decision.nextCursor to `cursors`: for a caller routing many cases in a row.
    static void advance(RoutingCursors &cursors, const RoutingDecision &decision);

    // The whole-word search form of a text: what keywords are compared with.
    static QString keywordForm(QStringView text);

private:
    struct Compiled
    {
        std::vector<QString> keywords; // " word word " forms, padded with spaces
    };

    bool matches(std::size_t index, const CaseFacts &facts, QString &textForm,
                 bool &textFormReady) const;

    QList<RoutingRule> m_rules; // active ones, in order
    std::vector<Compiled> m_compiled;
};

// The owner a strategy picks among a team's members; exposed for tests and previews.
// Round robin: the first available member (by user id) after `cursor`, wrapping around.
// Least loaded: the fewest open cases; ties go round robin from `cursor`, so a burst of new
// cases read with the same counts still spreads over the tied members.
std::optional<UserId> pickOwner(OwnerStrategy strategy, const QList<TeamMember> &members,
                                UserId cursor, UserId fixedOwner = {});

} // namespace Shahrvand::CaseWork
