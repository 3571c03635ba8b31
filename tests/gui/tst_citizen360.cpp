// The Citizens section headless over a real cache: a citizen found by name and opened, the
// 360 view's summary figures and profile (the national ID masked as the cache holds it),
// the timeline newest first with its type and Jalali date filters, a case opened from it,
// a call logged and a message queued as interactions in the cache's outbox, a new case
// started with the citizen chosen, and screenshots in Persian and English.
#include "appfonts.h"
#include "casespage.h"
#include "citizen360view.h"
#include "citizenprofile.h"
#include "citizenspage.h"
#include "citizentimelinemodel.h"
#include "datetimefield.h"
#include "globalsearch.h"
#include "intakedialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "shellfixture.h"
#include "testenvironment.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Cache::TimelineKind;
using Shahrvand::Testing::ShellFixture;

namespace {

const qint64 hour = 3'600'000;
const qint64 day = 24 * hour;
// 1 Azar 1405, 12:30 in Tehran.
const qint64 base = ShellFixture::createdAtMs();
const qint64 now = base + 10 * day;

QJsonObject row(qint64 id, const QJsonObject &fields)
{
    QJsonObject result{{u"id"_qs, id}, {u"version"_qs, 1}, {u"deleted"_qs, false}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject caseOf(qint64 id, qint64 citizen, qint64 createdAt, const QString &status, qint64 dueAt)
{
    QJsonObject c = ShellFixture::caseRow(id, u"پروندهٔ %1"_qs.arg(id));
    c.insert(u"citizen_id"_qs, citizen);
    c.insert(u"created_at"_qs, createdAt);
    c.insert(u"status"_qs, status);
    c.insert(u"resolution_due_at"_qs, dueAt);
    return c;
}

// Citizen 1, Maryam Rezaei, with eight items; citizen 2 with a case and a call of their own.
//   day 1: case 101 (in progress, due day 2: overdue now), its note 401 an hour later
//   day 2: call 201 (five minutes)        day 3: case 102 (resolved), mission 501 for 101
//   day 4: survey 301 on 102 (score 5)    day 5: case 103 (new)      day 6: walk-in 202
void plant(ShellFixture &fixture)
{
    QJsonObject maryam = ShellFixture::citizenRow(1, u"مریم"_qs, u"رضایی"_qs);
    maryam.insert(u"first_name_latin"_qs, u"Maryam"_qs);
    maryam.insert(u"last_name_latin"_qs, u"Rezaei"_qs);
    maryam.insert(u"gender"_qs, u"female"_qs);
    maryam.insert(u"preferred_channel"_qs, u"sms"_qs);
    maryam.insert(u"preferred_language"_qs, u"fa"_qs);
    maryam.insert(u"tags"_qs, QJsonArray{u"elderly"_qs, u"vip"_qs});
    maryam.insert(u"notes"_qs,
                  u"ترجیح می‌دهد صبح‌ها تماس گرفته شود."_qs);
    QVERIFY(fixture.pull(u"citizens"_qs,
                         {maryam, ShellFixture::citizenRow(2, u"علی"_qs, u"کریمی"_qs)}));
    QVERIFY(fixture.pull(u"org_units"_qs, {row(5, {{u"kind"_qs, u"district"_qs},
                                                   {u"code"_qs, u"d5"_qs},
                                                   {u"name_fa"_qs, u"منطقهٔ ۵"_qs},
                                                   {u"name_en"_qs, u"District 5"_qs}})}));
    QVERIFY(fixture.pull(u"services"_qs, {row(12, {{u"code"_qs, u"lighting"_qs},
                                                   {u"name_fa"_qs, u"روشنایی معابر"_qs},
                                                   {u"name_en"_qs, u"Street lighting"_qs}})}));
    QVERIFY(fixture.pull(u"citizen_addresses"_qs,
                         {row(11, {{u"citizen_id"_qs, 1},
                                   {u"label"_qs, u"خانه"_qs},
                                   {u"address_text"_qs, u"خیابان آزادی، کوچهٔ ۱۲"_qs},
                                   {u"district_id"_qs, 5},
                                   {u"is_primary"_qs, true}})}));
    QVERIFY(fixture.pull(u"citizen_phones"_qs,
                         {row(12, {{u"citizen_id"_qs, 1}, {u"e164"_qs, u"+98912***4567"_qs}})}));
    QVERIFY(
        fixture.pull(u"citizen_emails"_qs,
                     {row(13, {{u"citizen_id"_qs, 1}, {u"email"_qs, u"m.rezaei@example.ir"_qs}})}));
    QVERIFY(
        fixture.pull(u"cases"_qs, {caseOf(101, 1, base + day, u"in_progress"_qs, base + 2 * day),
                                   caseOf(102, 1, base + 3 * day, u"resolved"_qs, base + 5 * day),
                                   caseOf(103, 1, base + 5 * day, u"new"_qs, base + 20 * day),
                                   caseOf(104, 2, base + 4 * day, u"new"_qs, base + 20 * day)}));
    const auto interaction = [](qint64 id, qint64 citizen, const QString &channel, qint64 at) {
        return row(id, {{u"citizen_id"_qs, citizen},
                        {u"channel"_qs, channel},
                        {u"direction"_qs, u"inbound"_qs},
                        {u"started_at"_qs, at},
                        {u"ended_at"_qs, at + 5 * 60'000},
                        {u"notes"_qs, u"پیگیری چراغ خاموش"_qs}});
    };
    QJsonObject aboutCase = interaction(201, 1, u"phone"_qs, base + 2 * day);
    aboutCase.insert(u"case_id"_qs, 101); // the call was about case 101
    QVERIFY(fixture.pull(u"interactions"_qs,
                         {aboutCase, interaction(202, 1, u"walk_in"_qs, base + 6 * day),
                          interaction(203, 2, u"phone"_qs, base + 7 * day)}));
    QVERIFY(
        fixture.pull(u"survey_responses"_qs, {row(301, {{u"case_id"_qs, 102},
                                                        {u"citizen_id"_qs, 1},
                                                        {u"channel"_qs, u"sms"_qs},
                                                        {u"score"_qs, 5},
                                                        {u"responded_at"_qs, base + 4 * day}})}));
    QVERIFY(fixture.pull(u"case_notes"_qs, {row(401, {{u"case_id"_qs, 101},
                                                      {u"body"_qs, u"با شهروند تماس گرفته شد."_qs},
                                                      {u"created_at"_qs, base + day + hour}})}));
    QVERIFY(fixture.pull(u"missions"_qs, {row(501, {{u"purpose"_qs, u"بازدید از محل"_qs},
                                                    {u"order_number"_qs, u"M-1405-0042"_qs},
                                                    {u"status"_qs, u"issued"_qs},
                                                    {u"unit_id"_qs, 3}})}));
    QVERIFY(fixture.pull(u"mission_cases"_qs, {row(601, {{u"mission_id"_qs, 501},
                                                         {u"case_id"_qs, 101},
                                                         {u"created_at"_qs, base + 3 * day}})}));
}

// "case:101", ... as the timeline lists them.
QStringList shownItems(const CitizenTimelineModel *model)
{
    static const QStringList names{u"case"_qs, u"interaction"_qs, u"mission"_qs, u"survey"_qs,
                                   u"note"_qs};
    QStringList items;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        items << names.at(index.data(CitizenTimelineModel::KindRole).toInt()) + u':' +
                     QString::number(index.data(CitizenTimelineModel::IdRole).toLongLong());
    }
    return items;
}

int outboxCount(Cache::LocalCache &cache)
{
    QSqlQuery query(cache.database());
    query.exec(u"SELECT COUNT(*) FROM outbox WHERE entity = 'interactions' AND op = 'create'"_qs);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestCitizen360 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization;

    // The page with citizen 1 found by name and opened.
    bool openMaryam(CitizensPage &page)
    {
        page.view360()->setClock([] { return now; });
        QSignalSpy found(&page, &CitizensPage::citizensFound);
        Testing::typeKeys(page.searchField(), u"مریم رض"_qs);
        if (!found.wait(10'000) || page.results()->count() != 1)
            return false;
        page.results()->setCurrentRow(0);
        QTest::keyClick(page.results(), Qt::Key_Return);
        return page.isShowingCitizen() && page.view360()->citizenId() == 1;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
        installApplicationFonts();
        m_store =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        m_localization = std::make_unique<Localization>(*m_store);
    }

    void init() { m_localization->applyWithoutSaving(Language::English); }

    void searchChooseAndSummary()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        CitizensPage page(fixture.cache());
        QVERIFY(openMaryam(page));
        const CitizenProfile *profile = page.view360()->profile();
        QCOMPARE(profile->shownText(u"open_cases"_qs), u"2 (1 overdue) of 3"_qs);
        QCOMPARE(profile->shownText(u"last_contact"_qs), u"7 Azar 1405, 12:30"_qs);
        QVERIFY2(profile->shownText(u"satisfaction"_qs).startsWith(u"5.0 of 5"_qs),
                 qPrintable(profile->shownText(u"satisfaction"_qs)));
        QCOMPARE(profile->shownText(u"flags"_qs), u"Elderly, VIP"_qs);
        QCOMPARE(profile->shownText(u"summary_channel"_qs), u"SMS"_qs);
        // The national ID and the phone as the cache has them: masked for this user.
        QCOMPARE(profile->shownText(u"national_id"_qs), u"\u2066******5678\u2069"_qs);
        QVERIFY(profile->shownText(u"phones"_qs).contains(u"+98912***4567"_qs));
        QCOMPARE(profile->shownText(u"name_latin"_qs), u"\u2066Maryam Rezaei\u2069"_qs);
        QCOMPARE(profile->shownText(u"birth_date"_qs), u"1 Farvardin 1367"_qs);
        QVERIFY(profile->shownText(u"addresses"_qs).contains(u"District 5"_qs));
        QVERIFY(profile->shownText(u"emails"_qs).contains(u"m.rezaei@example.ir"_qs));
        QCOMPARE(profile->shownText(u"consent"_qs), u"SMS"_qs);
        // Everything, newest first; citizen 2's case and call are not in it.
        QCOMPARE(
            shownItems(page.view360()->model()),
            (QStringList{u"interaction:202"_qs, u"case:103"_qs, u"survey:301"_qs, u"mission:501"_qs,
                         u"case:102"_qs, u"interaction:201"_qs, u"note:401"_qs, u"case:101"_qs}));
        const CitizenTimelineModel *model = page.view360()->model();
        const QString status = model->index(7, CitizenTimelineModel::Status).data().toString();
        QVERIFY2(status.contains(u"In progress"_qs) && status.contains(u"overdue"_qs),
                 qPrintable(status));
        QCOMPARE(model->index(5, CitizenTimelineModel::Kind).data().toString(),
                 u"Call received"_qs);
        QCOMPARE(model->index(5, CitizenTimelineModel::Case).data().toString(),
                 ShellFixture::printedTrackingCode(101)); // the call was about it
        QCOMPARE(model->index(0, CitizenTimelineModel::Case).data().toString(), QString());
        QVERIFY(model->index(5, CitizenTimelineModel::Details)
                    .data()
                    .toString()
                    .contains(u"5 minutes"_qs));
        QCOMPARE(model->index(0, CitizenTimelineModel::When).data().toString(),
                 u"7 Azar 1405, 12:30"_qs);
        QCOMPARE(model->index(6, CitizenTimelineModel::Case).data().toString(),
                 ShellFixture::printedTrackingCode(101));
        // File → Export to CSV gives the timeline as shown: a header and the eight items.
        const QString csv = QString::fromUtf8(page.exportCsv());
        QCOMPARE(csv.split(u"\r\n"_qs, Qt::SkipEmptyParts).size(), 9);
        QVERIFY(csv.contains(ShellFixture::trackingCodeFor(101).left(3)));
        QVERIFY(csv.contains(u"Call received"_qs));
        // Back to the results, and the search field's Enter opens a single match itself.
        page.view360()->backButton()->click();
        QVERIFY(!page.isShowingCitizen());
        QSignalSpy found(&page, &CitizensPage::citizensFound);
        page.searchField()->clear();
        Testing::typeKeys(page.searchField(), u"کریمی"_qs);
        QTest::keyClick(page.searchField(), Qt::Key_Return);
        QVERIFY(found.wait(10'000));
        QTRY_VERIFY(page.isShowingCitizen());
        QCOMPARE(page.view360()->citizenId(), 2);
        QCOMPARE(shownItems(page.view360()->model()),
                 (QStringList{u"interaction:203"_qs, u"case:104"_qs}));
        // A citizen this computer does not have (a case's citizen not synced yet): said so,
        // and nothing to act on.
        QVERIFY(!page.showCitizen(999));
        QVERIFY(!page.view360()->newCaseButton()->isEnabled());
        QVERIFY(!page.view360()->logCallButton()->isEnabled());
        QCOMPARE(page.view360()->model()->rowCount(), 0);
    }

    // An erased citizen's blank profile says why; a merged one says where they went; fields
    // an administrator added show by name.
    void erasedMergedAndCustomFields()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        QJsonObject erased = ShellFixture::citizenRow(7, QString(), QString());
        erased.insert(u"anonymized_at"_qs, now - 86'400'000LL);
        QJsonObject merged = ShellFixture::citizenRow(8, u"سارا"_qs, u"نوری"_qs);
        merged.insert(u"merged_into_id"_qs, 9);
        merged.insert(
            u"custom_fields"_qs,
            QJsonObject{{u"parcel"_qs, u"P-77"_qs}, {u"household"_qs, 4}, {u"veteran"_qs, true}});
        QVERIFY(fixture.pull(u"citizens"_qs, {erased, merged}));
        CitizensPage page(fixture.cache());
        page.view360()->setClock([] { return now; });
        QVERIFY(page.showCitizen(7));
        const CitizenProfile *profile = page.view360()->profile();
        QVERIFY2(profile->shownText(u"erased"_qs).contains(u"erased on"_qs),
                 qPrintable(profile->shownText(u"erased"_qs)));
        QCOMPARE(profile->shownText(u"merged_into"_qs), QString());
        QVERIFY(page.showCitizen(8));
        QVERIFY(profile->shownText(u"merged_into"_qs).contains(u"Merged into citizen 9"_qs));
        QCOMPARE(profile->shownText(u"erased"_qs), QString());
        QVERIFY(profile->shownText(u"custom_parcel"_qs).contains(u"P-77"_qs));
        QVERIFY(profile->shownText(u"custom_household"_qs).contains(u"4"_qs));
        QVERIFY(profile->shownText(u"custom_veteran"_qs).contains(u"Yes"_qs));
        // Nothing is recorded on a merged record: a button leads to the one it went into.
        QVERIFY(!page.view360()->logCallButton()->isEnabled());
        QVERIFY(page.view360()->survivorButton()->isVisibleTo(page.view360()));
        QVERIFY(
            fixture.pull(u"citizens"_qs, {ShellFixture::citizenRow(9, u"سارا"_qs, u"نوری"_qs)}));
        page.view360()->survivorButton()->click();
        QCOMPARE(page.view360()->citizenId(), 9);
        QVERIFY(page.view360()->logCallButton()->isEnabled());
        QVERIFY(!page.view360()->survivorButton()->isVisibleTo(page.view360()));
        QVERIFY(page.showCitizen(7)); // erased: nothing to record either
        QVERIFY(!page.view360()->newCaseButton()->isEnabled());
    }

    void timelineFilters()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        CitizensPage page(fixture.cache());
        QVERIFY(openMaryam(page));
        Citizen360View *view = page.view360();
        const CitizenTimelineModel *model = view->model();
        view->kindFilter()->setCurrentIndex(1); // cases
        QCOMPARE(shownItems(model), (QStringList{u"case:103"_qs, u"case:102"_qs, u"case:101"_qs}));
        QCOMPARE(view->countLabel()->text(), u"3 items"_qs);
        view->kindFilter()->setCurrentIndex(0);
        // 3 to 6 Azar, both days whole, typed in Persian digits.
        view->fromEdit()->setText(u"۱۴۰۵/۰۹/۰۳"_qs);
        view->toEdit()->setText(u"1405/9/6"_qs);
        QVERIFY(view->applyFilter());
        QCOMPARE(shownItems(model),
                 (QStringList{u"case:103"_qs, u"survey:301"_qs, u"mission:501"_qs, u"case:102"_qs,
                              u"interaction:201"_qs}));
        view->kindFilter()->setCurrentIndex(1);
        QCOMPARE(shownItems(model), (QStringList{u"case:103"_qs, u"case:102"_qs}));
        // A date that does not exist: said under the filter, the list as it was.
        view->toEdit()->setText(u"1405/13/01"_qs);
        QVERIFY(!view->applyFilter());
        QVERIFY(!view->filterProblem()->isHidden());
        QVERIFY(!view->filterProblem()->text().isEmpty());
        QCOMPARE(model->rowCount(), 2);
        view->toEdit()->setText(u"1405/09/02"_qs);
        QVERIFY(!view->applyFilter()); // before the first day
        view->fromEdit()->clear();
        view->toEdit()->clear();
        QVERIFY(view->applyFilter());
        QVERIFY(view->filterProblem()->isHidden());
        QCOMPARE(model->rowCount(), 3);

        // Double-clicking a case's note opens the case.
        view->kindFilter()->setCurrentIndex(0);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy opened(&page, &CitizensPage::openCaseRequested);
        const QRect note = view->timeline()->visualRect(model->index(6, 2));
        QTest::mouseClick(view->timeline()->viewport(), Qt::LeftButton, {}, note.center());
        QTest::mouseDClick(view->timeline()->viewport(), Qt::LeftButton, {}, note.center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), 101);
        QSignalSpy mission(&page, &CitizensPage::openMissionRequested);
        emit view->timeline()->activated(model->index(3, 0));
        QCOMPARE(mission.count(), 1);
        QCOMPARE(mission.first().first().toLongLong(), 501);
    }

    void callsAndMessagesGoToTheOutbox()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        CitizensPage page(fixture.cache());
        QVERIFY(openMaryam(page));
        Citizen360View *view = page.view360();
        QCOMPARE(outboxCount(fixture.cache()), 0);
        QSignalSpy edited(&page, &CitizensPage::edited);

        LogContactDialog *call = view->openContactDialog(LogContactDialog::Mode::Call);
        call->text()->setPlainText(u"درخواست پیگیری پرونده"_qs);
        // An end before the start is refused, nothing written, nothing typed lost.
        call->ended()->dateEdit()->setText(u"1405/09/01"_qs);
        QVERIFY(!call->save().isEmpty());
        QVERIFY(!call->problemLabel()->isHidden());
        QCOMPARE(outboxCount(fixture.cache()), 0);
        QCOMPARE(call->text()->toPlainText(), u"درخواست پیگیری پرونده"_qs);
        call->ended()->dateEdit()->clear();
        call->direction()->setCurrentIndex(1); // we called
        call->accept();
        QCOMPARE(outboxCount(fixture.cache()), 1);
        QCOMPARE(edited.count(), 1);
        const CitizenTimelineModel *model = view->model();
        QCOMPARE(model->rowCount(), 9);
        QCOMPARE(model->index(0, CitizenTimelineModel::Kind).data().toString(), u"Call made"_qs);
        QVERIFY(model->index(0, CitizenTimelineModel::Details)
                    .data()
                    .toString()
                    .contains(u"درخواست پیگیری پرونده"_qs));
        QCOMPARE(view->profile()->shownText(u"last_contact"_qs), u"11 Azar 1405, 12:30"_qs);

        LogContactDialog *message = view->openContactDialog(LogContactDialog::Mode::Message);
        QVERIFY(!message->queuedLabel()->isHidden());
        QVERIFY(message->queuedLabel()->text().contains(u"Not sent yet"_qs));
        QCOMPARE(message->channel()->currentData().toString(), u"sms"_qs); // preferred
        QVERIFY(!message->save().isEmpty());                               // nothing written yet
        QCOMPARE(outboxCount(fixture.cache()), 1);
        message->text()->setPlainText(u"پرونده شما در حال بررسی است."_qs);
        message->accept();
        QCOMPARE(outboxCount(fixture.cache()), 2);
        QCOMPARE(model->rowCount(), 10);
        // Both at "now": the later id first. The message says it is queued, not sent.
        int queuedRow = -1;
        for (int r = 0; r < 2; ++r) {
            if (model->index(r, CitizenTimelineModel::Kind).data().toString() == u"Message")
                queuedRow = r;
        }
        QVERIFY(queuedRow >= 0);
        QCOMPARE(model->index(queuedRow, CitizenTimelineModel::Status).data().toString(),
                 u"Queued: not sent yet"_qs);
        const QString details =
            model->index(queuedRow, CitizenTimelineModel::Details).data().toString();
        QVERIFY(details.contains(u"پرونده شما در حال بررسی است."_qs));
        QVERIFY(!details.contains(u"queued-message"_qs));
        // The row in the cache: an outbound SMS of citizen 1.
        const qint64 id =
            model->index(queuedRow, 0).data(CitizenTimelineModel::IdRole).toLongLong();
        const auto stored = fixture.cache().row(u"interactions"_qs, id);
        QVERIFY(stored && *stored);
        QCOMPARE((**stored).value(u"direction"_qs).toString(), u"outbound"_qs);
        QCOMPARE((**stored).value(u"channel"_qs).toString(), u"sms"_qs);
        QCOMPARE((**stored).value(u"citizen_id"_qs).toInteger(), 1);
    }

    void newCaseWithTheCitizenChosen()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        CitizensPage page(fixture.cache());
        QVERIFY(openMaryam(page));
        qint64 chosen = 0;
        connect(&page, &CitizensPage::intakeOpened, this, [&chosen](IntakeDialog *dialog) {
            const QListWidgetItem *item = dialog->citizenResults()->currentItem();
            chosen = item ? item->data(Qt::UserRole + 1).toLongLong() : -1;
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
        page.view360()->newCaseButton()->click();
        QCOMPARE(chosen, 1);
    }

    void theShellOpensCitizensCasesAndMissions()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        Testing::ManualClock clock(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        MainWindow window(clock, *m_localization, *m_store, fixture.workspace());
        auto *cases = qobject_cast<CasesPage *>(window.page(Section::Cases));
        auto *citizens = qobject_cast<CitizensPage *>(window.page(Section::Citizens));
        QVERIFY(cases && citizens);
        // The citizen card of a case opens the citizen's 360 view.
        window.showSection(Section::Cases);
        QVERIFY(cases->openCase(101));
        emit cases->citizenRequested(1, u"مریم رضایی"_qs);
        QCOMPARE(window.currentSection(), Section::Citizens);
        QVERIFY(citizens->isShowingCitizen());
        QCOMPARE(citizens->view360()->citizenId(), 1);
        QCOMPARE(citizens->view360()->model()->rowCount(), 8);
        // A case of the timeline opens in the Cases section, a mission in the Missions one.
        emit citizens->view360()->openCaseRequested(103);
        QCOMPARE(window.currentSection(), Section::Cases);
        QVERIFY(cases->isShowingCase());
        window.showSection(Section::Citizens);
        QVERIFY(citizens->isShowingCitizen()); // still on the citizen
        emit citizens->view360()->openMissionRequested(501);
        QCOMPARE(window.currentSection(), Section::Missions);
        // The global search box searches citizens, from the 360 view too.
        window.showSection(Section::Citizens);
        QSignalSpy found(citizens, &CitizensPage::citizensFound);
        window.searchBox()->setText(u"کریمی"_qs);
        QVERIFY(found.wait(10'000));
        QVERIFY(!citizens->isShowingCitizen());
        QCOMPARE(citizens->results()->count(), 1);
    }

    void persianIsRightToLeftAndScreenshots()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            m_localization->applyWithoutSaving(language);
            CitizensPage page(fixture.cache());
            page.resize(1280, 760);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(openMaryam(page));
            QCoreApplication::processEvents();
            const bool persian = language == Language::Persian;
            QCOMPARE(page.layoutDirection(), persian ? Qt::RightToLeft : Qt::LeftToRight);
            const CitizenProfile *profile = page.view360()->profile();
            if (persian) {
                QCOMPARE(profile->shownText(u"national_id"_qs), u"\u2066******۵۶۷۸\u2069"_qs);
                QCOMPARE(profile->shownText(u"birth_date"_qs), u"۱ فروردین ۱۳۶۷"_qs);
                QVERIFY(profile->shownText(u"open_cases"_qs).contains(u'۲'));
            }
            // The card is on the start side: right in Persian.
            const QPoint card = profile->mapTo(&page, QPoint(0, 0));
            const QPoint table = page.view360()->timeline()->mapTo(&page, QPoint(0, 0));
            QVERIFY(persian ? card.x() > table.x() : card.x() < table.x());
            const QString suffix = persian ? u"fa"_qs : u"en"_qs;
            QVERIFY(page.grab().save(artifacts.filePath(u"citizen360-%1.png"_qs.arg(suffix))));
            LogContactDialog *message =
                page.view360()->openContactDialog(LogContactDialog::Mode::Message);
            QVERIFY(QTest::qWaitForWindowExposed(message));
            QVERIFY(message->grab().save(
                artifacts.filePath(u"citizen360-message-%1.png"_qs.arg(suffix))));
            message->reject();
            LogContactDialog *call =
                page.view360()->openContactDialog(LogContactDialog::Mode::Call);
            QVERIFY(QTest::qWaitForWindowExposed(call));
            QVERIFY(
                call->grab().save(artifacts.filePath(u"citizen360-call-%1.png"_qs.arg(suffix))));
            call->reject();
            qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
        }
    }
};

QTEST_MAIN(TestCitizen360)
#include "tst_citizen360.moc"
