#include "citizenduplicates.h"

#include "entitydef.h"
#include "scopesql.h"
#include "textnormalizer.h"
#include "textsimilarity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcDuplicates, "shahrvand.api.duplicates")

namespace Shahrvand::Api {

namespace {

struct Address
{
    QString text; // search form
    qint64 district = 0;
    QString postalCode;
};

struct Person
{
    qint64 version = 0;
    QString nationalId;
    QString firstName, lastName; // as written, for the answer
    QString name;                // search form of "first last"
    QString last;                // search form of the last name
    QList<Address> addresses;
};

struct Pair
{
    qint64 first = 0; // the smaller id
    qint64 second = 0;
    int score = 0;
    QString reason; // the one that gave the score
    QStringList reasons;
    double nameSimilarity = -1;
    double addressSimilarity = -1;
};

using PairKey = std::pair<qint64, qint64>;

PairKey keyOf(qint64 a, qint64 b)
{
    return a < b ? PairKey{a, b} : PairKey{b, a};
}

EntityStore::StoreError internal(const QString &detail)
{
    qCWarning(lcDuplicates) << detail;
    EntityStore::StoreError error;
    error.kind = EntityStore::StoreError::Kind::Internal;
    error.detail = detail;
    return error;
}

void addReason(QHash<PairKey, Pair> &pairs, PairKey key, const QString &reason, int score)
{
    Pair &pair = pairs[key];
    pair.first = key.first;
    pair.second = key.second;
    if (!pair.reasons.contains(reason))
        pair.reasons << reason;
    if (score > pair.score) {
        pair.score = score;
        pair.reason = reason;
    }
}

// Every two members of each block, once.
template<typename Compare>
void forEachPairInBlocks(const QHash<QString, QList<qint64>> &blocks, Compare &&compare)
{
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        const QList<qint64> &ids = it.value();
        if (ids.size() < 2 || ids.size() > CitizenDuplicates::largestBlock)
            continue;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (qsizetype j = i + 1; j < ids.size(); ++j) {
                if (ids.at(i) != ids.at(j))
                    compare(keyOf(ids.at(i), ids.at(j)));
            }
        }
    }
}

QJsonObject summary(qint64 id, const Person &person)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), person.version},
            {QStringLiteral("first_name"), person.firstName},
            {QStringLiteral("last_name"), person.lastName}};
}

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QString nationalIdKey(const QString &nationalId)
{
    QString digits;
    for (QChar c : normalizeForSearch(nationalId)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    return digits;
}

QString DuplicateCursor::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(score).arg(first).arg(second);
}

std::optional<DuplicateCursor> DuplicateCursor::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    bool ok[3] = {false, false, false};
    DuplicateCursor cursor{parts.at(0).toInt(&ok[0]), parts.at(1).toLongLong(&ok[1]),
                           parts.at(2).toLongLong(&ok[2])};
    if (!ok[0] || !ok[1] || !ok[2])
        return std::nullopt;
    return cursor;
}

CitizenDuplicates::CitizenDuplicates(std::shared_ptr<Storage::Database> database)
    : m_database(std::move(database))
{}

Expected<QJsonObject, EntityStore::StoreError>
CitizenDuplicates::find(const Access::Principal &viewer, int limit,
                        const std::optional<DuplicateCursor> &after)
{
    const Entities::EntityDef *citizens = Entities::findEntity(QStringLiteral("citizens"));
    Q_ASSERT(citizens);
    const QString scope = EntityStore::visibilityCondition(*citizens, QStringLiteral("t"), viewer);
    // Paging through the list asks for it again and again: while nothing was written (the
    // change sequence has not moved), the pairs of the same scope are the ones found last.
    QSqlDatabase db = m_database->connection();
    QSqlQuery sequence(db);
    if (!sequence.exec(QStringLiteral("SELECT value FROM change_sequence WHERE id = 1")) ||
        !sequence.next())
        return internal(sequence.lastError().text());
    const qint64 written = sequence.value(0).toLongLong();
    sequence.finish();
    QList<QJsonObject> ordered;
    {
        const std::lock_guard lock(m_cacheMutex);
        if (m_cache.scope == scope && m_cache.sequence == written)
            ordered = m_cache.items;
    }
    if (ordered.isEmpty()) {
        const auto computed = compute(scope);
        if (!computed)
            return computed.error();
        ordered = *computed;
        const std::lock_guard lock(m_cacheMutex);
        m_cache = {scope, written, ordered};
    }

    const auto isAfterCursor = [&after](const QJsonObject &item) {
        if (!after)
            return true;
        const int score = int(item.value(u"score").toInteger());
        if (score != after->score)
            return score < after->score;
        return PairKey{item.value(u"citizen")[u"id"].toInteger(),
                       item.value(u"other")[u"id"].toInteger()} >
               PairKey{after->first, after->second};
    };
    QJsonArray items;
    std::optional<DuplicateCursor> next;
    for (const QJsonObject &item : std::as_const(ordered)) {
        if (!isAfterCursor(item))
            continue;
        if (items.size() == limit) {
            const QJsonObject last = items.last().toObject();
            next = DuplicateCursor{int(last.value(u"score").toInteger()),
                                   last.value(u"citizen")[u"id"].toInteger(),
                                   last.value(u"other")[u"id"].toInteger()};
            break;
        }
        items.append(item);
    }
    return QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"), next ? QJsonValue(next->toString()) : QJsonValue()}};
}

