#pragma once

#include "citizentimeline.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class NameBook;

// The citizen's card in the Citizen 360 view: the summary (open cases, last contact,
// satisfaction, preferred channel, flags) and the profile (national ID as the cache has it,
// which is masked for roles that may not see it, names in Persian and Latin letters, birth
// date, gender, addresses with their district, phones, emails, preferred channel and
// language, consent, tags, notes). Read-only; every date Jalali.
class CitizenProfile final : public QWidget
{
    Q_OBJECT

public:
    explicit CitizenProfile(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~CitizenProfile() override;

    // Reads the citizen's row and its addresses, phones and emails from the cache.
    // False when the cache does not have the citizen.
    bool showCitizen(qint64 citizenId);
    void showSummary(const Cache::CitizenSummary &summary);
    void clear();

    const QJsonObject &citizen() const { return m_citizen; }
    // "Maryam Ahmadi", or the Latin names, or the number.
    static QString fullName(const QJsonObject &citizen);
    // A tag code ("elderly") in words.
    static QString tagText(const QString &tag);

    // For tests: the text shown for a profile field ("national_id", "phones", ...) or a
    // summary figure ("open_cases", "last_contact", "satisfaction", "flags", ...).
    QString shownText(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void addLine(QFormLayout *form, const QString &key, const QString &label, const QString &text);

    Cache::LocalCache &m_cache;
    std::unique_ptr<NameBook> m_names;
    QJsonObject m_citizen;
    QList<QJsonObject> m_addresses;
    QList<QJsonObject> m_phones;
    QList<QJsonObject> m_emails;
    std::optional<Cache::CitizenSummary> m_summary;

    QGroupBox *m_summaryBox = nullptr;
    QFormLayout *m_summaryForm = nullptr;
    QGroupBox *m_profileBox = nullptr;
    QFormLayout *m_profileForm = nullptr;
    QHash<QString, QString> m_texts; // as given, without direction marks
};

} // namespace Shahrvand::Ui
