#include "citizensearch.h"

#include "casequeue.h"
#include "localcache.h"
#include "nationalid.h"
#include "phonenumber.h"
#include "textnormalizer.h"
#include "trackingcode.h"

#include <QSet>

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

// Every word typed begins some word of the name.
bool nameMatches(const QJsonObject &citizen, const QStringList &words)
{
    const QString name = normalizeForSearch(QStringList{
        citizen.value(u"first_name").toString(), citizen.value(u"last_name").toString(),
        citizen.value(u"first_name_latin").toString(), citizen.value(u"last_name_latin").toString(),
        citizen.value(u"father_name").toString()}
                                                .join(u' '));
    const QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool found = false;
        for (const QString &part : parts)
            found = found || part.startsWith(word);
        if (!found)
            return false;
    }
    return true;
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

} // namespace

QList<CitizenMatch> findCitizens(const LocalCache &cache, const CitizenQuery &query, int limit,
                                 const std::atomic<bool> *cancel)
{
    QList<CitizenMatch> matches;
    const QString citizens = QStringLiteral("citizens");
    const auto add = [&](qint64 id, const QString &reason) {
        for (const CitizenMatch &known : std::as_const(matches)) {
            if (known.citizen.value(u"id").toInteger() == id)
                return;
        }
        const auto row = cache.row(citizens, id);
        if (row && *row)
            matches.append({**row, reason});
    };
    switch (query.kind) {
    case CitizenQuery::Kind::Empty:
        return matches;
    case CitizenQuery::Kind::TrackingCode: {
        CaseQueueFilter filter;
        filter.trackingPrefix = query.value;
        const auto page = cache.caseQueuePage(filter, {CaseQueueColumn::TrackingCode}, 2);
        for (const QJsonObject &row : page.valueOr(CaseQueuePage()).rows) {
            if (row.value(u"tracking_code").toString() == query.value &&
                row.value(u"citizen_id").isDouble())
                add(row.value(u"citizen_id").toInteger(), QStringLiteral("tracking_code"));
        }
        return matches;
    }
    case CitizenQuery::Kind::Phone: {
        std::optional<qint64> after;
        for (;;) {
            const auto page = cache.rows(QStringLiteral("citizen_phones"), 1000, after);
            if (!page || page->isEmpty() || cancelled(cancel))
                break;
            for (const QJsonObject &phone : *page) {
                if (phone.value(u"e164").toString() == query.value)
                    add(phone.value(u"citizen_id").toInteger(), QStringLiteral("phone"));
                if (matches.size() >= limit)
                    return matches;
            }
            after = page->last().value(u"id").toInteger();
        }
        return matches;
    }
    case CitizenQuery::Kind::NationalId:
    case CitizenQuery::Kind::Name:
        break;
    }
    std::optional<qint64> after;
    for (;;) {
        const auto page = cache.rows(citizens, 1000, after);
        if (!page || page->isEmpty() || cancelled(cancel))
            break;
        for (const QJsonObject &citizen : *page) {
            if (!citizen.value(u"merged_into_id").isNull() &&
                citizen.value(u"merged_into_id").isDouble())
                continue;
            const bool match = query.kind == CitizenQuery::Kind::NationalId
                                   ? citizen.value(u"national_id").toString() == query.value
                                   : nameMatches(citizen, query.words);
            if (match)
                matches.append({citizen, query.kind == CitizenQuery::Kind::NationalId
                                             ? QStringLiteral("national_id")
                                             : QStringLiteral("name")});
            if (matches.size() >= limit)
                return matches;
        }
        after = page->last().value(u"id").toInteger();
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
