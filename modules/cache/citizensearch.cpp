#include "citizensearch.h"

#include "casequeue.h"
#include "citizenindex.h"
#include "citizenindex_p.h"
#include "localcache.h"
#include "localcache_p.h"
#include "nationalid.h"
#include "phonenumber.h"
#include "textnormalizer.h"
#include "trackingcode.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace Shahrvand::Cache {

CitizenQuery CitizenQuery::read(const QString &typed)
{
    CitizenQuery query;
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return query;
    const QString normalized = normalizeForSearch(trimmed);
    QString digits;
    bool onlyNumber = true;
    for (const QChar c : normalized) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')')
            onlyNumber = false;
    }
    // Ten digits with a valid check digit are a national ID (a mobile number typed
    // without its 0 could be one too, rarely: the ID wins), then a phone number.
    if (onlyNumber && !digits.isEmpty()) {
        if (digits.size() == 10) {
            if (const auto id = NationalId::parse(digits)) {
                query.kind = Kind::NationalId;
                query.value = id->digits();
                return query;
            }
        }
        if (const auto phone = PhoneNumber::parse(trimmed)) {
            query.kind = Kind::Phone;
            query.value = phone->e164();
            return query;
        }
        if (digits.size() >= 8 && digits.size() <= 10) {
            if (const auto id = NationalId::parse(digits)) {
                query.kind = Kind::NationalId;
                query.value = id->digits();
                return query;
            }
        }
    }
    if (const auto code = TrackingCode::parse(trimmed)) {
        query.kind = Kind::TrackingCode;
        query.value = code->compact();
        return query;
    }
    query.kind = Kind::Name;
    query.words = normalized.split(u' ', Qt::SkipEmptyParts);
    return query;
}

