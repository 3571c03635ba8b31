// Saving what the intake dialog holds (see intakedialog.h): the citizen, the case or the
// note on an open one, the contact; duplicates and routing shown while the agent types.
#include "intakedialog.h"

#include "articlesuggestions.h"

#include "casecatalog.h"
#include "casetext.h"
#include "fieldtext.h"
#include "intakedialog_attachments.h"
#include "jalalidate.h"
#include "localcache.h"
#include "nationalid.h"
#include "phonenumber.h"
#include "routing.h"
#include "searchpicker.h"
#include "trackingcode.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcIntake)

namespace Shahrvand::Ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
// Open cases of the same service and district from the last days are possible repeats.
constexpr int duplicateDays = 7;

QString problemsOf(const Cache::CacheError &error)
{
    return error.fieldMessages.isEmpty() ? error.message() : error.fieldMessages.join(u'\n');
}

} // namespace

std::optional<qint64> IntakeDialog::chosenCitizen() const
{
    if (m_createdCitizen)
        return m_createdCitizen;
    if (m_newCitizen->isChecked())
        return std::nullopt;
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !item->data(IdRole).isValid())
        return std::nullopt;
    return item->data(IdRole).toLongLong();
}

void IntakeDialog::serviceChosen()
{
    // The service's own priority is the default.
    if (const auto id = m_service->current()) {
        const QString priority = m_catalog->service(*id).value(u"default_priority").toString();
        m_priority->setItemText(
            0, priority.isEmpty()
                   ? tr("As the service says")
                   : tr("As the service says (%1)").arg(FieldText::codeText(priority)));
    }
    refreshDuplicates();
    updateRouting();
}

// Where the case will go, by the same router the server runs on the cached rules: the
// agent can tell the citizen which unit deals with it, offline too. The server decides.
void IntakeDialog::updateRouting()
{
    const auto service = m_service->current();
    m_articles->setDraft(
        {{QStringLiteral("service_id"), service ? QJsonValue(*service) : QJsonValue()},
         {QStringLiteral("subject"), m_subject->text()},
         {QStringLiteral("description"), m_description->toPlainText()}});
    if (!service) {
        m_routing->clear();
        return;
    }
    CaseWork::CaseFacts facts;
    facts.service = ServiceId(*service);
    facts.district = OrgUnitId(m_district->current().value_or(0));
    facts.channel = m_channel->currentData().toString();
    const QJsonObject row = m_catalog->service(*service);
    facts.priority = m_priority->currentData().toString();
    if (facts.priority.isEmpty())
        facts.priority = row.value(u"default_priority").toString();
    facts.subject = m_subject->text();
    facts.description = m_description->toPlainText();
    facts.serviceResponsibleUnit = OrgUnitId(row.value(u"responsible_unit_id").toInteger());
    const CaseWork::RoutingDecision decision = m_catalog->router().route(facts, {});
    const QString team =
        decision.team.isValid() ? m_catalog->unitName(decision.team.value()) : QString();
    m_routing->setText(team.isEmpty() ? tr("No unit is set to handle this service yet.")
                                      : tr("Goes to: %1").arg(team));
}

void IntakeDialog::refreshDuplicates()
{
    m_duplicates->clear();
    m_link->setEnabled(false);
    QSet<qint64> listed;
    const auto add = [this, &listed](const QJsonObject &row, const QString &why) {
        const qint64 id = row.value(u"id").toInteger();
        if (listed.contains(id))
            return;
        listed.insert(id);
        const auto code = TrackingCode::parse(row.value(u"tracking_code").toString());
        QStringList parts{
            code ? code->displayForm() : row.value(u"tracking_code").toString(),
            FieldText::displayValue(u"cases", u"status", row.value(u"status")),
            FieldText::displayValue(u"cases", u"created_at", row.value(u"created_at"))};
        if (!why.isEmpty())
            parts.prepend(why);
        if (const QString address = row.value(u"address_text").toString(); !address.isEmpty())
            parts << address;
        if (const QString subject = row.value(u"subject").toString(); !subject.isEmpty())
            parts << subject;
        auto *item = new QListWidgetItem(CaseText::joinIsolated(parts), m_duplicates);
        item->setData(IdRole, id);
        item->setToolTip(row.value(u"description").toString());
    };
    // The caller's own open requests first: they are the likeliest repeat.
    for (const QJsonObject &row : std::as_const(m_citizenCases))
        add(row, tr("This citizen's"));
    const auto service = m_service->current();
    if (!service)
        return;
    Cache::CaseQueueFilter filter;
    filter.serviceIds = {*service};
    if (const auto district = m_district->current())
        filter.districtIds = {*district};
    filter.excludedStatuses = {QStringLiteral("resolved"), QStringLiteral("closed")};
    filter.createdAfter = m_now().toMSecsSinceEpoch() - qint64(duplicateDays) * 24 * 3600 * 1000;
    const auto page =
        m_cache.caseQueuePage(filter, {Cache::CaseQueueColumn::Created, Qt::DescendingOrder}, 20);
    if (!page)
        return;
    for (const QJsonObject &row : page->rows)
        add(row, QString());
}

void IntakeDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

QString IntakeDialog::ensureCitizen(std::optional<qint64> *citizen)
{
    *citizen = chosenCitizen();
    if (*citizen || !m_newCitizen->isChecked())
        return {};
    const QString first = m_firstName->text().simplified();
    const QString last = m_lastName->text().simplified();
    if (first.isEmpty() && last.isEmpty())
        return tr("Type the new citizen's name.");
    QJsonObject fields{{QStringLiteral("first_name"), first}, {QStringLiteral("last_name"), last}};
    if (const QString typed = m_nationalId->text().trimmed(); !typed.isEmpty()) {
        const auto id = NationalId::parse(typed);
        if (!id)
            return NationalId::describe(id.error());
        fields.insert(QStringLiteral("national_id"), id->digits());
    }
    std::optional<PhoneNumber> phone;
    if (const QString typed = m_phone->text().trimmed(); !typed.isEmpty()) {
        const auto parsed = PhoneNumber::parse(typed);
        if (!parsed)
            return PhoneNumber::describe(parsed.error());
        phone = *parsed;
    }
    fields.insert(QStringLiteral("preferred_channel"),
                  m_channel->currentData().toString() == u"phone" ? QStringLiteral("phone")
                                                                  : QStringLiteral("sms"));
    const auto created = m_cache.create(QStringLiteral("citizens"), fields);
    if (!created)
        return problemsOf(created.error());
    m_createdCitizen = *created;
    *citizen = *created;
    if (phone) {
        const auto added = m_cache.create(QStringLiteral("citizen_phones"),
                                          {{QStringLiteral("citizen_id"), *created},
                                           {QStringLiteral("e164"), phone->e164()},
                                           {QStringLiteral("is_primary"), true}});
        if (!added)
            return problemsOf(added.error());
    }
    return {};
}

// The call or visit itself, with its start, end and notes, on the citizen's record.
QString IntakeDialog::recordContact(std::optional<qint64> citizen, qint64 caseId)
{
    if (!citizen)
        return {};
    const QString channel = m_channel->currentData().toString();
    QJsonObject contact{{QStringLiteral("citizen_id"), *citizen},
                        {QStringLiteral("case_id"), caseId},
                        {QStringLiteral("channel"), channel},
                        {QStringLiteral("direction"), QStringLiteral("inbound")},
                        {QStringLiteral("started_at"), m_started.toMSecsSinceEpoch()},
                        {QStringLiteral("ended_at"), m_now().toMSecsSinceEpoch()}};
    if (const QString notes = m_callNotes->toPlainText().trimmed(); !notes.isEmpty())
        contact.insert(QStringLiteral("notes"), notes);
    const auto created = m_cache.create(QStringLiteral("interactions"), contact);
    return created ? QString() : problemsOf(created.error());
}

