#include "routing.h"

#include "textnormalizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace Shahrvand::CaseWork {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QList<TeamMember> availableByUser(const QList<TeamMember> &members)
{
    QList<TeamMember> available;
    for (const TeamMember &member : members) {
        if (member.available && member.user.isValid())
            available.append(member);
    }
    std::sort(available.begin(), available.end(),
              [](const TeamMember &a, const TeamMember &b) { return a.user < b.user; });
    return available;
}

// The first member after `cursor` (by user id), wrapping around; members sorted by id.
UserId nextAfter(const QList<TeamMember> &sorted, UserId cursor)
{
    for (const TeamMember &member : sorted) {
        if (member.user > cursor)
            return member.user;
    }
    return sorted.first().user;
}

} // namespace

QString ownerStrategyCode(OwnerStrategy strategy)
{
    switch (strategy) {
    case OwnerStrategy::None:
        return QStringLiteral("none");
    case OwnerStrategy::Fixed:
        return QStringLiteral("fixed");
    case OwnerStrategy::RoundRobin:
        return QStringLiteral("round_robin");
    case OwnerStrategy::LeastLoaded:
        return QStringLiteral("least_loaded");
    }
    Q_UNREACHABLE();
}

std::optional<OwnerStrategy> ownerStrategyFromCode(QStringView code)
{
    for (OwnerStrategy strategy : {OwnerStrategy::None, OwnerStrategy::Fixed,
                                   OwnerStrategy::RoundRobin, OwnerStrategy::LeastLoaded}) {
        if (ownerStrategyCode(strategy) == code)
            return strategy;
    }
    return std::nullopt;
}

std::optional<UserId> pickOwner(OwnerStrategy strategy, const QList<TeamMember> &members,
                                UserId cursor, UserId fixedOwner)
{
    switch (strategy) {
    case OwnerStrategy::None:
        return std::nullopt;
    case OwnerStrategy::Fixed:
        return fixedOwner.isValid() ? std::optional<UserId>(fixedOwner) : std::nullopt;
    case OwnerStrategy::RoundRobin: {
        const QList<TeamMember> available = availableByUser(members);
        if (available.isEmpty())
            return std::nullopt;
        return nextAfter(available, cursor);
    }
    case OwnerStrategy::LeastLoaded: {
        const QList<TeamMember> available = availableByUser(members);
        if (available.isEmpty())
            return std::nullopt;
        const int fewest = std::min_element(available.cbegin(), available.cend(),
                                            [](const TeamMember &a, const TeamMember &b) {
                                                return a.openCases < b.openCases;
                                            })
                               ->openCases;
        QList<TeamMember> tied;
        for (const TeamMember &member : available) {
            if (member.openCases == fewest)
                tied.append(member);
        }
        return nextAfter(tied, cursor);
    }
    }
    Q_UNREACHABLE();
}

QString Router::keywordForm(QStringView text)
{
    // The search form, with punctuation turned into word breaks so "آب،" and "(آب)" are
    // the word "آب".
    QString form = normalizeForSearch(text);
    for (QChar &c : form) {
        if (!isWordCharacter(c))
            c = u' ';
    }
    return form.simplified();
}

Router::Router(QList<RoutingRule> rules)
{
    rules.removeIf([](const RoutingRule &rule) { return !rule.active; });
    std::stable_sort(rules.begin(), rules.end(), [](const RoutingRule &a, const RoutingRule &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    m_rules = std::move(rules);
    static const QRegularExpression separators(QStringLiteral("[,\u060C;\u061B\\n\\r]"));
    m_compiled.reserve(std::size_t(m_rules.size()));
    for (const RoutingRule &rule : std::as_const(m_rules)) {
        Compiled compiled;
        for (const QString &keyword : rule.keywords.split(separators, Qt::SkipEmptyParts)) {
            const QString form = keywordForm(keyword);
            if (form.isEmpty())
                continue;
            compiled.keywords.push_back(u' ' + form + u' ');
            // Persian suffixes written after a ZWNJ, which the search form joins to the
            // word: plurals ("چراغ‌های"), and after a final heh the ezafe and indefinite
            // yeh ("چاله‌ی", "کوچه‌ای"). A yeh after other letters makes another
            // word
            // ("آبی" is blue, not water), so it is not taken.
            QStringList suffixes{QStringLiteral("ها"), QStringLiteral("های"),
                                 QStringLiteral("هایی")};
            if (form.endsWith(u'\u0647'))
                suffixes << QStringLiteral("ی") << QStringLiteral("ای");
            for (const QString &suffix : std::as_const(suffixes))
                compiled.keywords.push_back(u' ' + form + suffix + u' ');
        }
        m_compiled.push_back(std::move(compiled));
    }
}

bool Router::matches(std::size_t index, const CaseFacts &facts, QString &textForm,
                     bool &textFormReady) const
{
    const RoutingRule &rule = m_rules.at(qsizetype(index));
    if (rule.service.isValid() && rule.service != facts.service)
        return false;
    if (rule.district.isValid() && rule.district != facts.district)
        return false;
    if (!rule.channel.isEmpty() && rule.channel != facts.channel)
        return false;
    if (!rule.priority.isEmpty() && rule.priority != facts.priority)
        return false;
    const std::vector<QString> &keywords = m_compiled[index].keywords;
    if (keywords.empty())
        return true;
    if (!textFormReady) {
        textForm = u' ' + keywordForm(facts.subject) + u' ' + keywordForm(facts.description) + u' ';
        textFormReady = true;
    }
    return std::any_of(keywords.cbegin(), keywords.cend(),
                       [&textForm](const QString &keyword) { return textForm.contains(keyword); });
}

const RoutingRule *Router::match(const CaseFacts &facts) const
{
    QString textForm;
    bool textFormReady = false;
    for (std::size_t i = 0; i < m_compiled.size(); ++i) {
        if (matches(i, facts, textForm, textFormReady))
            return &m_rules.at(qsizetype(i));
    }
    return nullptr;
}

RoutingDecision Router::route(const CaseFacts &facts, const TeamRoster &roster,
                              const RoutingCursors &cursors) const
{
    RoutingDecision decision;
    const RoutingRule *rule = match(facts);
    if (!rule) {
        decision.team = facts.serviceResponsibleUnit;
        return decision;
    }
    decision.ruleId = rule->id;
    decision.team = rule->team;
    const auto owner = pickOwner(rule->ownerStrategy, roster.value(rule->team),
                                 cursors.value(rule->id), rule->owner);
    if (owner) {
        decision.owner = *owner;
        if (rule->ownerStrategy == OwnerStrategy::RoundRobin ||
            rule->ownerStrategy == OwnerStrategy::LeastLoaded)
            decision.nextCursor = *owner;
    }
    return decision;
}

void Router::advance(RoutingCursors &cursors, const RoutingDecision &decision)
{
    if (decision.ruleId && decision.nextCursor)
        cursors.insert(*decision.ruleId, *decision.nextCursor);
}

} // namespace Shahrvand::CaseWork
