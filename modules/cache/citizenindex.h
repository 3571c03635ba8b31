#pragma once

#include "cacheerror.h"
#include "expected.h"

#include <QList>

#include <atomic>
#include <memory>
#include <optional>

namespace Shahrvand::Cache {

class LocalCache;
namespace CitizenIndexing {
class TokenKey;
}

// The citizens' search index in the workstation's cache (migration 0007), so that finding a
// citizen by national ID, phone or name (citizensearch.h) opens a few candidate rows instead
// of every citizen. Those are personal data: the index keeps no name, ID or number, only
// 31-bit keyed hashes of their tokens (SipHash-2-4 under a subkey derived from the cache's
// key, which stays in memory) pointing at citizens' ids. A hash says where to look; the
// sealed rows opened there decide, so a collision never shows a wrong citizen. What the
// hashes do not hide: which citizens share a token (a family's last name or phone), and how
// many share each, so the commonest name beginnings can be guessed from the file.
//
// Tokens: the national ID; each phone's E.164 form; and of the normalizeForSearch() words of
// the first and last names (Persian and Latin) and the father's name, every beginning of two
// characters or more (the word being typed), with, for the Persian first and last names,
// each word with one character left out (one typo: a query word with one character left out
// meets it; CitizenIndexing::tokensOf).
//
// Every write of a citizen or of a citizen's phone (pull, local edit, conflict, delete, bulk
// load) marks the citizen by trigger; refresh() re-indexes the marked ones. The sync engine
// refreshes after each pull, and findCitizens() refreshes first, so a search never misses an
// edit made on this computer.
class CitizenIndex final
{
public:
    // Re-indexes the citizens written since the last refresh (all of them the first time).
    // The number re-indexed. Off the UI thread after a large pull; `cancel` stops between
    // batches, and what was done stays done.
    static Expected<int, CacheError> refresh(LocalCache &cache,
                                             const std::atomic<bool> *cancel = nullptr);
    // What findCitizens() runs first: the citizens edited on this computer, and the rest
    // when few are waiting (a pull's are the sync engine's).
    static Expected<int, CacheError> refreshForSearch(LocalCache &cache);

    // The citizens whose tokens include one of `tokens`, and for each further set, one of
    // its tokens too; at most `limit`, in id order. Tokens come from CitizenIndexing.
    static Expected<QList<qint64>, CacheError>
    candidates(const LocalCache &cache, const QList<QList<qint64>> &tokenSets, int limit);
    // The citizens that have one of `tokens`, in id order, without repeats; nothing when
    // the tokens have more than `cap` rows between them (a word in too many names to be
    // worth reading).
    static Expected<std::optional<QList<qint64>>, CacheError>
    citizensWith(const LocalCache &cache, const QList<qint64> &tokens, int cap);

    // The hash key of the cache's tokens (citizenindex_p.h), to hash what was typed.
    static std::unique_ptr<CitizenIndexing::TokenKey> tokenKey(const LocalCache &cache);
};

} // namespace Shahrvand::Cache
