// Citizen 360 on the server (issue 6), driven through the workstation's real widgets
// against the real server process, on SQLite and PostgreSQL:
//  - a supervisor lists possible duplicates (GET /api/v1/citizens/duplicates), merges a
//    pair taking a field from the merged record (a record changed meanwhile is read again
//    first), the server keeps that value and after a sync the copy has the case moved;
//    undo from the 360 view brings it back; a refused merge (two national IDs) shows the
//    server's reason in the user's language and merges nothing;
//  - an administrator exports a citizen to JSON and prints the Persian document to PDF,
//    then erases them with a reason: after a sync the copy holds the anonymized citizen;
//  - the server gone: the list says so and keeps what it had, the actions say so.
// With SHAHRVAND_TEST_ARTIFACTS the screens are rendered in Persian and English.
#include "appfonts.h"
#include "citizen360view.h"
#include "citizenduplicates.h"
#include "citizenerasedialog.h"
#include "citizenmergedialog.h"
#include "citizenprivacyactions.h"
#include "citizenspage.h"
#include "localcache.h"
#include "localization.h"
#include "nationalid.h"
#include "serverquery.h"
#include "syncharness.h"
#include "testenvironment.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Shahrvand;
using namespace Shahrvand::SyncHarness;

namespace {

QString phoneNumber()
{
    return QStringLiteral("0912%1").arg(QRandomGenerator::global()->bounded(1000000, 9999999));
}

QPixmap grabbed(QWidget &widget)
{
    widget.show();
    QApplication::processEvents();
    return widget.grab();
}

// Strings added since the last lupdate, compiled from the helper's TSV (see
// tests/gui/approvalsfixture.cpp); nothing when the variable is not set.
void useExtraTranslations(bool persian)
{
    static QTranslator extra;
    static const bool loaded = [] {
        const QString path = qEnvironmentVariable("SHAHRVAND_EXTRA_QM");
        return !path.isEmpty() && extra.load(path);
    }();
    if (!loaded)
        return;
    QCoreApplication::removeTranslator(&extra);
    if (persian)
        QCoreApplication::installTranslator(&extra);
}

} // namespace

