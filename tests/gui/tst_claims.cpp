// Expense claims on the workstation, headless over a real cache: a claim made offline with
// its lines (the mutations queued for the server), amounts typed in Persian digits with
// separators, mistakes in dates and amounts said and nothing written, the expense policy's
// findings as the lines are typed (a cap exceeded, a receipt already claimed, a receipt
// missing) holding submission back, totals (and one too large to record), a submitted
// claim read-only, a returned claim showing the approver's reason and submitted again, a
// receipt attached offline shown, and screenshots in Persian and English.
#include "appfonts.h"
#include "approvalsfixture.h"
#include "claimeditor.h"
#include "claimlineform.h"
#include "claimsfixture.h"
#include "claimspanel.h"
#include "expensepolicy.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "localization.h"
#include "money.h"
#include "receiptviewer.h"
#include "shellfixture.h"
#include "testenvironment.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;
using Shahrvand::Testing::typeKeys;
using Shahrvand::Testing::Approvals::receiptPng;
using namespace Shahrvand::Testing::Claims;

class TestClaims : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization;
    QString m_receipt;      // receiptPng(), as claim 60's taxi receipt
    QString m_otherReceipt; // otherReceiptPng()

    std::unique_ptr<ClaimsPanel> openPanel(ShellFixture &fixture)
    {
        auto panel = std::make_unique<ClaimsPanel>(fixture.cache(), ShellFixture::user());
        panel->editor()->setConfirmer([](const QString &) { return true; });
        panel->resize(1440, 900);
        panel->show();
        panel->reload();
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
        m_receipt = m_dir.filePath(u"taxi.png"_qs);
        m_otherReceipt = m_dir.filePath(u"bus.png"_qs);
        for (const auto &[path, bytes] :
             {std::pair(m_receipt, receiptPng()), std::pair(m_otherReceipt, otherReceiptPng())}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
    }

    void init()
    {
        m_localization->applyWithoutSaving(Language::Persian);
        Testing::Approvals::useExtraTranslations(true);
    }

    void createsAClaimWithItsLinesOffline()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        QCOMPARE(panel->list()->topLevelItemCount(), 3);
        const int before = fixture.cache().pendingCount();

        panel->newButton()->click();
        ClaimEditor &editor = *panel->editor();
        QCOMPARE(editor.claimId(), 0);
        editor.titleEdit()->setText(u"بازدید زیرگذر"_qs);
        emit editor.titleEdit()->textEdited(editor.titleEdit()->text());
        editor.missionBox()->setCurrentIndex(editor.missionBox()->findData(qint64(31)));
        QCOMPARE(editor.unitBox()->currentData().toLongLong(), 3);
        addLine(editor, u"transport"_qs, u"۱۴۰۵/۰۸/۲۹"_qs, u"۱٬۲۰۰٬۰۰۰"_qs, u"اسنپ"_qs);
        addLine(editor, u"per_diem"_qs, u"1405/8/29"_qs, u"2,500,000"_qs, QString());
        QCOMPARE(editor.lines()->rowCount(), 2);
        QCOMPARE(fixture.cache().pendingCount(), before); // nothing written yet
        QVERIFY(editor.findings().isEmpty());
        QVERIFY(editor.submitButton()->isEnabled());

        QCOMPARE(editor.save(), QString());
        const QList<QJsonObject> claims = mutationsOf(fixture.cache(), u"expense_claims"_qs);
        const QList<QJsonObject> lines = mutationsOf(fixture.cache(), u"expense_lines"_qs);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(lines.size(), 2);
        const QJsonObject created = claims.first();
        QCOMPARE(created.value(u"op"_qs).toString(), u"create"_qs);
        const QJsonObject header = created.value(u"fields"_qs).toObject();
        QCOMPARE(header.value(u"title"_qs).toString(), u"بازدید زیرگذر"_qs);
        QCOMPARE(header.value(u"mission_id"_qs).toInteger(), 31);
        QCOMPARE(header.value(u"unit_id"_qs).toInteger(), 3);
        QCOMPARE(header.value(u"status"_qs).toString(), u"draft"_qs);
        const QJsonObject first = lines.at(0).value(u"fields"_qs).toObject();
        // The lines name the claim by the create's temporary id, re-keyed after the push.
        QCOMPARE(first.value(u"claim_id"_qs).toString(),
                 u"tmp:"_qs + created.value(u"client_mutation_id"_qs).toString());
        QCOMPARE(first.value(u"expense_type"_qs).toString(), u"transport"_qs);
        QCOMPARE(first.value(u"spent_on"_qs).toString(), u"2026-11-20"_qs);
        QCOMPARE(first.value(u"amount_rials"_qs).toInteger(), 1'200'000);
        QCOMPARE(first.value(u"vendor"_qs).toString(), u"اسنپ"_qs);
        const QJsonObject second = lines.at(1).value(u"fields"_qs).toObject();
        QCOMPARE(second.value(u"expense_type"_qs).toString(), u"per_diem"_qs);
        QCOMPARE(second.value(u"amount_rials"_qs).toInteger(), 2'500'000);

        // Listed at the top, with its mission, status and total.
        QCOMPARE(panel->list()->topLevelItemCount(), 4);
        const QTreeWidgetItem *top = panel->list()->topLevelItem(0);
        QVERIFY(top->data(0, ClaimsPanel::ClaimIdRole).toLongLong() < 0);
        QVERIFY(top->text(ClaimsPanel::MissionColumn).contains(u"M-۱۴۰۵-۰۳۱"_qs));
        QCOMPARE(top->text(ClaimsPanel::TotalColumn), u"۳٬۷۰۰٬۰۰۰ ریال"_qs);
        QVERIFY(editor.totalsLabel()->text().contains(u"۳٬۷۰۰٬۰۰۰ ریال"_qs));

        // Submitted: a status change queued, and the claim read-only from then on.
        // The lines stay in the order they were typed.
        QCOMPARE(editor.draft().lines.at(0).type, u"transport"_qs);
        QCOMPARE(editor.draft().lines.at(1).type, u"per_diem"_qs);

        QCOMPARE(editor.perform(Missions::ClaimAction::Submit), QString());
        const QList<QJsonObject> after = mutationsOf(fixture.cache(), u"expense_claims"_qs);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.last().value(u"op"_qs).toString(), u"update"_qs);
        QCOMPARE(after.last().value(u"fields"_qs).toObject().value(u"status"_qs).toString(),
                 u"submitted"_qs);
        QVERIFY(!editor.isEditable());
        QVERIFY(editor.titleEdit()->isReadOnly());
        QVERIFY(!editor.lineForm()->isVisible());
        QVERIFY(!editor.submitButton()->isVisible());
        QVERIFY(editor.withdrawButton()->isVisible());
        QVERIFY(!editor.stateLabel()->text().isEmpty());
    }

    void amountsAndDatesAreCheckedAsTyped()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        panel->newButton()->click();
        ClaimEditor &editor = *panel->editor();
        ClaimLineForm *form = editor.lineForm();

        // Persian digits with Persian separators; shown back grouped, in Persian digits.
        typeKeys(form->amountEdit(), u"۱۲۵۰۰۰۰"_qs);
        emit form->amountEdit()->editingFinished();
        QCOMPARE(form->amountEdit()->text(), u"۱٬۲۵۰٬۰۰۰"_qs);

        const auto refused = [&](const QString &date, const QString &amount,
                                 const QString &expected) {
            form->dateEdit()->setText(date);
            form->amountEdit()->setText(amount);
            form->putButton()->click();
            QVERIFY2(form->errorLabel()->isVisible(), qPrintable(amount));
            QVERIFY2(form->errorLabel()->text().contains(expected),
                     qPrintable(form->errorLabel()->text()));
            QCOMPARE(editor.lines()->rowCount(), 0);
            // What was typed stays to be corrected.
            QCOMPARE(form->amountEdit()->text(), amount);
        };
        refused(u"1405/08/29"_qs, u"12.5"_qs, Money::describe(MoneyParseError::FractionalAmount));
        refused(u"1405/08/29"_qs, u"99999999999999999999"_qs,
                Money::describe(MoneyParseError::OutOfRange));
        const QString notPositive = QCoreApplication::translate(
            "Shahrvand::Ui::ClaimLineForm", "Amount: an expense is of more than zero rials.");
        refused(u"1405/08/29"_qs, u"-5000"_qs, notPositive);
        refused(u"1405/08/29"_qs, u"0"_qs, notPositive);
        refused(u"1405/13/01"_qs, u"1000"_qs, describe(parseJalaliDate(u"1405/13/01").error()));
        refused(u"2026-11-20"_qs, u"1000"_qs, describe(parseJalaliDate(u"2026-11-20").error()));
        QCOMPARE(fixture.cache().pendingCount(), 0);

        form->dateEdit()->setText(u"۱۴۰۵/۰۸/۲۹"_qs);
        form->amountEdit()->setText(u"١٬٠٠٠"_qs);            // Arabic-Indic digits
        QTest::keyClick(form->amountEdit(), Qt::Key_Return); // Enter puts the line in
        QVERIFY(!form->errorLabel()->isVisible());
        QCOMPARE(editor.draft().lines.size(), 1);
        QCOMPARE(editor.draft().lines.first().amount.rials(), 1000);
        QCOMPARE(editor.lines()->item(0, ClaimEditor::AmountColumn)->text(), u"۱٬۰۰۰ ریال"_qs);
        QCOMPARE(editor.lines()->item(0, ClaimEditor::DateColumn)->text(), u"۱۴۰۵/۰۸/۲۹"_qs);
    }

    void nothingTypedIsLost()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        panel->newButton()->click();
        ClaimEditor &editor = *panel->editor();
        typeKeys(editor.titleEdit(), u"تعمیر خودرو"_qs);
        // A line typed but not put into the claim goes with the save.
        ClaimLineForm *form = editor.lineForm();
        typeKeys(form->dateEdit(), u"۱۴۰۵/۰۸/۲۵"_qs);
        typeKeys(form->amountEdit(), u"۷۵۰٬۰۰۰"_qs);
        QCOMPARE(editor.save(), QString());
        const QList<QJsonObject> lines = mutationsOf(fixture.cache(), u"expense_lines"_qs);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(u"fields"_qs).toObject().value(u"amount_rials"_qs).toInteger(),
                 750'000);
        // One with a mistake stops the save, and stays as typed.
        typeKeys(form->amountEdit(), u"12.5"_qs);
        QVERIFY(!editor.save().isEmpty());
        QCOMPARE(form->amountEdit()->text(), u"12.5"_qs);
        QCOMPARE(mutationsOf(fixture.cache(), u"expense_lines"_qs).size(), 1);

        // Leaving with something typed asks first; declined, the claim stays.
        const qint64 id = editor.claimId();
        QStringList asked;
        editor.setConfirmer([&asked](const QString &question) {
            asked << question;
            return false;
        });
        QVERIFY(panel->chooseClaim(61));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(editor.claimId(), id);
        QCOMPARE(form->amountEdit()->text(), u"12.5"_qs);
        panel->newButton()->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(editor.claimId(), id);
        editor.setConfirmer([](const QString &) { return true; });
        QVERIFY(panel->chooseClaim(61));
        QCOMPARE(editor.claimId(), 61);
        // Nothing typed: no question.
        editor.setConfirmer([&asked](const QString &question) {
            asked << question;
            return false;
        });
        QVERIFY(panel->chooseClaim(60));
        QCOMPARE(editor.claimId(), 60);
        QCOMPARE(asked.size(), 2);
    }

    void switchingLanguageKeepsWhatIsTyped()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        panel->newButton()->click();
        ClaimEditor &editor = *panel->editor();
        typeKeys(editor.titleEdit(), u"سفر"_qs);
        addLine(editor, u"meals"_qs, u"1405/08/20"_qs, u"300000"_qs, u"رستوران"_qs);
        typeKeys(editor.lineForm()->vendorEdit(), u"تاکسی"_qs);
        m_localization->applyWithoutSaving(Language::English);
        Testing::Approvals::useExtraTranslations(false);
        QCoreApplication::processEvents();
        QCOMPARE(panel->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(editor.saveButton()->text(), u"&Save"_qs);
        QCOMPARE(editor.lines()->item(0, ClaimEditor::AmountColumn)->text(), u"300,000 IRR"_qs);
        QCOMPARE(editor.lineForm()->vendorEdit()->text(), u"تاکسی"_qs);
        QCOMPARE(editor.titleEdit()->text(), u"سفر"_qs);
        QCOMPARE(editor.draft().lines.size(), 1);
    }

    void policyFindingsHoldSubmissionBack()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        panel->newButton()->click();
        ClaimEditor &editor = *panel->editor();
        editor.titleEdit()->setText(u"سفر کاری"_qs);
        emit editor.titleEdit()->textEdited(editor.titleEdit()->text());
        using Missions::FindingCode;

        // Above the transport cap for one claim (with its receipt): blocking.
        addLine(editor, u"transport"_qs, u"1405/08/28"_qs, u"12,000,000"_qs, u"اتوبوس"_qs,
                m_otherReceipt);
        QCOMPARE(codesOf(editor), QList<FindingCode>{FindingCode::ClaimCapExceeded});
        QVERIFY(!editor.submitButton()->isEnabled());
        QVERIFY(editor.submitNote()->isVisible());
        QVERIFY(editor.findingsLabel()->isVisible());
        QVERIFY(!editor.lines()->item(0, ClaimEditor::FindingsColumn)->text().isEmpty());

        // Corrected: nothing found, submission allowed.
        editor.chooseLine(0);
        QVERIFY(editor.lineForm()->isEditingLine());
        editor.lineForm()->amountEdit()->setText(u"8,000,000"_qs);
        editor.lineForm()->putButton()->click();
        QCOMPARE(editor.lines()->rowCount(), 1);
        QVERIFY(editor.findings().isEmpty());
        QVERIFY(editor.submitButton()->isEnabled());

        // The taxi receipt already claimed in claim 60: a duplicate by the file's hash.
        addLine(editor, u"transport"_qs, u"1405/08/19"_qs, u"1,000,000"_qs, u"تاکسی"_qs, m_receipt);
        QVERIFY(codesOf(editor).contains(FindingCode::DuplicateReceipt));
        QVERIFY(!editor.submitButton()->isEnabled());
        editor.chooseLine(1);
        editor.removeChosenLine();
        QVERIFY(editor.findings().isEmpty());

        // Above the receipt threshold without a receipt.
        addLine(editor, u"lodging"_qs, u"1405/08/28"_qs, u"6,000,000"_qs,
                u"مهمان‌سرا"_qs);
        QCOMPARE(codesOf(editor), QList<FindingCode>{FindingCode::ReceiptMissing});
        QCOMPARE(editor.findings().first().severity, Missions::FindingSeverity::Blocking);
        QVERIFY(!editor.submitButton()->isEnabled());
        QCOMPARE(editor.perform(Missions::ClaimAction::Submit).isEmpty(), false);
        QCOMPARE(mutationsOf(fixture.cache(), u"expense_claims"_qs).size(), 0);

        // The same amount, day and vendor as claim 60's taxi: a warning, submission allowed.
        editor.chooseLine(1);
        editor.removeChosenLine();
        addLine(editor, u"transport"_qs, u"1405/08/19"_qs, u"1,500,000"_qs, u"تاکسی آسمان"_qs);
        QCOMPARE(codesOf(editor), QList<FindingCode>{FindingCode::PossibleDuplicate});
        QCOMPARE(editor.findings().first().severity, Missions::FindingSeverity::Warning);
        QVERIFY(editor.submitButton()->isEnabled());

        // Screenshots: the editor with a warning.
        const QDir artifacts = Testing::artifactDirectory();
        if (qEnvironmentVariableIsSet("SHAHRVAND_TEST_ARTIFACTS")) {
            addLine(editor, u"per_diem"_qs, u"1405/08/28"_qs, u"4,000,000"_qs, QString());
            QVERIFY(grabbed(*panel).save(artifacts.filePath(u"claims-findings-fa.png"_qs)));
        }
    }

    void totalsAndOverflow()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        panel->newButton()->click();
        ClaimEditor &editor = *panel->editor();
        editor.titleEdit()->setText(u"Overflow"_qs);
        emit editor.titleEdit()->textEdited(editor.titleEdit()->text());
        addLine(editor, u"other"_qs, u"1405/08/28"_qs, u"9,000,000,000,000,000,000"_qs, QString());
        addLine(editor, u"meals"_qs, u"1405/08/28"_qs, u"250,000"_qs, QString());
        QVERIFY(editor.totalsLabel()->text().contains(
            Money::fromRials(9'000'000'000'000'250'000).format()));
        QVERIFY(editor.totalsLabel()->text().contains(Money::fromRials(250'000).format()));
        addLine(editor, u"other"_qs, u"1405/08/28"_qs, u"9,000,000,000,000,000,000"_qs, QString());
        QCOMPARE(editor.lines()->rowCount(), 3);
        QVERIFY(!editor.draft().total());
        // An error, never a wrapped number.
        QVERIFY(editor.totalsLabel()->text().contains(QCoreApplication::translate(
            "Shahrvand::Ui::ClaimEditor",
            "Total: the amounts add up to more than can be recorded.")));
        QVERIFY(codesOf(editor).contains(Missions::FindingCode::TotalOverflow));
        QVERIFY(!editor.submitButton()->isEnabled());
        QVERIFY(!editor.save().isEmpty());
        QCOMPARE(fixture.cache().pendingCount(), 0);
    }

    void submittedClaimsAreReadOnly()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        QVERIFY(panel->chooseClaim(60));
        ClaimEditor &editor = *panel->editor();
        QCOMPARE(editor.claimId(), 60);
        QVERIFY(!editor.isEditable());
        QVERIFY(editor.titleEdit()->isReadOnly());
        QVERIFY(!editor.missionBox()->isEnabled());
        QVERIFY(!editor.lineForm()->isVisible());
        QVERIFY(!editor.removeLineButton()->isVisible());
        QVERIFY(!editor.saveButton()->isVisible());
        QVERIFY(!editor.submitButton()->isVisible());
        QVERIFY(editor.withdrawButton()->isVisible());
        // Submitted on 1 Azar 1405 at 19:00 UTC (22:30 in Tehran), waiting for the step.
        const QString state = editor.stateLabel()->text();
        QVERIFY2(state.contains(formatJalaliDate(QDate(2026, 11, 22), DateStyle::Long)),
                 qPrintable(state));
        QVERIFY2(state.contains(u"منطقهٔ ۳"_qs), qPrintable(state));
        QCOMPARE(editor.history()->topLevelItemCount(), 1);

        // Withdrawn after the confirmation.
        QString asked;
        editor.setConfirmer([&asked](const QString &question) {
            asked = question;
            return false;
        });
        QCOMPARE(editor.perform(Missions::ClaimAction::Withdraw), QString());
        QVERIFY(asked.contains(u"ایاب و ذهاب بازدید پل"_qs));
        QCOMPARE(fixture.cache().pendingCount(), 0); // declined: nothing written
        editor.setConfirmer([](const QString &) { return true; });
        QCOMPARE(editor.perform(Missions::ClaimAction::Withdraw), QString());
        const QList<QJsonObject> written = mutationsOf(fixture.cache(), u"expense_claims"_qs);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().value(u"fields"_qs).toObject().value(u"status"_qs).toString(),
                 u"withdrawn"_qs);
        QVERIFY(panel->chooseClaim(60));
        QCOMPARE(panel->list()->currentItem()->text(ClaimsPanel::StatusColumn),
                 FieldText::codeText(u"withdrawn"));
        QVERIFY(!editor.withdrawButton()->isVisible());
    }

    void returnedClaimShowsTheReasonAndGoesAgain()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        const QString reason =
            u"تاریخ اقامت با دستور مأموریت نمی‌خواند؛ اصلاح کنید."_qs;
        QTreeWidgetItem *listed = nullptr;
        for (int i = 0; i < panel->list()->topLevelItemCount(); ++i) {
            if (panel->list()->topLevelItem(i)->data(0, ClaimsPanel::ClaimIdRole).toLongLong() ==
                61)
                listed = panel->list()->topLevelItem(i);
        }
        QVERIFY(listed);
        QCOMPARE(listed->text(ClaimsPanel::ReasonColumn), reason);
        QVERIFY(panel->chooseClaim(61));
        ClaimEditor &editor = *panel->editor();
        QVERIFY(editor.isEditable());
        QVERIFY(editor.stateLabel()->text().contains(reason));
        QCOMPARE(editor.history()->topLevelItemCount(), 1);
        QCOMPARE(editor.history()->topLevelItem(0)->text(4), reason);

        // Corrected: the date, and a receipt attached.
        editor.chooseLine(0);
        ClaimLineForm *form = editor.lineForm();
        QCOMPARE(form->amountEdit()->text(), u"۴٬۰۰۰٬۰۰۰"_qs);
        form->dateEdit()->setText(u"1405/08/22"_qs);
        QVERIFY(form->setReceiptFile(m_otherReceipt));
        form->putButton()->click();
        QVERIFY(editor.submitButton()->isEnabled());
        QCOMPARE(editor.perform(Missions::ClaimAction::Submit), QString());
        const QList<QJsonObject> lines = mutationsOf(fixture.cache(), u"expense_lines"_qs);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(u"op"_qs).toString(), u"update"_qs);
        QCOMPARE(lines.first().value(u"fields"_qs).toObject().value(u"spent_on"_qs).toString(),
                 u"2026-11-13"_qs);
        QCOMPARE(mutationsOf(fixture.cache(), u"attachments"_qs).size(), 1);
        const QList<QJsonObject> claims = mutationsOf(fixture.cache(), u"expense_claims"_qs);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims.first().value(u"fields"_qs).toObject().value(u"status"_qs).toString(),
                 u"submitted"_qs);
        QVERIFY(!editor.isEditable());
    }

    void approvedClaimIsPaidByFinance()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        QVERIFY(panel->chooseClaim(62));
        ClaimEditor &editor = *panel->editor();
        QVERIFY(!editor.isEditable());
        QVERIFY(!editor.submitButton()->isVisible());
        QVERIFY(!editor.withdrawButton()->isVisible());
        // The user is a finance approver too: paying is theirs.
        QVERIFY(editor.payButton()->isVisible());
        // The decision with its Jalali time (11:00 UTC is 14:30 in Tehran).
        QCOMPARE(editor.history()->topLevelItemCount(), 1);
        QCOMPARE(editor.history()->topLevelItem(0)->text(1), u"علی توکلی"_qs);
        QCOMPARE(editor.history()->topLevelItem(0)->text(3),
                 formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(
                                          ShellFixture::createdAtMs() + 2 * 3'600'000, Qt::UTC),
                                      DateStyle::Long));
        QVERIFY(editor.history()->topLevelItem(0)->text(3).contains(u"۱۴:۳۰"_qs));
        QCOMPARE(editor.perform(Missions::ClaimAction::Pay), QString());
        const QList<QJsonObject> written = mutationsOf(fixture.cache(), u"expense_claims"_qs);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().value(u"fields"_qs).toObject().value(u"status"_qs).toString(),
                 u"paid"_qs);
        QVERIFY(!editor.payButton()->isVisible());
    }

    void searchNarrowsTheList()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        panel->setSearchText(u"شیراز"_qs);
        int shown = 0;
        for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
            shown += panel->list()->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        panel->setSearchText(u"M-1405-031"_qs); // Latin digits find the Persian ones
        shown = 0;
        for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
            shown += panel->list()->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        panel->setSearchText(QString());
        QVERIFY(!panel->list()->isHidden());
    }

    void receiptAttachedOfflineIsShown()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantClaims(fixture);
        auto panel = openPanel(fixture);
        panel->newButton()->click();
        ClaimEditor &editor = *panel->editor();
        editor.titleEdit()->setText(u"رسید"_qs);
        emit editor.titleEdit()->textEdited(editor.titleEdit()->text());
        addLine(editor, u"transport"_qs, u"1405/08/27"_qs, u"3,000,000"_qs, u"اتوبوس"_qs,
                m_otherReceipt);
        QVERIFY(
            editor.lines()->item(0, ClaimEditor::ReceiptColumn)->text().contains(u"bus.png"_qs));
        QCOMPARE(editor.save(), QString());
        const QList<QJsonObject> files = mutationsOf(fixture.cache(), u"attachments"_qs);
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files.first().value(u"fields"_qs).toObject();
        QCOMPARE(file.value(u"owner_type"_qs).toString(), u"expense_line"_qs);
        QCOMPARE(file.value(u"blob_sha256"_qs).toString(), sha256Of(otherReceiptPng()));
        QCOMPARE(mutationsOf(fixture.cache(), u"expense_lines"_qs)
                     .first()
                     .value(u"fields"_qs)
                     .toObject()
                     .value(u"receipt_sha256"_qs)
                     .toString(),
                 sha256Of(otherReceiptPng()));

        // Listed with its mark, and shown when the line is chosen.
        QCOMPARE(editor.lines()->rowCount(), 1);
        QVERIFY(
            editor.lines()->item(0, ClaimEditor::ReceiptColumn)->text().contains(u"bus.png"_qs));
        editor.chooseLine(0);
        QVERIFY(editor.receipts()->isVisible());
        QVERIFY(editor.receipts()->isShowingImage());

        // A text file is no receipt: said, and the line keeps none.
        const QString note = m_dir.filePath(u"note.txt"_qs);
        QFile text(note);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a receipt\n");
        text.close();
        editor.chooseLine(-1);
        ClaimLineForm *form = editor.lineForm();
        QVERIFY(!form->setReceiptFile(note));
        QVERIFY(form->errorLabel()->isVisible());
        QVERIFY(form->errorLabel()->text().contains(u"note.txt"_qs));

        // A PDF receipt: kept, and handed to the desktop's viewer from a private copy.
        const QString pdf = m_dir.filePath(u"hotel.pdf"_qs);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::WriteOnly));
        pdfFile.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
        pdfFile.close();
        addLine(editor, u"lodging"_qs, u"1405/08/27"_qs, u"2,000,000"_qs, u"هتل"_qs, pdf);
        QCOMPARE(editor.save(), QString());
        QCOMPARE(editor.lines()->rowCount(), 2);
        QVERIFY(
            editor.lines()->item(1, ClaimEditor::ReceiptColumn)->text().contains(u"hotel.pdf"_qs));
        QString opened;
        editor.receipts()->setFileOpener([&opened](const QString &path) {
            opened = path;
            return true;
        });
        editor.chooseLine(1);
        QVERIFY(editor.receipts()->isVisible());
        QVERIFY(!editor.receipts()->isShowingImage());
        QVERIFY(editor.receipts()->openButton()->isVisible());
        editor.receipts()->openButton()->click();
        QVERIFY(opened.endsWith(u".pdf"_qs));
        QFile copy(opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll().startsWith("%PDF-"));
    }

    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("SHAHRVAND_TEST_ARTIFACTS"))
            QSKIP("SHAHRVAND_TEST_ARTIFACTS is not set");
        const QDir artifacts = Testing::artifactDirectory();
        for (const Language language : {Language::Persian, Language::English}) {
            m_localization->applyWithoutSaving(language);
            Testing::Approvals::useExtraTranslations(language == Language::Persian);
            const QString suffix = language == Language::Persian ? u"fa"_qs : u"en"_qs;
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plantClaims(fixture);
            auto panel = openPanel(fixture);
            QVERIFY(panel->chooseClaim(61));
            panel->editor()->chooseLine(0);
            QVERIFY(
                grabbed(*panel).save(artifacts.filePath(u"claims-returned-%1.png"_qs.arg(suffix))));
            QVERIFY(panel->chooseClaim(60));
            QVERIFY(grabbed(*panel).save(
                artifacts.filePath(u"claims-submitted-%1.png"_qs.arg(suffix))));
            panel->newButton()->click();
            ClaimEditor &editor = *panel->editor();
            editor.titleEdit()->setText(language == Language::Persian ? u"بازدید زیرگذر"_qs
                                                                      : u"Underpass visit"_qs);
            emit editor.titleEdit()->textEdited(editor.titleEdit()->text());
            addLine(editor, u"transport"_qs, u"1405/08/28"_qs, u"12,000,000"_qs, u"اتوبوس"_qs,
                    m_otherReceipt);
            addLine(editor, u"lodging"_qs, u"1405/08/28"_qs, u"6,000,000"_qs,
                    u"مهمان‌سرا"_qs);
            addLine(editor, u"meals"_qs, u"1405/08/19"_qs, u"850,000"_qs, u"رستوران"_qs);
            QVERIFY(grabbed(*panel).save(artifacts.filePath(u"claims-new-%1.png"_qs.arg(suffix))));
            // Saved: the receipt kept here is shown under the lines.
            QCOMPARE(editor.save(), QString());
            editor.chooseLine(0);
            QVERIFY(editor.receipts()->isShowingImage());
            QVERIFY(
                grabbed(*panel).save(artifacts.filePath(u"claims-receipt-%1.png"_qs.arg(suffix))));
        }
        qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
    }
};

QTEST_MAIN(TestClaims)
#include "tst_claims.moc"
