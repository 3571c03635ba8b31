// The approvals inbox on the workstation, headless over a real cache: the list with its
// figures (rials, steps, Jalali waiting times) and sorts, the details with the claim's
// lines and a receipt (a photo shown, a PDF handed to the desktop), decisions from the
// keyboard producing the local edits the server expects, batch approval of small claims
// (and its refusal), a decision the server refused because the claim was withdrawn
// meanwhile, the empty and offline states, and screenshots in Persian and English.
#include "appfonts.h"
#include "approvaldetails.h"
#include "approvalinbox.h"
#include "approvalinboxmodel.h"
#include "approvalsfixture.h"
#include "approvalspage.h"
#include "approvaltext.h"
#include "localcache.h"
#include "localization.h"
#include "money.h"
#include "receiptviewer.h"
#include "shellfixture.h"
#include "testenvironment.h"
#include "visibletexts.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;
using namespace Shahrvand::Testing::Approvals;

namespace {

QString cell(ApprovalsPage &page, int row, int column)
{
    return page.view()->model()->index(row, column).data().toString();
}

qint64 stepAt(ApprovalsPage &page, int row)
{
    return page.view()->model()->index(row, 0).data(ApprovalInboxModel::StepIdRole).toLongLong();
}

QList<qint64> shownSteps(ApprovalsPage &page)
{
    QList<qint64> steps;
    for (int row = 0; row < page.view()->model()->rowCount(); ++row)
        steps.append(stepAt(page, row));
    return steps;
}

} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization; // its translators live as long as it does

    std::unique_ptr<ApprovalsPage> openPage(ShellFixture &fixture)
    {
        auto page = std::make_unique<ApprovalsPage>(fixture.cache(), ShellFixture::user());
        page->setClock([] { return nowMs(); });
        page->resize(1280, 760);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page did not become the active window");
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
    }

    void init()
    {
        m_localization->applyWithoutSaving(Language::Persian);
        useExtraTranslations(true);
    }

    void listsWaitingItemsWithTheirFigures()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        QCOMPARE(page->layoutDirection(), Qt::RightToLeft);
        // Longest waiting first: the mission (since 09:00), then the claims by the time their
        // turn came (claim 50's second step at 11:00, when the first was approved).
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 3, 1, 4, 5}));
        QCOMPARE(page->waitingCount(), 5);
        QCOMPARE(cell(*page, 2, ApprovalInboxModel::Claimant), u"رضا کریمی"_qs);
        QCOMPARE(cell(*page, 1, ApprovalInboxModel::Claimant), u"سارا نادری"_qs);
        QCOMPARE(cell(*page, 2, ApprovalInboxModel::Unit), u"منطقهٔ ۳"_qs);
        QCOMPARE(cell(*page, 2, ApprovalInboxModel::Amount), u"۱۲٬۵۰۰٬۰۰۰ ریال"_qs);
        QVERIFY(cell(*page, 2, ApprovalInboxModel::Subject).contains(u"هزینهٔ سفر بازدید"_qs));
        QCOMPARE(cell(*page, 2, ApprovalInboxModel::Step), ApprovalText::stepOf(2, 2));
        QVERIFY(cell(*page, 2, ApprovalInboxModel::Step).contains(u"۲"_qs));
        // Its turn came at 11:00 on 1 Azar; now is two days later.
        QCOMPARE(cell(*page, 2, ApprovalInboxModel::WaitingSince),
                 ApprovalText::waitingSince(ShellFixture::createdAtMs() + 2 * hourMs, nowMs()));
        QVERIFY(cell(*page, 2, ApprovalInboxModel::WaitingSince).contains(u"۱ آذر ۱۴۰۵"_qs));
        QVERIFY(cell(*page, 2, ApprovalInboxModel::WaitingSince).contains(u"۲"_qs));
        QCOMPARE(cell(*page, 0, ApprovalInboxModel::Amount), ApprovalText::tr("Budgeted"));

        // Sorted by amount, largest first; missions (no amount) last.
        page->view()->sortByColumn(ApprovalInboxModel::Amount, Qt::DescendingOrder);
        QCOMPARE(shownSteps(*page), (QList<qint64>{4, 1, 5, 3, 6}));
        // A column that does not sort keeps the order and its arrow.
        page->view()->sortByColumn(ApprovalInboxModel::Claimant, Qt::AscendingOrder);
        QCOMPARE(shownSteps(*page), (QList<qint64>{4, 1, 5, 3, 6}));
        QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(),
                 int(ApprovalInboxModel::Amount));

        // Missions and expense claims apart.
        page->showKind(u"mission"_qs);
        QCOMPARE(shownSteps(*page), QList<qint64>{6});
        QCOMPARE(page->waitingCount(), 1);
        page->showKind(u"expense_claim"_qs);
        QCOMPARE(page->waitingCount(), 4);
        page->showKind({});
        QCOMPARE(page->waitingCount(), 5);
    }

    void detailsShowLinesReceiptsAndHistory()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        page->view()->setCurrentIndex(page->view()->model()->index(2, 0));
        ApprovalDetails *details = page->details();
        QCOMPARE(details->stepId(), 1);
        QVERIFY(details->heading()->text().contains(u"هزینهٔ سفر بازدید منطقهٔ ۴"_qs));
        QCOMPARE(details->lines()->rowCount(), 2);
        QCOMPARE(details->lines()->item(0, 1)->text(), u"۲۹ آبان ۱۴۰۵"_qs);
        QCOMPARE(details->lines()->item(0, 3)->text(), u"۴٬۵۰۰٬۰۰۰ ریال"_qs);
        QCOMPARE(details->lines()->item(1, 2)->text(), u"مهمان‌پذیر شهر"_qs);
        // The first line's receipt, a photo this computer keeps, is shown in the panel.
        QCOMPARE(details->lines()->item(0, 4)->text(), ApprovalDetails::tr("Attached"));
        QVERIFY2(details->receipts()->isShowingImage(), qPrintable(details->receipts()->message()));
        // The second line has none.
        details->lines()->setCurrentCell(1, 0);
        QVERIFY(!details->receipts()->isShowingImage());
        // The earlier step's decision.
        QCOMPARE(details->history()->topLevelItemCount(), 1);
        QCOMPARE(details->history()->topLevelItem(0)->text(1), u"علی توکلی"_qs);

        // A PDF receipt is handed to the desktop's viewer from a temporary copy.
        const QByteArray pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
        QVERIFY(fixture.cache().attachBytes(u"expense_lines"_qs, 502, pdf, u"hotel.pdf"_qs));
        settleAttachments(fixture);
        page->reload();
        QString opened;
        details->receipts()->setFileOpener([&opened](const QString &path) {
            opened = path;
            return true;
        });
        details->lines()->setCurrentCell(1, 0);
        QVERIFY(!details->receipts()->isShowingImage());
        QVERIFY(details->receipts()->openButton()->isVisibleTo(details));
        details->receipts()->openButton()->click();
        QVERIFY(opened.endsWith(u"hotel.pdf"_qs));
        QFile copy(opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), pdf);

        // A mission: purpose, period, assignees.
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        QCOMPARE(details->stepId(), 6);
        QStringList values;
        for (const auto &[label, value] : details->facts())
            values.append(value);
        QVERIFY(values.contains(u"بازدید از محل آب‌گرفتگی زیرگذر"_qs));
        QVERIFY(values.join(u'|').contains(u"حسین مرادی"_qs));
        QVERIFY(!details->lines()->isVisibleTo(details));
    }

    void keyboardDecisionsMakeTheLocalEdits()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        QSignalSpy made(page.get(), &ApprovalsPage::decisionsMade);
        QStringList asked;
        std::optional<QString> answer = u"رسید اقامت پیوست نشده است."_qs;
        page->setReasonPrompt([&](const QString &decision, const QString &) {
            asked.append(decision);
            return answer;
        });
        page->view()->setFocus();
        page->view()->setCurrentIndex(page->view()->model()->index(2, 0)); // step 1, claim 50

        // A approves; the item leaves the list and the next one is chosen.
        QTest::keyClick(page->view(), Qt::Key_A);
        QCOMPARE(made.size(), 1);
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 3, 4, 5}));
        QCOMPARE(page->details()->stepId(), 4);
        QCOMPARE(page->decidedList()->topLevelItemCount(), 1);

        // Arrows move; R asks the reason and rejects.
        QTest::keyClick(page->view(), Qt::Key_Up);
        QCOMPARE(page->details()->stepId(), 3);
        QTest::keyClick(page->view(), Qt::Key_R);
        QCOMPARE(asked, QStringList{u"rejected"_qs});
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 4, 5}));
        QCOMPARE(page->details()->stepId(), 4);

        // T asks too; cancelled, nothing changes.
        answer.reset();
        QTest::keyClick(page->view(), Qt::Key_T);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 4, 5}));
        answer = u"تاریخ هزینه با مأموریت نمی‌خواند."_qs;
        QTest::keyClick(page->view(), Qt::Key_T);
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 5}));
        QCOMPARE(page->details()->stepId(), 5);

        // Ctrl+Enter approves the mission.
        QTest::keyClick(page->view(), Qt::Key_Up);
        QCOMPARE(page->details()->stepId(), 6);
        QTest::keyClick(page->view(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(shownSteps(*page), QList<qint64>{5});
        QCOMPARE(made.size(), 4);

        // The outbox holds what the server's contract asks for, in order.
        const auto mutations = fixture.cache().pendingMutations(10);
        QVERIFY(mutations);
        QCOMPARE(mutations->size(), 4);
        QList<QPair<qint64, QJsonObject>> sent;
        for (const QJsonValue &value : *mutations) {
            const QJsonObject mutation = value.toObject();
            QCOMPARE(mutation.value(u"entity"_qs).toString(), u"approval_steps"_qs);
            QCOMPARE(mutation.value(u"op"_qs).toString(), u"update"_qs);
            sent.append(
                {mutation.value(u"id"_qs).toInteger(), mutation.value(u"fields"_qs).toObject()});
        }
        QCOMPARE(sent.at(0).first, 1);
        QCOMPARE(sent.at(0).second, (QJsonObject{{u"decision"_qs, u"approved"_qs}}));
        QCOMPARE(sent.at(1).first, 3);
        QCOMPARE(sent.at(1).second,
                 (QJsonObject{{u"decision"_qs, u"rejected"_qs},
                              {u"reason"_qs, u"رسید اقامت پیوست نشده است."_qs}}));
        QCOMPARE(sent.at(2).first, 4);
        QCOMPARE(sent.at(2).second.value(u"decision"_qs).toString(), u"returned"_qs);
        QCOMPARE(sent.at(3).first, 6);
        // Decided here, waiting to sync: the latest first, with the reasons given.
        QCOMPARE(page->decidedList()->topLevelItemCount(), 4);
        QVERIFY(page->decidedList()->topLevelItem(0)->text(0).contains(u"آب‌گرفتگی"_qs));
        QCOMPARE(page->decidedList()->topLevelItem(2)->text(2), u"رسید اقامت پیوست نشده است."_qs);
        QCOMPARE(page->waitingCount(), 1);
    }

    void smallClaimsAreApprovedTogether()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        QStringList questions;
        page->setConfirmation([&questions](const QString &question) {
            questions.append(question);
            return true;
        });
        page->setSmallClaimLimit(5'000'000);
        const auto select = [&page](const QList<int> &rows) {
            page->view()->clearSelection();
            for (int row : rows)
                page->view()->selectionModel()->select(page->view()->model()->index(row, 0),
                                                       QItemSelectionModel::Select |
                                                           QItemSelectionModel::Rows);
        };
        // Rows: steps 6 (mission), 3 (0.85 M), 1 (12.5 M), 4 (48 M), 5 (2.3 M).
        select({1, 2, 4});
        QString said = page->approveSelected();
        QVERIFY2(said.contains(Money::fromRials(5'000'000).format()), qPrintable(said));
        QVERIFY(questions.isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), 0);
        select({0, 1});
        said = page->approveSelected();
        QVERIFY(!said.isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), 0);
        QCOMPARE(page->messageLabel()->text(), said);

        select({1, 4});
        said = page->approveSelected();
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(u"۳٬۱۵۰٬۰۰۰"_qs)); // 0.85 M + 2.3 M
        QCOMPARE(fixture.cache().pendingCount(), 2);
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 1, 4}));
        QCOMPARE(page->decidedList()->topLevelItemCount(), 2);
        // The keys too: Ctrl+Shift+A.
        page->setSmallClaimLimit(50'000'000);
        select({1});
        QCOMPARE(stepAt(*page, 1), 1);
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(fixture.cache().pendingCount(), 3);
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 4}));
    }

    void aRefusedDecisionIsShownWithWhatWasDecided()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        page->setReasonPrompt([](const QString &, const QString &) {
            return std::optional<QString>(u"هزینهٔ اقامت بیش از سقف است."_qs);
        });
        page->view()->setCurrentIndex(page->view()->model()->index(3, 0)); // step 4, claim 52
        QCOMPARE(page->details()->stepId(), 4);
        page->decide(u"rejected"_qs);
        QCOMPARE(page->decidedList()->topLevelItemCount(), 1);

        // The sync: the server refuses (the claimant withdrew the claim meanwhile), and the
        // pull that follows brings the withdrawn claim.
        Cache::LocalCache &cache = fixture.cache();
        const auto sent = cache.pendingMutations(10);
        QVERIFY(sent && sent->size() == 1);
        QVERIFY(cache.applyPushResults(
            *sent,
            QJsonArray{QJsonObject{
                {u"client_mutation_id"_qs,
                 sent->first().toObject().value(u"client_mutation_id"_qs)},
                {u"status"_qs, u"rejected"_qs},
                {u"error"_qs,
                 QJsonObject{{u"code"_qs, u"approval_refused"_qs},
                             {u"message"_qs, u"این درخواست دیگر در انتظار تأیید نیست."_qs}}}}}));
        QVERIFY(fixture.pull(u"expense_claims"_qs, {claim(52, u"اقامت دو شبه در همایش"_qs,
                                                          48'000'000, 21, u"withdrawn"_qs, 3)}));
        page->reload();

        QCOMPARE(page->decidedList()->topLevelItemCount(), 0);
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 3, 1, 5}));
        QCOMPARE(page->refusedList()->count(), 1);
        const QString shown = page->refusedList()->item(0)->text();
        QVERIFY2(shown.contains(ApprovalText::tr(
                     "Withdrawn by the claimant meanwhile: your decision was not applied.")),
                 qPrintable(shown));
        QVERIFY(shown.contains(u"اقامت دو شبه در همایش"_qs));
        QVERIFY(shown.contains(u"هزینهٔ اقامت بیش از سقف است."_qs));
        QVERIFY(shown.contains(ApprovalText::decisionDone(u"rejected"_qs)));
        QVERIFY(page->findChild<QLabel *>(u"approvalsRefusedNote"_qs)->isVisibleTo(page.get()));
        QVERIFY(page->tabs()->tabText(2).contains(u"۱"_qs));

        // Read and dismissed: gone, and nothing is sent again.
        page->refusedList()->setCurrentRow(0);
        page->dismissRefusal();
        QCOMPARE(page->refusedList()->count(), 0);
        QCOMPARE(cache.conflictCount(), 0);
        QCOMPARE(cache.pendingCount(), 0);
        QVERIFY(!page->findChild<QLabel *>(u"approvalsRefusedNote"_qs)->isVisibleTo(page.get()));

        // Refused for another reason while the claim still waits: the item is back in the
        // list, and its details say what happened to the decision.
        page->view()->setCurrentIndex(page->view()->model()->index(3, 0)); // step 5, claim 53
        QCOMPARE(page->details()->stepId(), 5);
        page->decide(u"returned"_qs);
        const auto again = cache.pendingMutations(10);
        QVERIFY(again && again->size() == 1);
        QVERIFY(cache.applyPushResults(
            *again,
            QJsonArray{QJsonObject{
                {u"client_mutation_id"_qs,
                 again->first().toObject().value(u"client_mutation_id"_qs)},
                {u"status"_qs, u"rejected"_qs},
                {u"error"_qs,
                 QJsonObject{
                     {u"code"_qs, u"forbidden"_qs},
                     {u"message"_qs,
                      u"نقش شما اجازهٔ این تغییر را نمی‌دهد."_qs}}}}}));
        page->reload();
        QCOMPARE(shownSteps(*page), (QList<qint64>{6, 3, 1, 5}));
        page->view()->setCurrentIndex(page->view()->model()->index(3, 0));
        QCOMPARE(page->details()->stepId(), 5);
        const auto facts = page->details()->facts();
        QVERIFY(!facts.isEmpty());
        QCOMPARE(facts.first().first, ApprovalDetails::tr("Not applied"));
        QVERIFY(facts.first().second.contains(
            u"نقش شما اجازهٔ این تغییر را نمی‌دهد."_qs));
        QVERIFY(facts.first().second.contains(u"هزینهٔ اقامت بیش از سقف است."_qs));
        QCOMPARE(page->refusedList()->count(), 1);
    }

    void emptyAndOfflineStates()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        auto page = openPage(fixture);
        QCOMPARE(page->waitingCount(), 0);
        QVERIFY(page->emptyLabel()->isVisibleTo(page.get()));
        QVERIFY(!page->view()->isVisibleTo(page.get()));
        QCOMPARE(page->emptyLabel()->text(), ApprovalsPage::tr("Nothing waits for your approval."));
        QVERIFY(!page->offlineNote()->isVisibleTo(page.get()));
        page->setOnline(false);
        QVERIFY(page->offlineNote()->isVisibleTo(page.get()));
        // Offline, a decision is still made (and kept for the next sync).
        plant(fixture);
        page->reload();
        QVERIFY(page->view()->isVisibleTo(page.get()));
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        page->decide(u"approved"_qs);
        QCOMPARE(fixture.cache().pendingCount(), 1);
        page->setOnline(true);
        QVERIFY(!page->offlineNote()->isVisibleTo(page.get()));
    }

    void persianScreensShowNoLatinText()
    {
        if (ApprovalsPage::tr("Approve the selected small claims") ==
            u"Approve the selected small claims"_qs)
            QSKIP("The approvals' Persian translations are not in translations/*.ts yet "
                  "(/work/tr-approvals.tsv; SHAHRVAND_EXTRA_QM loads them here).");
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        auto page = openPage(fixture);
        page->setOnline(false);
        page->view()->setCurrentIndex(page->view()->model()->index(2, 0));
        const QStringList problems =
            Testing::notPersian(Testing::visibleTexts(page.get()), {u"taxi.png"_qs});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_qs)));
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
            plant(fixture);
            // One refusal to show: a decision on claim 53, refused after its withdrawal.
            QVERIFY(Cache::ApprovalInbox::decide(fixture.cache(), 5, u"approved"_qs, {}));
            const auto sent = fixture.cache().pendingMutations(10);
            QVERIFY(sent && sent->size() == 1);
            QVERIFY(fixture.cache().applyPushResults(
                *sent, QJsonArray{QJsonObject{
                           {u"client_mutation_id"_qs,
                            sent->first().toObject().value(u"client_mutation_id"_qs)},
                           {u"status"_qs, u"rejected"_qs},
                           {u"error"_qs, QJsonObject{{u"code"_qs, u"approval_refused"_qs},
                                                     {u"message"_qs, u"-"_qs}}}}}));
            QVERIFY(fixture.pull(u"expense_claims"_qs, {claim(53, u"پذیرایی جلسهٔ شورایاری"_qs,
                                                              2'300'000, 22, u"withdrawn"_qs, 3)}));
            QVERIFY(Cache::ApprovalInbox::decide(
                fixture.cache(), 3, u"returned"_qs,
                u"مبلغ رسید با درخواست نمی‌خواند."_qs));
            auto page = openPage(fixture);
            page->setOnline(false);
            page->view()->setCurrentIndex(page->view()->model()->index(1, 0)); // claim 50
            QCOMPARE(stepAt(*page, 1), 1);
            QVERIFY(QTest::qWaitForWindowExposed(page.get()));
            QCoreApplication::processEvents();
            QVERIFY(page->grab().save(artifacts.filePath(u"approvals-%1.png"_qs.arg(suffix))));
            page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
            QCoreApplication::processEvents();
            QVERIFY(
                page->grab().save(artifacts.filePath(u"approvals-mission-%1.png"_qs.arg(suffix))));
            page->tabs()->setCurrentIndex(1);
            QCoreApplication::processEvents();
            QVERIFY(
                page->grab().save(artifacts.filePath(u"approvals-decided-%1.png"_qs.arg(suffix))));
            page->tabs()->setCurrentIndex(2);
            QCoreApplication::processEvents();
            QVERIFY(
                page->grab().save(artifacts.filePath(u"approvals-refused-%1.png"_qs.arg(suffix))));
            qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
        }
    }
};

QTEST_MAIN(TestApprovals)
#include "tst_approvals.moc"
