#pragma once

#include "cacheerror.h"
#include "expected.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Shahrvand::Cache {

class LocalCache;

// What a citizen's timeline lists: their cases, their interactions (calls, walk-ins,
// messages), the missions sent for their cases, the survey answers about their cases, and
// the notes written on their cases.
enum class TimelineKind : quint8 { Case, Interaction, Mission, Survey, Note };

struct CitizenTimelineFilter
{
    static constexpr unsigned bit(TimelineKind kind) { return 1u << unsigned(kind); }
    static constexpr unsigned allKinds = 0x1f;

    unsigned kinds = allKinds; // bit() of each kind to list
    // Instants (ms since the epoch): from inclusive, to exclusive. Items without a time
    // (none the server sends) are left out when either is set.
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;

    bool includes(TimelineKind kind) const { return kinds & bit(kind); }
};

// One item as the clear columns tell it, without its sealed row: enough to sort, filter
// and count; the row is opened when the item is shown.
struct CitizenTimelineEntry
{
    TimelineKind kind = TimelineKind::Case;
    qint64 id = 0;     // the row's id in its entity (missions: the mission)
    qint64 atMs = 0;   // when: case created, interaction started, note written, survey
                       // answered, case added to the mission; max() when unknown
    qint64 caseId = 0; // the citizen's case it belongs to (notes, surveys, missions; 0 else)
    QString status;    // cases: their status
    qint64 dueMs = 0;  // cases: resolution due (0: none)
    int score = -1;    // surveys: the score (-1: none)

    // The entity of the row `id` names.
    QString entity() const;
};

// The citizen's items, newest first (at the same time: a case's notes, surveys and
// missions before the case, then higher ids first), from the clear columns and
// their indexes alone. `cancel` stops it between kinds (the list is then partial). Rows
// deleted here are left out; rows made here and not yet sent are in.
Expected<QList<CitizenTimelineEntry>, CacheError>
citizenTimeline(LocalCache &cache, qint64 citizenId, const CitizenTimelineFilter &filter,
                const std::atomic<bool> *cancel = nullptr);

// The figures of the citizen's summary panel, from the same columns.
struct CitizenSummary
{
    int cases = 0;
    int openCases = 0;    // neither resolved nor closed
    int overdueCases = 0; // open, resolution due before `nowMs`
    int interactions = 0;
    qint64 lastContactMs = 0; // newest interaction or case; 0 when none
    int surveys = 0;          // answers with a score
    qint64 scoreTotal = 0;

    double averageScore() const { return surveys > 0 ? double(scoreTotal) / surveys : 0; }
};
Expected<CitizenSummary, CacheError> citizenSummary(LocalCache &cache, qint64 citizenId,
                                                    qint64 nowMs);

} // namespace Shahrvand::Cache
