// "Delegate while away" on the workstation, headless over a real cache: the approvals
// page offers it to approvers only; the dialog refuses bad days and a missing colleague in
// clear words, writes a delegation through the cache (whole Jalali days in Iran's time,
// queued for the next sync), lists the delegations that have not ended, ends one in force
// and removes one ahead; screenshots in Persian and English.
#include "appfonts.h"
#include "approvalsfixture.h"
#include "approvalspage.h"
#include "delegationdialog.h"
#include "jalalidate.h"
#include "localcache.h"
#include "localization.h"
#include "searchpicker.h"
#include "shellfixture.h"
#include "testenvironment.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;
using namespace Shahrvand::Testing::Approvals;

namespace {

qint64 iranMidnight(int year, int month, int day)
{
    return QDateTime(fromJalali(year, month, day), QTime(0, 0), iranTimeZone()).toMSecsSinceEpoch();
}

// Fills the form and presses "Delegate".
bool delegate(DelegationDialog &dialog, const QString &from, const QString &to, qint64 user)
{
    dialog.fromEdit()->setText(from);
    dialog.toEdit()->setText(to);
    if (user)
        dialog.delegatePicker()->setCurrent(user);
    else
        dialog.delegatePicker()->clearCurrent();
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    return dialog.messageLabel()->font().bold() == false;
}

QList<QJsonObject> delegations(Cache::LocalCache &cache)
{
    const auto rows = cache.rows(u"delegations"_qs, 100);
    return rows ? *rows : QList<QJsonObject>{};
}

// An agent of unit 5 (user 7) standing in for the supervisor of unit 3 (user 12), as the
// server describes them at sign-in; the supervisor's delegation, cached.
Access::Principal standIn(ShellFixture &fixture)
{
    Access::Principal user = ShellFixture::user();
    user.roles = {Access::Role::Agent};
    user.units = {OrgUnitId(5)};
    user.visibleUnits = {OrgUnitId(5)};
    Access::Delegator supervisor;
    supervisor.userId = UserId(12);
    supervisor.displayName = u"علی توکلی"_qs;
    supervisor.roles = {Access::Role::Supervisor};
    supervisor.visibleUnits = {OrgUnitId(3)};
    user.delegators = {supervisor};
    if (!fixture.pull(u"delegations"_qs, {row(80, {{u"approver_id"_qs, 12},
                                                   {u"delegate_id"_qs, 7},
                                                   {u"starts_at"_qs, nowMs() - 24 * hourMs},
                                                   {u"ends_at"_qs, nowMs() + 96 * hourMs}})}))
        qWarning("the delegation was not planted");
    return user;
}

} // namespace

