#include "citizenprofile.h"

#include "casetext.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

// Left to right inside the line, whatever the interface's direction (IDs, phone numbers,
// e-mail addresses).
QString leftToRight(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

// A value's paragraph takes the interface's direction, not its first letter's: a Persian
// name in the English interface stays at the start of its line like the other values.
QChar directionMark(const QWidget *widget)
{
    return widget->layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
}

QString primaryMark(const QJsonObject &row, const QString &text)
{
    return row.value(u"is_primary").toBool() ? CitizenProfile::tr("%1 (main)").arg(text) : text;
}

} // namespace

CitizenProfile::CitizenProfile(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_names(std::make_unique<NameBook>(cache))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summaryBox = new QGroupBox(this);
    m_summaryBox->setObjectName(QStringLiteral("citizenSummary"));
    m_summaryForm = new QFormLayout(m_summaryBox);
    layout->addWidget(m_summaryBox);
    m_profileBox = new QGroupBox(this);
    m_profileBox->setObjectName(QStringLiteral("citizenProfile"));
    m_profileForm = new QFormLayout(m_profileBox);
    layout->addWidget(m_profileBox);
    layout->addStretch();
    for (QFormLayout *form : {m_summaryForm, m_profileForm}) {
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    render();
}

CitizenProfile::~CitizenProfile() = default;

QString CitizenProfile::fullName(const QJsonObject &citizen)
{
    const QString persian =
        (citizen.value(u"first_name").toString() + u' ' + citizen.value(u"last_name").toString())
            .trimmed();
    if (!persian.isEmpty())
        return persian;
    const QString latin = (citizen.value(u"first_name_latin").toString() + u' ' +
                           citizen.value(u"last_name_latin").toString())
                              .trimmed();
    return latin.isEmpty() ? toLocalDigits(QString::number(citizen.value(u"id").toInteger()))
                           : latin;
}

QString CitizenProfile::tagText(const QString &tag)
{
    const QString code = tag.trimmed().toLower();
    if (code == u"elderly")
        return tr("Elderly");
    if (code == u"disabled")
        return tr("Disabled");
    if (code == u"vip")
        return tr("VIP");
    if (code == u"needs_interpreter")
        return tr("Needs an interpreter");
    return tag;
}

bool CitizenProfile::showCitizen(qint64 citizenId)
{
    m_names->clear();
    m_summary.reset();
    const auto row = m_cache.row(QStringLiteral("citizens"), citizenId);
    m_citizen = row && *row ? **row : QJsonObject();
    const auto children = [this, citizenId](const char *entity) {
        return m_cache
            .childRows(QString::fromLatin1(entity), QStringLiteral("citizens"), citizenId, 100)
            .valueOr(QList<QJsonObject>());
    };
    m_addresses = m_citizen.isEmpty() ? QList<QJsonObject>() : children("citizen_addresses");
    m_phones = m_citizen.isEmpty() ? QList<QJsonObject>() : children("citizen_phones");
    m_emails = m_citizen.isEmpty() ? QList<QJsonObject>() : children("citizen_emails");
    render();
    return !m_citizen.isEmpty();
}

void CitizenProfile::showSummary(const Cache::CitizenSummary &summary)
{
    m_summary = summary;
    render();
}

void CitizenProfile::clear()
{
    m_citizen = {};
    m_addresses.clear();
    m_phones.clear();
    m_emails.clear();
    m_summary.reset();
    render();
}

QString CitizenProfile::shownText(const QString &key) const
{
    return m_texts.value(key);
}

void CitizenProfile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        render();
    QWidget::changeEvent(event);
}

void CitizenProfile::addLine(QFormLayout *form, const QString &key, const QString &label,
                             const QString &text)
{
    // Each line in the interface's direction, its text in its own (a Persian note in the
    // English interface keeps its full stop at its end).
    QStringList lines;
    for (const QString &line : (text.isEmpty() ? tr("—") : text).split(u'\n'))
        lines << QString(directionMark(this)) + QChar(0x2068) + line + QChar(0x2069);
    auto *value = new QLabel(lines.join(u'\n'));
    value->setObjectName(key);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    form->addRow(label, value);
    m_texts.insert(key, text);
}

