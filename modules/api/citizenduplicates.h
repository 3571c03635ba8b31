#pragma once

#include "database.h"
#include "expected.h"
#include "principal.h"
#include "storeerror.h"

#include <QJsonObject>

#include <memory>
#include <mutex>
#include <optional>

namespace Shahrvand::Api {

// A national ID's digits, whatever digits and separators it was written with: the form
// two national IDs are compared in (stored ones are validated, imported ones may not be).
QString nationalIdKey(const QString &nationalId);

// Where a page of possible duplicates starts: after the pair (score, first id, second id)
// of the previous page's last item, in the list's order (best score first, then ids).
struct DuplicateCursor
{
    int score = 0;
    qint64 first = 0;
    qint64 second = 0;

    QString toString() const;
    static std::optional<DuplicateCursor> parse(const QString &text);
};

// Pairs of citizens who may be the same person, for a supervisor to merge or dismiss:
//  - national_id: the same national ID (certain; the schema keeps national IDs unique, so
//    this finds only rows written around the validation, such as an import that kept
//    Persian digits);
//  - phone_name: the same phone number and similar names;
//  - name_address: similar names and similar addresses.
// Names and addresses are compared in their search form (normalizeForSearch: Arabic and
// Persian letter forms, digits, diacritics and ZWNJ fold together), by trigram and edit
// similarity. Pairs are not looked for among all pairs: only citizens sharing a blocking
// key are compared (the national ID, a phone number, the last name with the first name's
// first two letters, the district with the last name's first letters, the postal code),
// so a hundred thousand citizens take about a second; the list is kept while nothing is
// written, so paging through it does not compute it again. Citizens merged into another
// or anonymized never appear, and only those the caller may see are read.
class CitizenDuplicates final
{
public:
    static constexpr double similarName = 0.75;
    static constexpr double similarAddress = 0.6;
    // A key shared by more citizens than this (an office's switchboard number, a very
    // common name) says nothing about any two of them: its block is not compared.
    static constexpr int largestBlock = 250;

    explicit CitizenDuplicates(std::shared_ptr<Storage::Database> database);

    // {"items": [{"citizen": {...}, "other": {...}, "reason", "reasons", "score",
    //  "name_similarity", "address_similarity"}], "next_cursor": text or null}
    Expected<QJsonObject, EntityStore::StoreError>
    find(const Access::Principal &viewer, int limit, const std::optional<DuplicateCursor> &after);

private:
    // Every pair of the citizens `scope` (an SQL condition on citizens aliased t) admits,
    // in the list's order, as the answer shows them.
    Expected<QList<QJsonObject>, EntityStore::StoreError> compute(const QString &scope);

    std::shared_ptr<Storage::Database> m_database;
    struct Cache
    {
        QString scope;
        qint64 sequence = -1;
        QList<QJsonObject> items;
    };
    std::mutex m_cacheMutex;
    Cache m_cache;
};

} // namespace Shahrvand::Api