class TestDelegation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization;

    // The approver's page, with the cached users of the approvals world and the approver
    // themself (user 7), at 3 Azar 1405 14:30 in Tehran.
    std::unique_ptr<ApprovalsPage> openPage(ShellFixture &fixture,
                                            const Access::Principal &user = ShellFixture::user())
    {
        plant(fixture);
        if (!fixture.pull(u"users"_qs, {row(7, {{u"display_name"_qs, u"مریم احمدی"_qs}})}))
            qWarning("user 7 not planted");
        auto page = std::make_unique<ApprovalsPage>(fixture.cache(), user);
        page->setClock([] { return nowMs(); });
        page->resize(1280, 760);
        page->show();
        page->reload();
        return page;
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
        // The sentences are compared in English.
        m_localization->applyWithoutSaving(Language::English);
        QCOMPARE(
            formatJalaliDate(
                QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC).toTimeZone(iranTimeZone()).date(),
                DateStyle::Numeric, QLocale(QLocale::English)),
            u"1405/09/03"_qs);
    }

    void offeredToApproversOnly()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        auto page = openPage(fixture);
        QVERIFY(page->delegateButton());
        QVERIFY(page->delegateButton()->isVisible());
        QCOMPARE(page->delegateButton()->text(), u"Delegate while away…"_qs);
        Access::Principal agent = ShellFixture::user();
        agent.roles = {Access::Role::Agent};
        ApprovalsPage agentsPage(fixture.cache(), agent);
        QVERIFY(!agentsPage.delegateButton());
        // The button opens the dialog over the page.
        QTest::mouseClick(page->delegateButton(), Qt::LeftButton);
        auto *dialog = page->findChild<DelegationDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

    void refusesBadInputInClearWords()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        auto page = openPage(fixture);
        DelegationDialog *dialog = page->openDelegationDialog();
        // The colleagues offered: every cached user but the approver.
        QCOMPARE(dialog->delegatePicker()->list()->count(), 4);
        for (int i = 0; i < dialog->delegatePicker()->list()->count(); ++i)
            QVERIFY(dialog->delegatePicker()->list()->item(i)->text() != u"مریم احمدی"_qs);

        QVERIFY(!delegate(*dialog, {}, u"1405/09/10"_qs, 22));
        QVERIFY(dialog->messageLabel()->text().startsWith(u"First day away: "_qs));
        QVERIFY(!delegate(*dialog, u"1405/13/01"_qs, u"1405/09/10"_qs, 22));
        QVERIFY(dialog->messageLabel()->text().startsWith(u"First day away: "_qs));
        QVERIFY(!delegate(*dialog, u"1405/09/10"_qs, u"1405/09/05"_qs, 22));
        QCOMPARE(dialog->messageLabel()->text(),
                 u"The last day away cannot come before the first."_qs);
        QVERIFY(!delegate(*dialog, u"1405/09/01"_qs, u"1405/09/02"_qs, 22));
        QCOMPARE(dialog->messageLabel()->text(),
                 u"These days are over already: choose days from today on."_qs);
        QVERIFY(!delegate(*dialog, u"1405/09/04"_qs, u"1405/09/06"_qs, 0));
        QCOMPARE(dialog->messageLabel()->text(),
                 u"Choose the colleague who decides for you while you are away."_qs);
        // Nothing was written, and what was typed is still there.
        QVERIFY(delegations(fixture.cache()).isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), 0);
        QCOMPARE(dialog->fromEdit()->text(), u"1405/09/04"_qs);
        QCOMPARE(dialog->toEdit()->text(), u"1405/09/06"_qs);
    }

    void writesListsEndsAndRemoves()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        auto page = openPage(fixture);
        int pushes = 0;
        connect(page.get(), &ApprovalsPage::decisionsMade, this, [&pushes] { ++pushes; });
        DelegationDialog *dialog = page->openDelegationDialog();
        QVERIFY(dialog->findChild<QLabel *>(u"delegationsEmpty"_qs)->isVisible());

        // Away from today (typed in Persian digits) to 12 Azar: whole days in Tehran.
        QVERIFY(delegate(*dialog, u"۱۴۰۵/۰۹/۰۳"_qs, u"12 Azar 1405"_qs, 22));
        QCOMPARE(dialog->messageLabel()->text(),
                 u"سارا نادری decides your approvals from 3 Azar 1405 to 12 Azar 1405. It is "
                 "sent with the next sync."_qs);
        QCOMPARE(pushes, 1);
        QList<QJsonObject> rows = delegations(fixture.cache());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"delegate_id"_qs).toInteger(), 22);
        QCOMPARE(rows.first().value(u"starts_at"_qs).toInteger(), iranMidnight(1405, 9, 3));
        QCOMPARE(rows.first().value(u"ends_at"_qs).toInteger(), iranMidnight(1405, 9, 13));
        const auto sent = fixture.cache().pendingMutations(10);
        QVERIFY(sent);
        QCOMPARE(sent->size(), 1);
        QCOMPARE(sent->first().toObject().value(u"entity"_qs).toString(), u"delegations"_qs);
        QCOMPARE(sent->first().toObject().value(u"op"_qs).toString(), u"create"_qs);
        QVERIFY(
            !sent->first().toObject().value(u"fields"_qs).toObject().contains(u"approver_id"_qs));
        // The form is cleared for the next one; a second, ahead, to another colleague.
        QVERIFY(dialog->fromEdit()->text().isEmpty());
        QVERIFY(delegate(*dialog, u"1405/10/01"_qs, u"1405/10/05"_qs, 12));

        QTreeWidget *list = dialog->delegationList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), u"سارا نادری"_qs);
        QCOMPARE(list->topLevelItem(0)->text(1), u"3 Azar 1405"_qs);
        QCOMPARE(list->topLevelItem(0)->text(2), u"12 Azar 1405"_qs);
        QCOMPARE(list->topLevelItem(0)->text(3), u"In force, not yet sent"_qs);
        QCOMPARE(list->topLevelItem(1)->text(0), u"علی توکلی"_qs);
        QCOMPARE(list->topLevelItem(1)->text(3), u"Ahead, not yet sent"_qs);

        // The server has them (as the next sync leaves them): the approver's rows.
        const auto pending = fixture.cache().pendingMutations(10);
        QVERIFY(pending && pending->size() == 2);
        QJsonArray answers;
        qint64 serverId = 70;
        for (const QJsonValue &value : *pending) {
            QJsonObject serverRow = value[u"fields"_qs].toObject();
            serverRow.insert(u"id"_qs, ++serverId);
            serverRow.insert(u"version"_qs, 5);
            serverRow.insert(u"deleted"_qs, false);
            serverRow.insert(u"approver_id"_qs, 7);
            answers.append(QJsonObject{{u"client_mutation_id"_qs, value[u"client_mutation_id"_qs]},
                                       {u"status"_qs, u"applied"_qs},
                                       {u"row"_qs, serverRow}});
        }
        QVERIFY(fixture.cache().applyPushResults(*pending, answers));
        // Someone else's delegation to the approver is not theirs to end.
        QVERIFY(fixture.pull(u"delegations"_qs,
                             {row(80, {{u"approver_id"_qs, 12},
                                       {u"delegate_id"_qs, 7},
                                       {u"starts_at"_qs, iranMidnight(1405, 9, 1)},
                                       {u"ends_at"_qs, iranMidnight(1405, 9, 20)}})}));
        dialog->reload();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(3), u"In force"_qs);
        QCOMPARE(list->topLevelItem(1)->text(3), u"Ahead"_qs);

        // The one ahead is removed.
        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(dialog->endButton()->text(), u"Remove it"_qs);
        QTest::mouseClick(dialog->endButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageLabel()->text(), u"The delegation to علی توکلی is removed."_qs);
        QCOMPARE(list->topLevelItemCount(), 1);
        // The one in force ends now: it stays as the record, ended.
        list->setCurrentItem(list->topLevelItem(0));
        QCOMPARE(dialog->endButton()->text(), u"End it now"_qs);
        QTest::mouseClick(dialog->endButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageLabel()->text(), u"سارا نادری no longer decides for you."_qs);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(dialog->findChild<QLabel *>(u"delegationsEmpty"_qs)->isVisible());
        const auto ended = fixture.cache().row(u"delegations"_qs, 71);
        QVERIFY(ended && *ended);
        QCOMPARE((*ended)->value(u"ends_at"_qs).toInteger(), nowMs());
        const auto removed = fixture.cache().row(u"delegations"_qs, 72);
        QVERIFY(removed);
        QVERIFY(!*removed || (*removed)->value(u"deleted"_qs).toBool());
        const auto queued = fixture.cache().pendingMutations(10);
        QVERIFY(queued);
        QCOMPARE(queued->size(), 2);
        QCOMPARE(pushes, 4);
    }

    void delegatesInboxSaysForWhom()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        const Access::Principal user = standIn(fixture);
        auto page = openPage(fixture, user);
        // No approver role of their own: no delegating, but the supervisor's items, each
        // marked with whom they decide for.
        QVERIFY(!page->delegateButton());
        QCOMPARE(page->waitingCount(), 5);
        for (int row = 0; row < page->view()->model()->rowCount(); ++row)
            QVERIFY(page->view()->model()->index(row, 0).data().toString().startsWith(
                u"For علی توکلی — "_qs));
        page->view()->setCurrentIndex(page->view()->model()->index(1, 0));
        QCoreApplication::processEvents();
        bool told = false;
        for (const QLabel *label : page->findChildren<QLabel *>())
            told = told || label->text().contains(u", for علی توکلی (you stand in for them)"_qs);
        QVERIFY(told);
    }

    void screenshots()
    {
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            m_localization->applyWithoutSaving(language);
            useExtraTranslations(language == Language::Persian);
            const QString suffix = language == Language::Persian ? u"fa"_qs : u"en"_qs;
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            auto page = openPage(fixture);
            QVERIFY(QTest::qWaitForWindowExposed(page.get()));
            QCoreApplication::processEvents();
            QVERIFY(page->grab().save(
                artifacts.filePath(u"delegation-approvals-%1.png"_qs.arg(suffix))));
            DelegationDialog *dialog = page->openDelegationDialog();
            QVERIFY(delegate(*dialog, u"1405/09/03"_qs, u"1405/09/12"_qs, 22));
            QVERIFY(delegate(*dialog, u"1405/10/01"_qs, u"1405/10/05"_qs, 12));
            QVERIFY(!delegate(*dialog, u"1405/09/20"_qs, u"1405/09/15"_qs, 21));
            dialog->delegatePicker()->lineEdit()->setFocus();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QCoreApplication::processEvents();
            QVERIFY(dialog->grab().save(artifacts.filePath(u"delegation-%1.png"_qs.arg(suffix))));
            dialog->close();
            ShellFixture standing(false);
            QVERIFY(standing.isValid());
            const Access::Principal user = standIn(standing);
            auto inbox = openPage(standing, user);
            inbox->view()->setCurrentIndex(inbox->view()->model()->index(2, 0));
            QVERIFY(QTest::qWaitForWindowExposed(inbox.get()));
            QCoreApplication::processEvents();
            QVERIFY(
                inbox->grab().save(artifacts.filePath(u"delegation-inbox-%1.png"_qs.arg(suffix))));
            qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
        }
        m_localization->applyWithoutSaving(Language::English);
        useExtraTranslations(false);
    }
};

QTEST_MAIN(TestDelegation)
#include "tst_delegation.moc"