namespace {

// Citizens opened to check what the index found, at most, per query and phase.
constexpr int candidateLimit = 300;
// A word (with its typo forms) in more names than this is not read: the other words find
// the candidates, and the rows opened check it.
constexpr int commonWordRows = 100'000;

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

// Damerau's (optimal string alignment) distance of a and b, when it is at most 1.
bool withinOneEdit(QStringView a, QStringView b)
{
    if (qAbs(a.size() - b.size()) > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    if (a.size() == b.size()) {
        if (i == a.size())
            return true;
        if (a.mid(i + 1) == b.mid(i + 1)) // substituted
            return true;
        return i + 1 < a.size() && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) &&
               a.mid(i + 2) == b.mid(i + 2); // two neighbours swapped
    }
    const QStringView longer = a.size() > b.size() ? a : b;
    const QStringView shorter = a.size() > b.size() ? b : a;
    return longer.mid(i + 1) == shorter.mid(i); // one left out
}

// How a name matches what was typed: every word typed begins some word of the name (no
// edit), or, from three characters on, is one edit from a whole word of it or begins one
// with a character too many (one edit each). Nothing when a word matches no word.
struct NameMatch
{
    int edits = 0;
    int wholeWords = 0; // words typed that are a whole word of the name
};

std::optional<NameMatch> matchName(const QJsonObject &citizen, const QStringList &words)
{
    const QStringList parts = CitizenIndexing::nameWords(citizen);
    NameMatch match;
    for (const QString &word : words) {
        bool begins = false;
        bool whole = false;
        for (const QString &part : parts) {
            if (part.startsWith(word)) {
                begins = true;
                whole = whole || part.size() == word.size();
            }
        }
        if (begins) {
            match.wholeWords += whole ? 1 : 0;
            continue;
        }
        bool near = false;
        if (word.size() >= CitizenIndexing::minTypoWord) {
            for (const QString &part : parts) {
                near = near || withinOneEdit(word, part);
                for (qsizetype i = 0; !near && i < word.size(); ++i)
                    near = part.startsWith(QString(word).remove(i, 1));
            }
        }
        if (!near)
            return std::nullopt;
        ++match.edits;
    }
    return match;
}

struct Ranked
{
    CitizenMatch match;
    NameMatch name;
};

// The citizens found by the index for a name: first with no edit, then (when those are
// fewer than `limit`) with one edit a word; opened and checked, best first.
QList<CitizenMatch> findByName(const LocalCache &cache, const CitizenIndexing::TokenKey &key,
                               const QStringList &words, int limit, const std::atomic<bool> *cancel)
{
    QList<CitizenMatch> matches;
    // Words of one character are too common to look up; the names found by the others
    // must still have a word they begin.
    QStringList lookedUp;
    for (const QString &word : words) {
        if (word.size() >= CitizenIndexing::minPrefix)
            lookedUp.append(word);
    }
    if (lookedUp.isEmpty())
        return matches;
    QSet<qint64> seen;
    QList<Ranked> ranked;
    int exact = 0;
    for (const bool typos : {false, true}) {
        if (typos && (exact >= limit ||
                      std::none_of(lookedUp.cbegin(), lookedUp.cend(), [](const QString &word) {
                          return word.size() >= CitizenIndexing::minTypoWord;
                      })))
            break;
        // The citizens each word finds (a beginning, or with typos one of its forms), met
        // in memory; a word in too many names is left to the check of the rows.
        QList<QList<qint64>> lists;
        QList<QList<qint64>> common;
        for (const QString &word : std::as_const(lookedUp)) {
            QStringList forms{word};
            if (typos && word.size() >= CitizenIndexing::minTypoWord)
                forms += CitizenIndexing::deletions(word);
            QList<qint64> tokens;
            for (const QString &form : std::as_const(forms))
                tokens.append(key.token(CitizenIndexing::Domain::name, form));
            const auto found = CitizenIndex::citizensWith(cache, tokens, commonWordRows);
            if (!found) {
                qCWarning(lcCache) << "citizens' index not read:" << found.error().detail;
                return matches;
            }
            if (*found)
                lists.append(**found);
            else
                common.append(tokens);
        }
        QList<qint64> ids;
        if (lists.isEmpty()) {
            // Only common words: the index walks the first one's citizens and stops.
            ids = CitizenIndex::candidates(cache, common, candidateLimit).valueOr(QList<qint64>());
        } else {
            std::sort(lists.begin(), lists.end(),
                      [](const auto &a, const auto &b) { return a.size() < b.size(); });
            QList<qint64> met = lists.first();
            for (qsizetype i = 1; i < lists.size() && !met.isEmpty(); ++i) {
                QList<qint64> both;
                std::set_intersection(met.cbegin(), met.cend(), lists.at(i).cbegin(),
                                      lists.at(i).cend(), std::back_inserter(both));
                met = std::move(both);
            }
            for (const qint64 id : std::as_const(met)) {
                if (ids.size() >= candidateLimit)
                    break;
                if (!seen.contains(id))
                    ids.append(id);
            }
        }
        for (const qint64 id : std::as_const(ids)) {
            if (cancelled(cancel))
                return matches;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const auto row = cache.row(QStringLiteral("citizens"), id);
            if (!row || !*row || (*row)->value(u"merged_into_id").isDouble())
                continue;
            // (A word typed with a letter missing is one of a name's indexed forms: it can
            // be found in the first round.)
            if (const auto name = matchName(**row, words)) {
                exact += name->edits == 0 ? 1 : 0;
                ranked.append({{**row, QStringLiteral("name")}, *name});
            }
        }
    }
    // Fewer edits first, then more words typed in full, then as the index gave them.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.name.edits != b.name.edits)
            return a.name.edits < b.name.edits;
        return a.name.wholeWords > b.name.wholeWords;
    });
    for (const Ranked &one : std::as_const(ranked)) {
        if (matches.size() >= limit)
            break;
        matches.append(one.match);
    }
    return matches;
}

// The citizens with `token` whose row (or one of whose phones) says `check` is true.
QList<CitizenMatch> findByIdentifier(const LocalCache &cache, qint64 token, const QString &reason,
                                     int limit,
                                     const std::function<bool(qint64, const QJsonObject &)> &check,
                                     const std::atomic<bool> *cancel)
{
    QList<CitizenMatch> matches;
    const auto ids = CitizenIndex::candidates(cache, {{token}}, candidateLimit);
    for (const qint64 id : ids.valueOr(QList<qint64>())) {
        if (cancelled(cancel) || matches.size() >= limit)
            break;
        const auto row = cache.row(QStringLiteral("citizens"), id);
        if (row && *row && !(*row)->value(u"merged_into_id").isDouble() && check(id, **row))
            matches.append({**row, reason});
    }
    return matches;
}

} // namespace

