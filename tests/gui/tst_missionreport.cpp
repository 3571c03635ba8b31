// The mission report on the workstation, headless over a real cache: who may write it and
// when (the people sent, the unit's supervisor, while the order is issued or in progress),
// actual times typed as Jalali dates in Persian digits, each linked case's outcome, every
// check made before anything is written, the mission and its outcomes kept together or not
// at all, photos attached offline, and screenshots in Persian and English.
#include "appfonts.h"
#include "approvalsfixture.h"
#include "datetimefield.h"
#include "jalalidate.h"
#include "localcache.h"
#include "localization.h"
#include "missionreport.h"
#include "receiptviewer.h"
#include "shellfixture.h"
#include "testenvironment.h"
#include "visibletexts.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;
using Shahrvand::Testing::Approvals::hourMs;
using Shahrvand::Testing::Approvals::row;

namespace {

constexpr qint64 issued = 40, draft = 41, completed = 42;

// 2 Azar 1405, 14:00 in Tehran: the day after the rows were made.
qint64 nowMs()
{
    return ShellFixture::createdAtMs() + 29 * hourMs + 30 * 60'000;
}

qint64 tehran(int year, int month, int day, int hour, int minute)
{
    return QDateTime(fromJalali(year, month, day), QTime(hour, minute), iranTimeZone())
        .toMSecsSinceEpoch();
}

QJsonObject mission(qint64 id, const QString &status, const QString &purpose,
                    const QString &report = {})
{
    return row(id, {{u"order_number"_qs, u"1405-%1"_qs.arg(id)},
                    {u"purpose"_qs, purpose},
                    {u"status"_qs, status},
                    {u"approval_status"_qs, status == u"draft" ? u"none"_qs : u"approved"_qs},
                    {u"unit_id"_qs, 3},
                    {u"requested_by"_qs, 12},
                    {u"report"_qs, report}});
}

// Mission 40 (issued, Hossein Moradi sent, cases 701 and 702 linked), 41 (a draft), 42
// (completed, its report written).
void plant(ShellFixture &fixture)
{
    QVERIFY(fixture.pull(u"users"_qs, {row(30, {{u"display_name"_qs, u"حسین مرادی"_qs}}),
                                       row(12, {{u"display_name"_qs, u"علی توکلی"_qs}})}));
    QVERIFY(fixture.pull(
        u"cases"_qs,
        {ShellFixture::caseRow(701, u"آب‌گرفتگی زیرگذر میدان آزادی"_qs),
         ShellFixture::caseRow(
             702, u"چراغ خاموش پیاده‌رو خیابان بهار"_qs)}));
    QVERIFY(fixture.pull(u"missions"_qs,
                         {mission(issued, u"issued"_qs,
                                  u"بازدید و رفع آب‌گرفتگی زیرگذر"_qs),
                          mission(draft, u"draft"_qs, u"بازرسی پل عابر"_qs),
                          mission(completed, u"completed"_qs, u"تعمیر چراغ‌ها"_qs,
                                  u"همه تعمیر شد."_qs)}));
    QVERIFY(fixture.pull(
        u"mission_assignees"_qs,
        {row(81, {{u"mission_id"_qs, issued}, {u"user_id"_qs, 30}, {u"role"_qs, u"leader"_qs}})}));
    QVERIFY(fixture.pull(u"mission_cases"_qs,
                         {row(401, {{u"mission_id"_qs, issued}, {u"case_id"_qs, 701}}),
                          row(402, {{u"mission_id"_qs, issued}, {u"case_id"_qs, 702}})}));
}

Access::Principal fieldOfficer(qint64 id)
{
    Access::Principal officer;
    officer.userId = UserId(id);
    officer.username = u"officer.%1"_qs.arg(id);
    officer.displayName = u"حسین مرادی"_qs;
    officer.roles = {Access::Role::FieldOfficer};
    officer.units = {OrgUnitId(3)};
    officer.visibleUnits = {OrgUnitId(3)};
    return officer;
}

void type(DateTimeField *field, const QString &date, const QString &time)
{
    field->dateEdit()->setText(date);
    field->timeEdit()->setText(time);
    emit field->edited();
}

QJsonObject onlyMutation(Cache::LocalCache &cache, const QString &entity)
{
    const auto sent = cache.pendingMutations(100);
    QJsonObject found;
    for (const QJsonValue &value : sent ? *sent : QJsonArray()) {
        if (value.toObject().value(u"entity"_qs).toString() == entity) {
            if (!found.isEmpty())
                return {}; // more than one
            found = value.toObject();
        }
    }
    return found;
}

} // namespace

class TestMissionReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization;

    std::unique_ptr<MissionReportPanel> openPanel(ShellFixture &fixture, qint64 missionId,
                                                  const Access::Principal &user)
    {
        auto panel = std::make_unique<MissionReportPanel>(fixture.cache(), user);
        panel->setClock([] { return nowMs(); });
        panel->resize(760, 900);
        panel->setMission(missionId);
        panel->show();
        return panel;
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

    void init() { m_localization->applyWithoutSaving(Language::Persian); }

    void whoMayWriteAndWhen()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        // The unit's supervisor, and the officer sent on the mission, while it is issued.
        for (const Access::Principal &user : {ShellFixture::user(), fieldOfficer(30)}) {
            auto panel = openPanel(fixture, issued, user);
            QVERIFY(panel->mayWrite());
            QVERIFY(!panel->reportEdit()->isReadOnly());
            QVERIFY(panel->attachButton()->isEnabled());
            QVERIFY(panel->saveButton()->isVisible());
            QVERIFY(!panel->saveButton()->isEnabled()); // nothing changed yet
        }
        // An officer not sent on it reads it only, and hears why.
        auto other = openPanel(fixture, issued, fieldOfficer(33));
        QVERIFY(!other->mayWrite());
        QVERIFY(other->reportEdit()->isReadOnly());
        QVERIFY(other->outcomeEdit(701)->isReadOnly());
        QVERIFY(!other->saveButton()->isVisible());
        QVERIFY(!other->stateLine()->text().isEmpty());
        // Before the order is issued, and after the mission ended, nobody writes it.
        auto early = openPanel(fixture, draft, ShellFixture::user());
        QVERIFY(!early->mayWrite());
        auto late = openPanel(fixture, completed, ShellFixture::user());
        QVERIFY(!late->mayWrite());
        QCOMPARE(late->reportEdit()->toPlainText(), u"همه تعمیر شد."_qs);
        QVERIFY(late->stateLine()->text() != early->stateLine()->text());
        // Nothing was written by looking.
        QCOMPARE(fixture.cache().pendingCount(), 0);
    }

    void theReportAndTheOutcomesAreSavedTogether()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto panel = openPanel(fixture, issued, ShellFixture::user());
        QCOMPARE(panel->layoutDirection(), Qt::RightToLeft);
        QSignalSpy edited(panel.get(), &MissionReportPanel::edited);
        // Persian digits, as a Persian keyboard types them.
        type(panel->actualStart(), u"۱۴۰۵/۰۹/۰۲"_qs, u"۰۸:۳۰"_qs);
        type(panel->actualEnd(), u"1405/9/2"_qs, u"11:15"_qs);
        panel->reportEdit()->setPlainText(u"آب زیرگذر تخلیه و آبرو لایروبی شد."_qs);
        panel->outcomeEdit(701)->setPlainText(u"آبروی شرقی لایروبی شد؛ آب تخلیه شد."_qs);
        QVERIFY(panel->saveButton()->isEnabled());
        QCOMPARE(panel->save(), QString());
        QCOMPARE(edited.size(), 1);

        // Two edits: the mission's three columns, and case 701's outcome (702's did not
        // change, so nothing is sent for it).
        QCOMPARE(fixture.cache().pendingCount(), 2);
        const QJsonObject missionEdit = onlyMutation(fixture.cache(), u"missions"_qs);
        const QJsonObject fields = missionEdit.value(u"fields"_qs).toObject();
        QCOMPARE(missionEdit.value(u"op"_qs).toString(), u"update"_qs);
        QCOMPARE(fields.value(u"actual_start"_qs).toInteger(), tehran(1405, 9, 2, 8, 30));
        QCOMPARE(fields.value(u"actual_end"_qs).toInteger(), tehran(1405, 9, 2, 11, 15));
        QCOMPARE(fields.value(u"report"_qs).toString(), u"آب زیرگذر تخلیه و آبرو لایروبی شد."_qs);
        const QJsonObject outcome = onlyMutation(fixture.cache(), u"mission_cases"_qs);
        QCOMPARE(outcome.value(u"id"_qs).toInteger(), 401);
        QCOMPARE(outcome.value(u"fields"_qs).toObject(),
                 (QJsonObject{{u"outcome"_qs, u"آبروی شرقی لایروبی شد؛ آب تخلیه شد."_qs}}));

        // Read back as saved: the times in Jalali with Persian digits.
        panel->setMission(issued);
        QCOMPARE(panel->actualStart()->dateEdit()->text(), u"۱۴۰۵/۰۹/۰۲"_qs);
        QCOMPARE(panel->actualStart()->timeEdit()->text(), u"۰۸:۳۰"_qs);
        QVERIFY(!panel->hasChanges());
        QVERIFY(!panel->saveButton()->isEnabled());
    }

    void everythingIsCheckedBeforeAnythingIsWritten()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto panel = openPanel(fixture, issued, ShellFixture::user());
        panel->outcomeEdit(702)->setPlainText(u"لامپ تعویض شد."_qs);

        type(panel->actualStart(), u"1405/09/02"_qs, u"11:00"_qs);
        type(panel->actualEnd(), u"1405/09/02"_qs, u"09:00"_qs);
        QVERIFY(!panel->save().isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), 0);

        type(panel->actualEnd(), u"1405/09/02"_qs, u"25:00"_qs);
        QVERIFY(!panel->save().isEmpty());
        type(panel->actualEnd(), u"1405/13/02"_qs, u"10:00"_qs);
        QVERIFY(!panel->save().isEmpty());
        // Tomorrow has not happened yet.
        type(panel->actualEnd(), u"1405/09/03"_qs, u"10:00"_qs);
        QVERIFY(!panel->save().isEmpty());
        // An end without a start.
        type(panel->actualStart(), QString(), QString());
        type(panel->actualEnd(), u"1405/09/02"_qs, u"10:00"_qs);
        QVERIFY(!panel->save().isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), 0);

        // A report longer than the field takes is refused, never cut.
        type(panel->actualStart(), u"1405/09/02"_qs, u"08:00"_qs);
        panel->reportEdit()->setPlainText(QString(20001, u'آ'));
        const QString tooLong = panel->save();
        QVERIFY(!tooLong.isEmpty());
        QCOMPARE(panel->messageLine()->text(), tooLong);
        QCOMPARE(fixture.cache().pendingCount(), 0);
        QCOMPARE(panel->reportEdit()->toPlainText().size(), 20001);

        // A failure in the middle of the write (the link left this computer's copy after
        // the panel read it) undoes the mission's edit too.
        panel->reportEdit()->setPlainText(u"گزارش کوتاه"_qs);
        const QJsonObject page{
            {u"changes"_qs, QJsonArray()},
            {u"drops"_qs,
             QJsonArray{QJsonObject{{u"entity"_qs, u"mission_cases"_qs}, {u"id"_qs, 402}}}},
            {u"cursor"_qs, 500},
            {u"more"_qs, false}};
        QVERIFY(fixture.cache().applyPullPage(page));
        QVERIFY(!panel->save().isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), 0);
        QCOMPARE((*fixture.cache().row(u"missions"_qs, issued))->value(u"report").toString(),
                 QString());
    }

    void photosAreKeptOfflineAndShown()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        QTemporaryDir files;
        const QString photo = files.filePath(u"زیرگذر.png"_qs);
        const QString program = files.filePath(u"tool.exe"_qs);
        {
            QFile out(photo);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(Testing::Approvals::receiptPng());
            QFile exe(program);
            QVERIFY(exe.open(QIODevice::WriteOnly));
            exe.write(QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(200, '\x01'));
        }
        auto panel = openPanel(fixture, issued, fieldOfficer(30));
        panel->setFileChooser([&] { return QStringList{photo}; });
        QTest::mouseClick(panel->attachButton(), Qt::LeftButton);
        QCOMPARE(panel->files()->topLevelItemCount(), 1);
        QCOMPARE(panel->files()->topLevelItem(0)->text(0), u"زیرگذر.png"_qs);
        QVERIFY(panel->viewer()->isShowingImage());
        QCOMPARE(fixture.cache().pendingCount(), 1);
        // Its row waits in the outbox for the file to reach the server first.
        const auto attached =
            fixture.cache().childRows(u"attachments"_qs, u"missions"_qs, issued, 10);
        QVERIFY(attached && attached->size() == 1);
        QCOMPARE(attached->first().value(u"owner_type"_qs).toString(), u"mission"_qs);
        QVERIFY(attached->first().value(u"id"_qs).toInteger() < 0);
        QVERIFY(fixture.cache().filesToSend() && fixture.cache().filesToSend()->size() == 1);

        // A program is no photo: named in the message, nothing kept.
        QVERIFY(!panel->attachFiles({program}).isEmpty());
        QCOMPARE(panel->files()->topLevelItemCount(), 1);
        QCOMPARE(fixture.cache().pendingCount(), 1);
        // Nobody attaches to a mission they may not report on.
        auto other = openPanel(fixture, draft, fieldOfficer(30));
        QVERIFY(!other->attachButton()->isEnabled());
        QVERIFY(!other->attachFiles({photo}).isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), 1);
    }

    void persianScreensShowNoLatinDigits()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto panel = openPanel(fixture, issued, ShellFixture::user());
        type(panel->actualStart(), u"1405/09/02"_qs, u"08:30"_qs);
        panel->save();
        panel->setMission(issued);
        const QStringList problems = Testing::notPersian(
            Testing::visibleTexts(panel.get()),
            {ShellFixture::printedTrackingCode(701), ShellFixture::printedTrackingCode(702)});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_qs)));
    }

    void screenshots()
    {
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            m_localization->applyWithoutSaving(language);
            const QString suffix = language == Language::Persian ? u"fa"_qs : u"en"_qs;
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plant(fixture);
            QTemporaryDir files;
            const QString photo = files.filePath(u"site.png"_qs);
            QFile out(photo);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(Testing::Approvals::receiptPng());
            out.close();
            auto panel = openPanel(fixture, issued, fieldOfficer(30));
            type(panel->actualStart(), u"1405/09/02"_qs, u"08:30"_qs);
            panel->reportEdit()->setPlainText(u"آب زیرگذر تخلیه و آبرو لایروبی شد."_qs);
            panel->outcomeEdit(701)->setPlainText(u"آبروی شرقی لایروبی شد."_qs);
            QCOMPARE(panel->save(), QString());
            QCOMPARE(panel->attachFiles({photo}), QString());
            type(panel->actualEnd(), u"۱۴۰۵/۰۹/۰۲"_qs, u"۰۹:۰۰"_qs);
            type(panel->actualStart(), u"۱۴۰۵/۰۹/۰۲"_qs, u"۱۰:۰۰"_qs);
            panel->save(); // refused: shown at the bottom
            QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
            QCoreApplication::processEvents();
            QVERIFY(
                panel->grab().save(artifacts.filePath(u"mission-report-%1.png"_qs.arg(suffix))));
        }
        qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
    }
};

QTEST_MAIN(TestMissionReport)
#include "tst_missionreport.moc"
