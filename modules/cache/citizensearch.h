#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>

namespace Shahrvand::Cache {

class LocalCache;

// What the person at the screen typed to find a citizen, read as the most precise thing
// it can be: a valid national ID, a phone number, a tracking code, or else words of a
// name (Persian-normalized: ی/ي, ک/ك, ZWNJ, diacritics and digits alike; every word must
// begin a word of the name, so "محمد رض" finds "محمدرضا رضایی" and "محمد رضایی").
struct CitizenQuery
{
    enum class Kind { Empty, NationalId, Phone, TrackingCode, Name };
    Kind kind = Kind::Empty;
    QString value;     // national ID digits, E.164 phone, compact tracking code
    QStringList words; // Name: the normalized words

    static CitizenQuery read(const QString &typed);
};

struct CitizenMatch
{
    QJsonObject citizen;
    QString reason; // "national_id", "phone", "tracking_code", "name"
};

// The cached citizens that match, at most `limit`, best first. A national ID or a phone
// finds the citizens who have it; a tracking code the citizen of its case; words of a name
// the citizens whose name has a word each begins (no edit), then, when those are fewer than
// `limit`, those with one edit a word (a letter wrong, missing, extra or two swapped, in
// words of three letters or more), fewer edits and more words typed in full first. Found
// through the keyed citizens' index (citizenindex.h), which it refreshes first; only the
// candidates' rows are opened (a few hundred at most), and they decide. On a worker thread
// with its own connection (LocalCache::openSibling); `cancel` stops it between rows.
QList<CitizenMatch> findCitizens(const LocalCache &cache, const CitizenQuery &query, int limit,
                                 const std::atomic<bool> *cancel = nullptr);

// The citizen's open cases (neither resolved nor closed), newest first, at most `limit`.
// A case's citizen is sealed, so this opens the open cases newest first and stops after
// `scanLimit` of them: it finds what a caller is most likely calling about again, without
// a key to all of a citizen's cases in the clear. Run it on a worker thread.
QList<QJsonObject> openCasesOfCitizen(const LocalCache &cache, qint64 citizenId, int limit,
                                      int scanLimit, const std::atomic<bool> *cancel = nullptr);

} // namespace Shahrvand::Cache