class TestCitizenMerge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> m_harness;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Ui::Localization> m_localization;

    // A citizen on the server (with a phone and a case); the ids.
    struct Planted
    {
        qint64 citizen = 0;
        qint64 caseId = 0;
    };
    Planted plant(const QString &token, const QString &first, const QString &last,
                  const QString &phone, const QString &notes)
    {
        Planted planted;
        const HttpAnswer citizen =
            callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/citizens"), token,
                    {{QStringLiteral("first_name"), first},
                     {QStringLiteral("last_name"), last},
                     {QStringLiteral("notes"), notes}});
        if (citizen.status != 201) {
            qWarning() << citizen.body;
            return planted;
        }
        planted.citizen = citizen.body.value(u"id").toInteger();
        const HttpAnswer phoneRow = callApi(
            m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/citizen_phones"), token,
            {{QStringLiteral("citizen_id"), planted.citizen}, {QStringLiteral("e164"), phone}});
        if (phoneRow.status != 201)
            qWarning() << phoneRow.body;
        const HttpAnswer request = callApi(
            m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/cases"), token,
            {{QStringLiteral("service_id"), m_harness->serviceId()},
             {QStringLiteral("channel"), QStringLiteral("phone")},
             {QStringLiteral("citizen_id"), planted.citizen},
             {QStringLiteral("subject"), QStringLiteral("چراغ کوچه خاموش است")},
             {QStringLiteral("description"), QStringLiteral("روبه\u200cروی خانه %1").arg(last)}});
        if (request.status != 201)
            qWarning() << request.body;
        planted.caseId = request.body.value(u"id").toInteger();
        return planted;
    }

    static qint64 cachedCitizenOf(Client &client, qint64 caseId)
    {
        const auto row = client.cache().row(QStringLiteral("cases"), caseId);
        return row && row->has_value() ? (*row)->value(u"citizen_id").toInteger() : -1;
    }

    // The row of the pair of `a` and `b` in the list, or -1.
    static int pairRow(const Ui::CitizenDuplicates &list, qint64 a, qint64 b)
    {
        for (int row = 0; row < list.pairCount(); ++row) {
            const QJsonObject pair = list.pair(row);
            const qint64 one = pair.value(u"citizen").toObject().value(u"id").toInteger();
            const qint64 two = pair.value(u"other").toObject().value(u"id").toInteger();
            if ((one == a && two == b) || (one == b && two == a))
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<Ui::CitizenMergeDialog *>();
        qRegisterMetaType<Ui::CitizenEraseDialog *>();
        Ui::installApplicationFonts();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_localization = std::make_unique<Ui::Localization>(*m_settings);
        m_localization->applyWithoutSaving(Language::English);
        m_harness = std::make_unique<Harness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
    }
    void cleanupTestCase() { m_harness.reset(); }

    void supervisorMergesAPairAndUndoesIt()
    {
        const QString token = m_harness->tokenOf(QStringLiteral("supervisor.s"));
        const QString phone = phoneNumber();
        const Planted a = plant(token, QStringLiteral("محمد"), QStringLiteral("حسینی"), phone,
                                QStringLiteral("از تماس تلفنی"));
        const Planted b = plant(token, QStringLiteral("محمد"), QStringLiteral("حسینی"), phone,
                                QStringLiteral("از درگاه وب، نشانی تازه"));
        QVERIFY(a.citizen > 0 && b.citizen > 0 && a.caseId > 0 && b.caseId > 0);

        Client &supervisor = m_harness->addClient(QStringLiteral("supervisor.s"));
        QVERIFY(supervisor.syncUntilClean());
        SyncClient::ServerQuery query([&supervisor] { return supervisor.session(); },
                                      Language::English);
        Ui::CitizensPage page(supervisor.cache());
        page.resize(1280, 800);
        QVERIFY(!page.duplicatesButton()->isVisibleTo(&page)); // no server yet
        page.setServerAccess(&query, true, false);
        QVERIFY(page.duplicatesButton()->isVisibleTo(&page));
        QSignalSpy syncAsked(&page, &Ui::CitizensPage::syncRequested);

        Ui::CitizenDuplicates &list = *page.duplicates();
        QSignalSpy answered(&list, &Ui::CitizenDuplicates::answered);
        page.duplicatesButton()->click();
        QVERIFY(answered.wait(15'000));
        const int row = pairRow(list, a.citizen, b.citizen);
        QVERIFY2(row >= 0, qPrintable(list.statusLabel()->text()));
        QCOMPARE(list.table()->item(row, 2)->text(),
                 QStringLiteral("The same phone and similar names"));
        QVERIFY(!list.table()->item(row, 3)->text().isEmpty());
        QVERIFY(list.table()->item(row, 0)->text().contains(QStringLiteral("حسینی")));

        QSignalSpy opened(&list, &Ui::CitizenDuplicates::mergeOpened);
        Ui::CitizenMergeDialog *dialog = list.openMerge(row);
        QVERIFY(dialog);
        QCOMPARE(opened.size(), 1);
        QSignalSpy loaded(dialog, &Ui::CitizenMergeDialog::loaded);
        QVERIFY(loaded.wait(10'000));
        QVERIFY(dialog->isReady());
        const qint64 survivor = dialog->survivorId();
        const qint64 merged = dialog->mergedId();
        const Planted &mergedOne = merged == a.citizen ? a : b;
        const Planted &kept = merged == a.citizen ? b : a;
        const QString mergedNotes = merged == a.citizen ? QStringLiteral("از تماس تلفنی")
                                                        : QStringLiteral("از درگاه وب، نشانی تازه");
        QVERIFY(!dialog->choosesMerged(QStringLiteral("notes"))); // the kept value by default
        dialog->choose(QStringLiteral("notes"), true);

        // Someone edits the kept record meanwhile: the merge is refused (412), both are read
        // again and the choices start over.
        const HttpAnswer current =
            callApi(m_harness->serverUrl(), "GET",
                    QStringLiteral("/api/v1/citizens/%1").arg(survivor), token);
        const HttpAnswer edited = callApi(
            m_harness->serverUrl(), "PATCH", QStringLiteral("/api/v1/citizens/%1").arg(survivor),
            token, {{QStringLiteral("father_name"), QStringLiteral("علی")}}, current.etag);
        QVERIFY2(edited.status == 200, QJsonDocument(edited.body).toJson().constData());
        QSignalSpy failed(dialog, &Ui::CitizenMergeDialog::failed);
        loaded.clear();
        dialog->merge();
        QVERIFY(failed.wait(10'000));
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("changed")));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
        QVERIFY(dialog->isReady());
        QVERIFY(!dialog->choosesMerged(QStringLiteral("notes")));
        dialog->choose(QStringLiteral("notes"), true);
        QSignalSpy done(dialog, &Ui::CitizenMergeDialog::merged);
        dialog->mergeButton()->click();
        QVERIFY(done.wait(10'000));
        QVERIFY(dialog->summaryLabel()->isVisibleTo(dialog));
        QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("Merged")),
                 qPrintable(dialog->summaryLabel()->text()));
        const qint64 mergeId =
            done.first().first().toJsonObject().value(u"merge").toObject().value(u"id").toInteger();
        QVERIFY(mergeId > 0);

        // The server's kept record has the merged one's notes and its own new father's name.
        const HttpAnswer after =
            callApi(m_harness->serverUrl(), "GET",
                    QStringLiteral("/api/v1/citizens/%1").arg(survivor), token);
        QCOMPARE(after.body.value(u"notes").toString(), mergedNotes);
        QCOMPARE(after.body.value(u"father_name").toString(), QStringLiteral("علی"));
        QVERIFY(!syncAsked.isEmpty());
        QVERIFY(supervisor.syncUntilClean());
        QCOMPARE(cachedCitizenOf(supervisor, mergedOne.caseId), survivor);
        QCOMPARE(cachedCitizenOf(supervisor, kept.caseId), survivor);
        // The list asks again after the merge: the pair is gone.
        QTRY_VERIFY_WITH_TIMEOUT(pairRow(list, a.citizen, b.citizen) < 0, 10'000);

        // Undo from the kept citizen's 360 view.
        Ui::CitizenPrivacyActions &actions = *page.view360()->serverActions();
        QVERIFY(!actions.exportButton()->isVisibleTo(&actions)); // a supervisor's
        QSignalSpy merges(&actions, &Ui::CitizenPrivacyActions::mergesAnswered);
        QVERIFY(page.showCitizen(survivor));
        QVERIFY(merges.wait(10'000));
        auto *undo = actions.mergesTable()->findChild<QPushButton *>(
            QStringLiteral("undoMerge_%1").arg(mergeId));
        QVERIFY(undo);
        QSignalSpy finished(&actions, &Ui::CitizenPrivacyActions::finished);
        // A value the kept record took is edited since: the undo is refused, and says which.
        const auto setNotes = [&](const QString &notes) {
            const HttpAnswer now =
                callApi(m_harness->serverUrl(), "GET",
                        QStringLiteral("/api/v1/citizens/%1").arg(survivor), token);
            return callApi(m_harness->serverUrl(), "PATCH",
                           QStringLiteral("/api/v1/citizens/%1").arg(survivor), token,
                           {{QStringLiteral("notes"), notes}}, now.etag)
                .status;
        };
        QCOMPARE(setNotes(QStringLiteral("یادداشت تازه")), 200);
        actions.undoMerge(mergeId);
        QVERIFY(finished.wait(10'000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(actions.statusLabel()->text().contains(QStringLiteral("changed since: Notes")),
                 qPrintable(actions.statusLabel()->text()));
        QCOMPARE(setNotes(mergedNotes), 200);
        finished.clear();
        syncAsked.clear();
        undo->click();
        QVERIFY(finished.wait(10'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(actions.statusLabel()->text()));
        QVERIFY(!syncAsked.isEmpty());
        QVERIFY(supervisor.syncUntilClean());
        QCOMPARE(cachedCitizenOf(supervisor, mergedOne.caseId), merged);
        QCOMPARE(cachedCitizenOf(supervisor, kept.caseId), survivor);
        // Undone once: a second undo is refused, in the server's words.
        finished.clear();
        actions.undoMerge(mergeId);
        QVERIFY(finished.wait(10'000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(actions.statusLabel()->text().startsWith(
                     QStringLiteral("The merge was not undone: ")) &&
                     actions.statusLabel()->text().size() > 30,
                 qPrintable(actions.statusLabel()->text()));
        SHAHRVAND_VERIFY_CONVERGED(*m_harness, supervisor);

        // The server gone: the list says so plainly and keeps the pairs it had.
        QSignalSpy listed(&list, &Ui::CitizenDuplicates::answered);
        list.refresh();
        QVERIFY(listed.wait(15'000));
        const int pairs = list.pairCount();
        QVERIFY(pairRow(list, a.citizen, b.citizen) >= 0);
        m_harness->stopServer();
        listed.clear();
        list.refresh();
        QVERIFY(listed.wait(30'000));
        QVERIFY2(list.statusLabel()->text().contains(QStringLiteral("did not answer")),
                 qPrintable(list.statusLabel()->text()));
        QCOMPARE(list.pairCount(), pairs);
        QCOMPARE(list.table()->rowCount(), pairs);
        merges.clear();
        actions.refreshMerges();
        QVERIFY(merges.wait(30'000));
        QCOMPARE(actions.merges().size(), 1);
        QVERIFY(m_harness->restartServer());
        m_harness->removeClient(supervisor);
    }

    void aRefusedMergeSaysWhyInTheUsersLanguage()
    {
        // Two people with one phone and one name but two national IDs: the server refuses
        // (409 merge_refused, different_national_ids) and the dialog shows its words.
        const QString token = m_harness->tokenOf(QStringLiteral("supervisor.s"));
        const QString phone = phoneNumber();
        QRandomGenerator rng(1405);
        QList<qint64> ids;
        for (int i = 0; i < 2; ++i) {
            const HttpAnswer citizen =
                callApi(m_harness->serverUrl(), "POST", QStringLiteral("/api/v1/citizens"), token,
                        {{QStringLiteral("national_id"), NationalId::generateValid(rng).digits()},
                         {QStringLiteral("first_name"), QStringLiteral("علی")},
                         {QStringLiteral("last_name"), QStringLiteral("رضایی")}});
            QVERIFY2(citizen.status == 201, QJsonDocument(citizen.body).toJson().constData());
            ids << citizen.body.value(u"id").toInteger();
            QCOMPARE(callApi(m_harness->serverUrl(), "POST",
                             QStringLiteral("/api/v1/citizen_phones"), token,
                             {{QStringLiteral("citizen_id"), ids.last()},
                              {QStringLiteral("e164"), phone}})
                         .status,
                     201);
        }
        Client &supervisor = m_harness->addClient(QStringLiteral("supervisor.s"));
        SyncClient::ServerQuery query([&supervisor] { return supervisor.session(); },
                                      Language::Persian);
        Ui::CitizenMergeDialog dialog(query, ids.first(), ids.last());
        QSignalSpy loaded(&dialog, &Ui::CitizenMergeDialog::loaded);
        QVERIFY(loaded.wait(10'000));
        QVERIFY(dialog.isReady());
        QSignalSpy failed(&dialog, &Ui::CitizenMergeDialog::failed);
        dialog.mergeButton()->click();
        QVERIFY(failed.wait(10'000));
        QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("کد ملی")),
                 qPrintable(dialog.problemLabel()->text()));
        QVERIFY(dialog.mergeButton()->isEnabled()); // the choices stay; nothing was merged
        const HttpAnswer merges =
            callApi(m_harness->serverUrl(), "GET",
                    QStringLiteral("/api/v1/citizens/%1/merges").arg(ids.first()), token);
        QCOMPARE(merges.body.value(u"items").toArray().size(), 0);
        m_harness->removeClient(supervisor);
    }

    void administratorExportsPrintsAndErases()
    {
        const QString token = m_harness->tokenOf(QStringLiteral("admin"));
        const Planted c = plant(token, QStringLiteral("نرگس"), QStringLiteral("توکلی"),
                                phoneNumber(), QStringLiteral("ترجیح می\u200cدهد پیامک بگیرد"));
        QVERIFY(c.citizen > 0 && c.caseId > 0);
        Client &admin = m_harness->addClient(QStringLiteral("admin"));
        QVERIFY(admin.syncUntilClean());
        SyncClient::ServerQuery query([&admin] { return admin.session(); }, Language::English);
        Ui::CitizensPage page(admin.cache());
        page.resize(1280, 800);
        page.setServerAccess(&query, true, true);
        QString chosen;
        QString filter;
        page.setSavePathChooser([&](const QString &suggested, const QString &type) {
            filter = type;
            return chosen.isEmpty() ? QString() : m_dir.filePath(chosen + u'-' + suggested);
        });
        QVERIFY(page.showCitizen(c.citizen));
        Ui::CitizenPrivacyActions &actions = *page.view360()->serverActions();
        QVERIFY(actions.isVisibleTo(&page));
        QVERIFY(actions.exportButton()->isVisibleTo(&page));
        QSignalSpy finished(&actions, &Ui::CitizenPrivacyActions::finished);

        // Cancelled: nothing asked, nothing written.
        actions.exportButton()->click();
        QVERIFY(!finished.wait(500));

        chosen = QStringLiteral("export");
        actions.exportButton()->click();
        QVERIFY(finished.wait(10'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(actions.statusLabel()->text()));
        QVERIFY(filter.contains(QStringLiteral("*.json")));
        QFile json(m_dir.filePath(QStringLiteral("export-citizen-%1.json").arg(c.citizen)));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(exported.value(u"format").toString(),
                 QStringLiteral("shahrvand-citizen-export/1"));
        QCOMPARE(exported.value(u"citizen").toObject().value(u"id").toInteger(), c.citizen);
        QCOMPARE(exported.value(u"citizen").toObject().value(u"last_name").toString(),
                 QStringLiteral("توکلی"));
        QCOMPARE(exported.value(u"phones").toArray().size(), 1);
        QCOMPARE(exported.value(u"cases").toArray().size(), 1);
        QVERIFY(!exported.value(u"audit").toArray().isEmpty());

        finished.clear();
        chosen = QStringLiteral("print");
        actions.printButton()->click();
        QVERIFY(finished.wait(10'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(actions.statusLabel()->text()));
        QFile pdf(m_dir.filePath(QStringLiteral("print-citizen-%1.pdf").arg(c.citizen)));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 5000);
        if (qEnvironmentVariableIsSet("SHAHRVAND_TEST_ARTIFACTS"))
            QFile::copy(pdf.fileName(), Testing::artifactDirectory().filePath(
                                            QStringLiteral("citizen-export-en.pdf")));

        // Erase: the dialog needs a reason and the box ticked.
        QSignalSpy opened(&actions, &Ui::CitizenPrivacyActions::eraseOpened);
        actions.eraseButton()->click();
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.first().first().value<Ui::CitizenEraseDialog *>();
        QVERIFY(!dialog->eraseButton()->isEnabled());
        dialog->reasonEdit()->setPlainText(QStringLiteral("درخواست شهروند، نامه ۱۴۰۵/۱۲۳"));
        QVERIFY(!dialog->eraseButton()->isEnabled());
        dialog->understoodBox()->setChecked(true);
        QVERIFY(dialog->eraseButton()->isEnabled());
        QSignalSpy syncAsked(&page, &Ui::CitizensPage::syncRequested);
        finished.clear();
        dialog->eraseButton()->click();
        QVERIFY(finished.wait(10'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(actions.statusLabel()->text()));
        QVERIFY(actions.statusLabel()->text().startsWith(QStringLiteral("Erased.")));
        QCOMPARE(syncAsked.size(), 1);
        QVERIFY(admin.syncUntilClean());
        const auto citizen = admin.cache().row(QStringLiteral("citizens"), c.citizen);
        QVERIFY(citizen && citizen->has_value());
        QVERIFY(!(*citizen)->value(u"anonymized_at").isNull());
        QCOMPARE((*citizen)->value(u"last_name").toString(), QString());
        const auto kept = admin.cache().row(QStringLiteral("cases"), c.caseId);
        QVERIFY(kept && kept->has_value());
        QCOMPARE((*kept)->value(u"description").toString(), QString());

        // Erased once: a second erasure is refused, in the server's words.
        finished.clear();
        actions.eraseButton()->click();
        auto *again = opened.last().first().value<Ui::CitizenEraseDialog *>();
        again->reasonEdit()->setPlainText(QStringLiteral("again"));
        again->understoodBox()->setChecked(true);
        again->eraseButton()->click();
        QVERIFY(finished.wait(10'000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(actions.statusLabel()->text().startsWith(QStringLiteral("Nothing was erased: ")));

        // Offline: the export says so and writes nothing.
        m_harness->stopServer();
        finished.clear();
        chosen = QStringLiteral("offline");
        actions.exportJson();
        QVERIFY(finished.wait(30'000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(actions.statusLabel()->text().contains(QStringLiteral("did not answer")),
                 qPrintable(actions.statusLabel()->text()));
        QVERIFY(!QFile::exists(
            m_dir.filePath(QStringLiteral("offline-citizen-%1.json").arg(c.citizen))));
        QVERIFY(m_harness->restartServer());
        m_harness->removeClient(admin);
    }

    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("SHAHRVAND_TEST_ARTIFACTS"))
            QSKIP("SHAHRVAND_TEST_ARTIFACTS is not set");
        const QDir artifacts = Testing::artifactDirectory();
        const QString token = m_harness->tokenOf(QStringLiteral("admin"));
        Client &admin = m_harness->addClient(QStringLiteral("admin"));
        for (const Language language : {Language::Persian, Language::English}) {
            m_localization->applyWithoutSaving(language);
            useExtraTranslations(language == Language::Persian);
            const QString suffix =
                language == Language::Persian ? QStringLiteral("fa") : QStringLiteral("en");
            const QString phone = phoneNumber();
            const Planted a = plant(token, QStringLiteral("زهرا"), QStringLiteral("کریمی"), phone,
                                    QStringLiteral("تماس از ۱۳۷"));
            const Planted b = plant(token, QStringLiteral("زهره"), QStringLiteral("کریمی"), phone,
                                    QStringLiteral("درگاه وب"));
            QVERIFY(a.citizen > 0 && b.citizen > 0);
            QVERIFY(admin.syncUntilClean());
            SyncClient::ServerQuery query([&admin] { return admin.session(); }, language);
            Ui::CitizensPage page(admin.cache());
            page.resize(1280, 760);
            page.setServerAccess(&query, true, true);
            page.setSavePathChooser([&](const QString &suggested, const QString &) {
                return m_dir.filePath(suggested);
            });
            QSignalSpy answered(page.duplicates(), &Ui::CitizenDuplicates::answered);
            page.showDuplicates();
            QVERIFY(answered.wait(15'000));
            QVERIFY(grabbed(page).save(
                artifacts.filePath(u"citizen-duplicates-%1.png"_qs.arg(suffix))));
            const int row = pairRow(*page.duplicates(), a.citizen, b.citizen);
            QVERIFY(row >= 0);
            Ui::CitizenMergeDialog *dialog = page.duplicates()->openMerge(row);
            QSignalSpy loaded(dialog, &Ui::CitizenMergeDialog::loaded);
            QVERIFY(loaded.wait(10'000));
            dialog->choose(QStringLiteral("notes"), true);
            QVERIFY(
                grabbed(*dialog).save(artifacts.filePath(u"citizen-merge-%1.png"_qs.arg(suffix))));
            QSignalSpy done(dialog, &Ui::CitizenMergeDialog::merged);
            dialog->merge();
            QVERIFY(done.wait(10'000));
            QVERIFY(grabbed(*dialog).save(
                artifacts.filePath(u"citizen-merge-done-%1.png"_qs.arg(suffix))));
            const qint64 survivor = dialog->survivorId();
            dialog->close();
            QVERIFY(admin.syncUntilClean());
            Ui::CitizenPrivacyActions &actions = *page.view360()->serverActions();
            QSignalSpy merges(&actions, &Ui::CitizenPrivacyActions::mergesAnswered);
            page.showCitizen(survivor);
            QVERIFY(merges.wait(10'000));
            QVERIFY(grabbed(page).save(
                artifacts.filePath(u"citizen-360-server-%1.png"_qs.arg(suffix))));
            QSignalSpy finished(&actions, &Ui::CitizenPrivacyActions::finished);
            actions.print();
            QVERIFY(finished.wait(10'000));
            QFile::remove(artifacts.filePath(u"citizen-export-%1.pdf"_qs.arg(suffix)));
            QFile::copy(m_dir.filePath(u"citizen-%1.pdf"_qs.arg(survivor)),
                        artifacts.filePath(u"citizen-export-%1.pdf"_qs.arg(suffix)));
            Ui::CitizenEraseDialog *erase = actions.openErase();
            QVERIFY(erase);
            erase->reasonEdit()->setPlainText(QStringLiteral("درخواست شهروند، نامه ۱۴۰۵/۱۲۳"));
            QVERIFY(
                grabbed(*erase).save(artifacts.filePath(u"citizen-erase-%1.png"_qs.arg(suffix))));
            erase->reject();
            // Offline: the last list stays, and the line says why.
            m_harness->stopServer();
            answered.clear();
            page.showDuplicates();
            QVERIFY(answered.wait(30'000));
            QVERIFY(grabbed(page).save(
                artifacts.filePath(u"citizen-duplicates-offline-%1.png"_qs.arg(suffix))));
            QVERIFY(m_harness->restartServer());
        }
        m_localization->applyWithoutSaving(Language::English);
        useExtraTranslations(false);
        m_harness->removeClient(admin);
        qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
    }
};

QTEST_MAIN(TestCitizenMerge)
#include "tst_citizenmerge.moc"
