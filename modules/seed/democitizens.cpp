// The demo city's citizens: names with transliterations, valid national IDs, birth dates,
// mobile phones in E.164, addresses in the districts with coordinates, consent and tags.
#include "democity.h"
#include "nationalid.h"
#include "persiannames.h"
#include "phonenumber.h"
#include "textnormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

namespace Shahrvand::Seed::Demo {

namespace {

constexpr const char *mobilePrefixes[] = {"0912", "0919", "0935", "0936", "0901",
                                          "0990", "0921", "0937", "0917", "0915"};
constexpr const char *channels[] = {"phone", "sms", "web", "mobile_app", "telegram", "email"};
constexpr const char *tagNames[] = {"elderly", "disabled", "vip", "frequent_caller"};

QString randomDigits(QRandomGenerator &rng, int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + rng.bounded(10));
    return digits;
}

// Iranian postal codes: ten digits, none of the first five a 0 or a 2.
QString postalCode(QRandomGenerator &rng)
{
    static const char allowed[] = "13456789";
    QString code;
    for (int i = 0; i < 5; ++i)
        code += QLatin1Char(allowed[rng.bounded(8)]);
    return code + randomDigits(rng, 5);
}

} // namespace

bool seedCitizens(SeedSession &session, const CityBase &base, qint64 nowMs, int count)
{
    QRandomGenerator rng(0x63697469); // reproducible demo
    QSet<QString> nationalIds;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();

    for (int i = 0; i < count && session.ok(); ++i) {
        const bool female = chance(rng, 50);
        const NamePair &first =
            female ? pick(rng, femaleFirstNames()) : pick(rng, maleFirstNames());
        const NamePair &last = pick(rng, lastNames());
        const NamePair &father = pick(rng, maleFirstNames());
        // The same ID twice would break the unique key: draw again (a demo run after a
        // benchmark seed shares the table with a million others).
        QString nationalId;
        do {
            nationalId = NationalId::generateValid(rng).digits();
        } while (
            nationalIds.contains(nationalId) ||
            session.exists(QStringLiteral("citizens"), QStringLiteral("national_id"), nationalId));
        nationalIds.insert(nationalId);
        const QDate birth = today.addDays(-between(rng, 18 * 365, 85 * 365));
        const qint64 registered = nowMs - between(rng, 1, 400) * dayMs - between(rng, 0, dayMs);

        QJsonArray tags;
        for (const char *tag : tagNames) {
            if (chance(rng, 4))
                tags.append(QLatin1String(tag));
        }
        if (today.year() - birth.year() >= 70 && !tags.contains(QStringLiteral("elderly")))
            tags.append(QStringLiteral("elderly"));

        const PhoneNumber mobile =
            PhoneNumber::parse(QLatin1String(pick(rng, mobilePrefixes)) + randomDigits(rng, 7))
                .value();
        const bool hasEmail = chance(rng, 25);
        const QString firstLatin = QLatin1String(first.latin),
                      lastLatin = QLatin1String(last.latin);
        const QString email = QStringLiteral("%1.%2%3@example.com")
                                  .arg(firstLatin.toLower(), lastLatin.toLower())
                                  .arg(birth.year() % 100, 2, 10, QLatin1Char('0'));

        const qint64 citizen = session.insert(
            QStringLiteral("citizens"),
            {{QStringLiteral("national_id"), nationalId},
             {QStringLiteral("first_name"), text(first.persian)},
             {QStringLiteral("last_name"), text(last.persian)},
             {QStringLiteral("first_name_latin"), firstLatin},
             {QStringLiteral("last_name_latin"), lastLatin},
             {QStringLiteral("father_name"), text(father.persian)},
             {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)},
             {QStringLiteral("gender"), female ? QStringLiteral("female") : QStringLiteral("male")},
             {QStringLiteral("preferred_channel"), QLatin1String(pick(rng, channels))},
             {QStringLiteral("preferred_language"),
              chance(rng, 3) ? QStringLiteral("en") : QStringLiteral("fa")},
             {QStringLiteral("consent_sms"), chance(rng, 70) ? 1 : 0},
             {QStringLiteral("consent_email"), hasEmail && chance(rng, 60) ? 1 : 0},
             {QStringLiteral("tags"),
              QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact))},
             {QStringLiteral("search_text"),
              normalizeForSearch(QStringList{text(first.persian), text(last.persian), firstLatin,
                                             lastLatin, nationalId, mobile.e164()}
                                     .join(u' '))}},
            registered);

        session.insert(QStringLiteral("citizen_phones"),
                       {{QStringLiteral("citizen_id"), citizen},
                        {QStringLiteral("e164"), mobile.e164()},
                        {QStringLiteral("kind"), QStringLiteral("mobile")},
                        {QStringLiteral("is_primary"), 1},
                        {QStringLiteral("verified"), chance(rng, 60) ? 1 : 0}},
                       registered);
        if (chance(rng, 15)) {
            // A landline with the (invented) city's area code, written the local way.
            const auto landline =
                PhoneNumber::parse(QStringLiteral("3") + randomDigits(rng, 7), u"026");
            if (landline) {
                session.insert(QStringLiteral("citizen_phones"),
                               {{QStringLiteral("citizen_id"), citizen},
                                {QStringLiteral("e164"), landline->e164()},
                                {QStringLiteral("kind"), QStringLiteral("landline")}},
                               registered);
            }
        }
        if (hasEmail) {
            session.insert(QStringLiteral("citizen_emails"),
                           {{QStringLiteral("citizen_id"), citizen},
                            {QStringLiteral("email"), email},
                            {QStringLiteral("is_primary"), 1}},
                           registered);
        }

        const int addresses = chance(rng, 12) ? 2 : 1;
        for (int a = 0; a < addresses; ++a) {
            const int district = 1 + int(rng.bounded(districtCount));
            const Coordinates point = pointInDistrict(rng, district);
            const QString address = text("منطقهٔ ") + persianDigits(QString::number(district)) +
                                    text("، ") + text(pick(rng, neighbourhoodNames())) +
                                    text("، ") + text(pick(rng, streetNames())) + text("، کوچهٔ ") +
                                    persianDigits(QString::number(between(rng, 1, 40))) +
                                    text("، پلاک ") +
                                    persianDigits(QString::number(between(rng, 1, 120)));
            session.insert(QStringLiteral("citizen_addresses"),
                           {{QStringLiteral("citizen_id"), citizen},
                            {QStringLiteral("label"), a == 0 ? text("منزل") : text("محل کار")},
                            {QStringLiteral("address_text"), address},
                            {QStringLiteral("district_id"), base.unit(districtUnit(district))},
                            {QStringLiteral("postal_code"), postalCode(rng)},
                            {QStringLiteral("latitude"), point.latitude},
                            {QStringLiteral("longitude"), point.longitude},
                            {QStringLiteral("is_primary"), a == 0 ? 1 : 0}},
                           registered);
        }
    }
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