QList<CitizenMatch> findCitizens(const LocalCache &cache, const CitizenQuery &query, int limit,
                                 const std::atomic<bool> *cancel)
{
    QList<CitizenMatch> matches;
    if (query.kind == CitizenQuery::Kind::Empty || limit <= 0 || cancelled(cancel))
        return matches;
    if (query.kind == CitizenQuery::Kind::TrackingCode) {
        // Cases keep their tracking code in the clear and their citizen sealed: the one case
        // with the code is opened.
        CaseQueueFilter filter;
        filter.trackingPrefix = query.value;
        const auto page = cache.caseQueuePage(filter, {CaseQueueColumn::TrackingCode}, 2);
        for (const QJsonObject &row : page.valueOr(CaseQueuePage()).rows) {
            if (row.value(u"tracking_code").toString() != query.value ||
                !row.value(u"citizen_id").isDouble())
                continue;
            const auto citizen =
                cache.row(QStringLiteral("citizens"), row.value(u"citizen_id").toInteger());
            if (citizen && *citizen)
                matches.append({**citizen, QStringLiteral("tracking_code")});
        }
        return matches;
    }
    // The citizens edited here since the last refresh, and the rest when few are waiting.
    // The index is the cache's own derived data: refreshing it changes nothing the caller
    // can read otherwise.
    if (const auto refreshed = CitizenIndex::refreshForSearch(const_cast<LocalCache &>(cache));
        !refreshed)
        qCWarning(lcCache) << "the citizens' index was not refreshed:" << refreshed.error().detail;
    const auto key = CitizenIndex::tokenKey(cache);
    switch (query.kind) {
    case CitizenQuery::Kind::NationalId:
        return findByIdentifier(
            cache, key->token(CitizenIndexing::Domain::nationalId, query.value),
            QStringLiteral("national_id"), limit,
            [&](qint64, const QJsonObject &row) {
                return row.value(u"national_id").toString() == query.value;
            },
            cancel);
    case CitizenQuery::Kind::Phone:
        return findByIdentifier(
            cache, key->token(CitizenIndexing::Domain::phone, query.value), QStringLiteral("phone"),
            limit,
            [&](qint64 id, const QJsonObject &) {
                const auto phones = cache.childRows(QStringLiteral("citizen_phones"),
                                                    QStringLiteral("citizens"), id, 50);
                for (const QJsonObject &phone : phones.valueOr(QList<QJsonObject>())) {
                    const QString e164 = phone.value(u"e164").toString();
                    const auto parsed = PhoneNumber::parse(e164);
                    if ((parsed ? parsed->e164() : e164) == query.value)
                        return true;
                }
                return false;
            },
            cancel);
    case CitizenQuery::Kind::Name:
        return findByName(cache, *key, query.words, limit, cancel);
    case CitizenQuery::Kind::Empty:
    case CitizenQuery::Kind::TrackingCode:
        break;
    }
    return matches;
}

QList<QJsonObject> openCasesOfCitizen(const LocalCache &cache, qint64 citizenId, int limit,
                                      int scanLimit, const std::atomic<bool> *cancel)
{
    QList<QJsonObject> found;
    CaseQueueFilter open;
    open.excludedStatuses = {QStringLiteral("resolved"), QStringLiteral("closed")};
    const CaseQueueSort newest{CaseQueueColumn::Created, Qt::DescendingOrder};
    std::optional<CaseQueuePosition> after;
    int scanned = 0;
    while (scanned < scanLimit && found.size() < limit && !cancelled(cancel)) {
        const auto page = cache.caseQueuePage(open, newest, qMin(500, scanLimit - scanned), after);
        if (!page || page->rows.isEmpty())
            break;
        for (const QJsonObject &row : page->rows) {
            ++scanned;
            if (row.value(u"citizen_id").toInteger() == citizenId)
                found.append(row);
            if (found.size() >= limit)
                break;
        }
        if (page->atEnd)
            break;
        after = page->last;
    }
    return found;
}

} // namespace Shahrvand::Cache