QString IntakeDialog::save(std::optional<qint64> duplicateOf)
{
    m_problem->hide();
    const QString description = m_description->toPlainText().trimmed();
    if (!duplicateOf && !m_service->current())
        return tr("Choose the service the request is about.");
    if (description.isEmpty() && m_subject->text().trimmed().isEmpty())
        return tr("Write what the citizen asks for.");
    std::optional<qint64> citizen;
    if (const QString problem = ensureCitizen(&citizen); !problem.isEmpty())
        return problem;

    if (duplicateOf) {
        // The same request again: a note on the open case and the contact, no new case.
        const QString channel = FieldText::codeText(m_channel->currentData().toString());
        const QString who = citizen ? m_cache.row(QStringLiteral("citizens"), *citizen)
                                          .valueOr(std::nullopt)
                                          .value_or(QJsonObject())
                                          .value(u"last_name")
                                          .toString()
                                    : QString();
        QString body = tr("The same request again (%1).").arg(channel);
        if (!who.isEmpty())
            body = tr("The same request again, from %1 (%2).").arg(who, channel);
        const QString text =
            QStringList{m_subject->text().trimmed(), description}.join(u'\n').trimmed();
        if (!text.isEmpty())
            body += u'\n' + text;
        const auto note =
            m_cache.create(QStringLiteral("case_notes"), {{QStringLiteral("case_id"), *duplicateOf},
                                                          {QStringLiteral("body"), body},
                                                          {QStringLiteral("internal"), true}});
        if (!note)
            return problemsOf(note.error());
        if (const QString problem = recordContact(citizen, *duplicateOf); !problem.isEmpty())
            return problem;
        const auto row = m_cache.row(QStringLiteral("cases"), *duplicateOf);
        m_savedCase = *duplicateOf;
        m_savedCode = row && *row ? (**row).value(u"tracking_code").toString() : QString();
    } else {
        // The code is made here, so that it can be read out now, offline too; the server
        // keeps it (or, should it be taken, gives another and tells the agent).
        const QString code = TrackingCode::generate(*QRandomGenerator::system()).compact();
        QJsonObject fields{{QStringLiteral("tracking_code"), code},
                           {QStringLiteral("service_id"), *m_service->current()},
                           {QStringLiteral("channel"), m_channel->currentData().toString()}};
        if (citizen)
            fields.insert(QStringLiteral("citizen_id"), *citizen);
        if (const QString priority = m_priority->currentData().toString(); !priority.isEmpty())
            fields.insert(QStringLiteral("priority"), priority);
        if (const QString subject = m_subject->text().simplified(); !subject.isEmpty())
            fields.insert(QStringLiteral("subject"), subject);
        if (!description.isEmpty())
            fields.insert(QStringLiteral("description"), description);
        if (const auto district = m_district->current())
            fields.insert(QStringLiteral("district_id"), *district);
        if (const QString address = m_address->text().simplified(); !address.isEmpty())
            fields.insert(QStringLiteral("address_text"), address);
        const QString latitude = m_latitude->text().trimmed();
        const QString longitude = m_longitude->text().trimmed();
        if (latitude.isEmpty() != longitude.isEmpty())
            return tr("Give both coordinates, or neither.");
        if (!latitude.isEmpty()) {
            bool latOk = false;
            bool lonOk = false;
            const double lat = QLocale::c().toDouble(latitude, &latOk);
            const double lon = QLocale::c().toDouble(longitude, &lonOk);
            if (!latOk || !lonOk || lat < -90 || lat > 90 || lon < -180 || lon > 180)
                return tr("The coordinates are not a place on the map (latitude −90 to 90, "
                          "longitude −180 to 180, with a dot for decimals).");
            fields.insert(QStringLiteral("latitude"), lat);
            fields.insert(QStringLiteral("longitude"), lon);
        }
        const auto created = m_cache.create(QStringLiteral("cases"), fields);
        if (!created)
            return problemsOf(created.error());
        m_savedCase = *created;
        m_savedCode = code;
        if (const QString problem = recordContact(citizen, *created); !problem.isEmpty()) {
            // The case is saved: say what is missing rather than lose it.
            qCWarning(lcIntake) << "the contact was not recorded:" << problem;
        }
    }
    // The case is saved whatever happens to the files: one that cannot be attached is
    // named, to be attached again from the case.
    const QString notAttached = attachChosenFiles(*m_savedCase);
    const auto parsed = TrackingCode::parse(m_savedCode);
    m_tracking->setText(parsed ? parsed->displayForm() : m_savedCode);
    m_savedHeading->setText(duplicateOf ? tr("Added to the open request") : tr("Request saved"));
    QString savedText =
        tr("Read this tracking code to the citizen. With it they can follow the request. "
           "It is sent to the server with the next sync.");
    if (!notAttached.isEmpty())
        savedText += QStringLiteral("\n\n") + notAttached;
    m_savedText->setText(savedText);
    m_pages->setCurrentIndex(1);
    m_done->setDefault(true);
    m_done->setFocus();
    return {};
}

QString IntakeDialog::attachChosenFiles(qint64 caseId)
{
    QStringList failed;
    for (const QString &path : m_attachments->files()) {
        const auto attached = m_cache.attachFile(QStringLiteral("cases"), caseId, path);
        if (!attached) {
            qCWarning(lcIntake) << "a file was not attached:" << attached.error().detail;
            failed << tr("%1: %2").arg(QFileInfo(path).fileName(), attached.error().message());
        }
    }
    if (failed.isEmpty())
        return {};
    return tr("These files were not attached; attach them again from the case:\n%1")
        .arg(failed.join(QLatin1Char('\n')));
}

} // namespace Shahrvand::Ui