void CitizenProfile::render()
{
    for (QFormLayout *form : {m_summaryForm, m_profileForm}) {
        while (form->rowCount() > 0)
            form->removeRow(0);
    }
    m_texts.clear();
    m_summaryBox->setTitle(tr("Summary"));
    m_profileBox->setTitle(tr("Profile"));
    const QJsonObject &c = m_citizen;
    const auto field = [&c](const char *name) {
        const QString field = QString::fromLatin1(name);
        return FieldText::displayValue(u"citizens", field, c.value(field));
    };
    QStringList flags;
    for (const QJsonValue &tag : c.value(u"tags").toArray())
        flags << tagText(tag.toString());

    if (m_summary) {
        const Cache::CitizenSummary &s = *m_summary;
        const QLocale locale;
        QString open = locale.toString(s.openCases);
        if (s.overdueCases > 0)
            open = tr("%1 (%2 overdue)").arg(open, locale.toString(s.overdueCases));
        addLine(m_summaryForm, QStringLiteral("open_cases"), tr("Open cases"),
                tr("%1 of %2").arg(open, locale.toString(s.cases)));
        addLine(m_summaryForm, QStringLiteral("last_contact"), tr("Last contact"),
                s.lastContactMs > 0
                    ? FieldText::displayValue(u"cases", u"created_at", s.lastContactMs)
                    : tr("None yet"));
        addLine(m_summaryForm, QStringLiteral("satisfaction"), tr("Satisfaction"),
                s.surveys > 0
                    ? tr("%1 of %2 (%Ln answer(s))", nullptr, s.surveys)
                          .arg(locale.toString(s.averageScore(), 'f', 1), locale.toString(5))
                    : tr("No survey answered"));
    }
    addLine(m_summaryForm, QStringLiteral("summary_channel"), tr("Preferred channel"),
            field("preferred_channel"));
    addLine(m_summaryForm, QStringLiteral("flags"), tr("Flags"), flags.join(tr(", ")));

    // An erased or merged record says so first: its blank fields are not missing data.
    if (c.value(u"anonymized_at").isDouble())
        addLine(m_profileForm, QStringLiteral("erased"), tr("Erased"),
                tr("Personal data erased on %1 under the retention rules.")
                    .arg(FieldText::displayValue(u"citizens", u"anonymized_at",
                                                 c.value(u"anonymized_at").toInteger())));
    if (c.value(u"merged_into_id").isDouble())
        addLine(m_profileForm, QStringLiteral("merged_into"), tr("Merged"),
                tr("Merged into citizen %1; their cases and contacts are there now.")
                    .arg(toLocalDigits(QString::number(c.value(u"merged_into_id").toInteger()))));
    addLine(m_profileForm, QStringLiteral("national_id"), FieldText::fieldLabel(u"national_id"),
            leftToRight(toLocalDigits(c.value(u"national_id").toString())));
    addLine(
        m_profileForm, QStringLiteral("name_fa"), tr("Name (Persian)"),
        (c.value(u"first_name").toString() + u' ' + c.value(u"last_name").toString()).trimmed());
    addLine(m_profileForm, QStringLiteral("name_latin"), tr("Name (Latin)"),
            leftToRight((c.value(u"first_name_latin").toString() + u' ' +
                         c.value(u"last_name_latin").toString())
                            .trimmed()));
    addLine(m_profileForm, QStringLiteral("father_name"), FieldText::fieldLabel(u"father_name"),
            c.value(u"father_name").toString());
    addLine(m_profileForm, QStringLiteral("birth_date"), FieldText::fieldLabel(u"birth_date"),
            field("birth_date"));
    addLine(m_profileForm, QStringLiteral("gender"), FieldText::fieldLabel(u"gender"),
            field("gender"));

    QStringList addresses;
    for (const QJsonObject &a : std::as_const(m_addresses)) {
        QStringList parts;
        if (const QString label = a.value(u"label").toString(); !label.isEmpty())
            parts << label;
        parts << a.value(u"address_text").toString();
        if (a.value(u"district_id").isDouble())
            parts << m_names->name(QStringLiteral("org_units"),
                                   a.value(u"district_id").toInteger());
        if (const QString postal = a.value(u"postal_code").toString(); !postal.isEmpty())
            parts << tr("postal code %1").arg(leftToRight(toLocalDigits(postal)));
        addresses << primaryMark(a, CaseText::joinIsolated(parts));
    }
    addLine(m_profileForm, QStringLiteral("addresses"), tr("Addresses"), addresses.join(u'\n'));
    QStringList phones;
    for (const QJsonObject &p : std::as_const(m_phones))
        phones << primaryMark(p, leftToRight(toLocalDigits(p.value(u"e164").toString())));
    addLine(m_profileForm, QStringLiteral("phones"), tr("Phones"), phones.join(u'\n'));
    QStringList emails;
    for (const QJsonObject &e : std::as_const(m_emails))
        emails << primaryMark(e, leftToRight(e.value(u"email").toString()));
    addLine(m_profileForm, QStringLiteral("emails"), tr("E-mail addresses"), emails.join(u'\n'));
    addLine(m_profileForm, QStringLiteral("preferred_channel"),
            FieldText::fieldLabel(u"preferred_channel"), field("preferred_channel"));
    addLine(m_profileForm, QStringLiteral("preferred_language"),
            FieldText::fieldLabel(u"preferred_language"), field("preferred_language"));
    QStringList consent;
    if (c.value(u"consent_sms").toBool())
        consent << tr("SMS");
    if (c.value(u"consent_email").toBool())
        consent << tr("E-mail");
    addLine(m_profileForm, QStringLiteral("consent"), tr("Agrees to receive"),
            consent.isEmpty() ? tr("Nothing") : consent.join(tr(", ")));
    addLine(m_profileForm, QStringLiteral("tags"), FieldText::fieldLabel(u"tags"),
            flags.join(tr(", ")));
    addLine(m_profileForm, QStringLiteral("notes"), FieldText::fieldLabel(u"notes"),
            c.value(u"notes").toString());
    // Fields an administrator added (custom fields), by their names until they have labels.
    const QJsonObject custom = c.value(u"custom_fields").toObject();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QString text =
            value.isString() ? value.toString()
            : value.isBool() ? (value.toBool() ? tr("Yes") : tr("No"))
            : value.isDouble()
                ? QLocale().toString(value.toDouble(), 'g', 15)
                : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1);
        addLine(m_profileForm, QStringLiteral("custom_") + it.key(), it.key(), text);
    }
}

} // namespace Shahrvand::Ui