Expected<QList<QJsonObject>, EntityStore::StoreError>
CitizenDuplicates::compute(const QString &scope)
{
    QElapsedTimer timer;
    timer.start();
    const QString candidates =
        QStringLiteral("t.deleted = 0 AND t.merged_into_id IS NULL AND t.anonymized_at IS NULL "
                       "AND (%1)")
            .arg(scope);
    QSqlDatabase db = m_database->connection();
    QHash<qint64, Person> people;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT t.id, t.version, t.national_id, t.first_name, "
                                       "t.last_name FROM citizens t WHERE %1")
                            .arg(candidates)))
            return internal(query.lastError().text());
        while (query.next()) {
            Person person;
            person.version = query.value(1).toLongLong();
            person.nationalId = query.value(2).toString();
            person.firstName = query.value(3).toString();
            person.lastName = query.value(4).toString();
            person.name = normalizeForSearch(person.firstName + QLatin1Char(' ') + person.lastName);
            person.last = normalizeForSearch(person.lastName);
            people.insert(query.value(0).toLongLong(), person);
        }
    }
    QHash<QString, QList<qint64>> byPhone;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT citizen_id, e164 FROM citizen_phones WHERE "
                                       "deleted = 0")))
            return internal(query.lastError().text());
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (people.contains(id))
                byPhone[query.value(1).toString()] << id;
        }
    }
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT citizen_id, address_text, district_id, "
                                       "postal_code FROM citizen_addresses WHERE deleted = 0")))
            return internal(query.lastError().text());
        while (query.next()) {
            const auto person = people.find(query.value(0).toLongLong());
            if (person == people.end())
                continue;
            person->addresses.append({normalizeForSearch(query.value(1).toString()),
                                      query.value(2).toLongLong(),
                                      query.value(3).toString().trimmed()});
        }
    }

    QHash<PairKey, Pair> pairs;
    QHash<QString, QList<qint64>> byNationalId, byName;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (const QString key = nationalIdKey(it->nationalId); !key.isEmpty())
            byNationalId[key] << it.key();
        if (!it->last.isEmpty()) {
            // The last name and the first name's first two letters.
            byName[QStringLiteral("n:") + it->last + QLatin1Char('|') + it->name.left(2)]
                << it.key();
            for (const Address &address : it->addresses) {
                if (address.district > 0)
                    byName[QStringLiteral("d:%1|").arg(address.district) + it->last.left(3)]
                        << it.key();
            }
        }
        for (const Address &address : it->addresses) {
            if (!address.postalCode.isEmpty())
                byName[QStringLiteral("p:") + address.postalCode] << it.key();
        }
    }
    forEachPairInBlocks(byNationalId, [&](PairKey key) {
        addReason(pairs, key, QStringLiteral("national_id"), 100);
    });

    QHash<PairKey, double> nameScores;
    const auto nameScore = [&](PairKey key) {
        const auto known = nameScores.constFind(key);
        if (known != nameScores.cend())
            return *known;
        const double score =
            nameSimilarity(people.value(key.first).name, people.value(key.second).name);
        nameScores.insert(key, score);
        return score;
    };
    forEachPairInBlocks(byPhone, [&](PairKey key) {
        const double names = nameScore(key);
        if (names < similarName)
            return;
        addReason(pairs, key, QStringLiteral("phone_name"), 70 + int(std::lround(25 * names)));
        pairs[key].nameSimilarity = names;
    });
    QSet<PairKey> compared;
    forEachPairInBlocks(byName, [&](PairKey key) {
        if (compared.contains(key))
            return;
        compared.insert(key);
        const double names = nameScore(key);
        if (names < similarName)
            return;
        double addresses = 0;
        for (const Address &a : std::as_const(people[key.first].addresses)) {
            for (const Address &b : std::as_const(people[key.second].addresses))
                addresses = std::max(addresses, trigramSimilarity(a.text, b.text));
        }
        if (addresses < similarAddress)
            return;
        addReason(
            pairs, key, QStringLiteral("name_address"),
            std::min(90, 40 + int(std::lround(25 * names)) + int(std::lround(25 * addresses))));
        pairs[key].nameSimilarity = names;
        pairs[key].addressSimilarity = addresses;
    });

    QList<Pair> ordered = pairs.values();
    std::sort(ordered.begin(), ordered.end(), [](const Pair &a, const Pair &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return PairKey{a.first, a.second} < PairKey{b.first, b.second};
    });
    QList<QJsonObject> items;
    items.reserve(ordered.size());
    for (const Pair &pair : std::as_const(ordered)) {
        const double names =
            pair.nameSimilarity >= 0 ? pair.nameSimilarity : nameScore({pair.first, pair.second});
        items.append(
            QJsonObject{{QStringLiteral("citizen"), summary(pair.first, people.value(pair.first))},
                        {QStringLiteral("other"), summary(pair.second, people.value(pair.second))},
                        {QStringLiteral("reason"), pair.reason},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(pair.reasons)},
                        {QStringLiteral("score"), pair.score},
                        {QStringLiteral("name_similarity"), rounded(names)},
                        {QStringLiteral("address_similarity"),
                         pair.addressSimilarity >= 0 ? QJsonValue(rounded(pair.addressSimilarity))
                                                     : QJsonValue()}});
    }
    qCDebug(lcDuplicates) << people.size() << "citizens," << pairs.size() << "pairs in"
                          << timer.elapsed() << "ms";
    return items;
}

} // namespace Shahrvand::Api
