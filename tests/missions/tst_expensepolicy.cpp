// The expense policy checks and exact totals: daily caps (per diem as a daily rate), claim
// caps, missing receipts, duplicate receipts (same file, or same amount, day and vendor
// written another way), role-specific policies, messages with amounts in the reader's
// digits, and money at its edges (zero, huge, overflow).
#include "expensepolicy.h"
#include "expensetotals.h"

#include <QTest>

#include <limits>

using namespace Shahrvand;
using namespace Shahrvand::Missions;
using Access::Role;

namespace {

constexpr qint64 maxRials = std::numeric_limits<qint64>::max();
const QDate monday(2026, 11, 23);

ExpenseLine line(qint64 id, const char *type, qint64 rials, QDate on = monday,
                 const QString &vendor = {}, const QString &receipt = {})
{
    ExpenseLine made;
    made.id = id;
    made.claimId = 1;
    made.type = QString::fromLatin1(type);
    made.spentOn = on;
    made.amount = Money::fromRials(rials);
    made.vendor = vendor;
    made.receiptSha256 = receipt;
    made.hasReceipt = !receipt.isEmpty();
    return made;
}

ExpensePolicy policy(const char *type, std::optional<qint64> daily, std::optional<qint64> claim,
                     std::optional<qint64> receiptAbove, std::optional<Role> role = {})
{
    ExpensePolicy made;
    made.type = QString::fromLatin1(type);
    made.role = role;
    if (daily)
        made.dailyCap = Money::fromRials(*daily);
    if (claim)
        made.claimCap = Money::fromRials(*claim);
    if (receiptAbove)
        made.receiptRequiredAbove = Money::fromRials(*receiptAbove);
    return made;
}

const QList<ExpensePolicy> policies{
    policy("per_diem", 12'000'000, 80'000'000, std::nullopt),
    policy("lodging", 25'000'000, 150'000'000, 5'000'000),
    policy("lodging", 40'000'000, 200'000'000, 5'000'000, Role::Supervisor),
    policy("meals", 4'000'000, std::nullopt, 5'000'000)};

QStringList codes(const QList<PolicyFinding> &findings)
{
    QStringList list;
    for (const PolicyFinding &finding : findings)
        list << QStringLiteral("%1@%2").arg(finding.codeText()).arg(finding.lineId);
    return list;
}

QList<PolicyFinding> check(const QList<ExpenseLine> &lines, QList<ExpenseLine> others = {},
                           QSet<Role> roles = {Role::FieldOfficer})
{
    return checkExpensePolicy({1, lines, roles, others}, policies);
}

} // namespace

class TestExpensePolicy : public QObject
{
    Q_OBJECT

private slots:
    void cleanClaimHasNoFindings();
    void perDiemIsADailyRate();
    void claimCap();
    void missingReceipt();
    void duplicateReceiptFile();
    void possibleDuplicateByAmountDayAndVendor();
    void rolePolicyWins();
    void amountsMustBePositive();
    void overflowIsAFindingNeverAWrap();
    void totals();
    void findingsForPrograms();
    void messagesInEachLanguage();
};

void TestExpensePolicy::cleanClaimHasNoFindings()
{
    const auto findings =
        check({line(1, "per_diem", 12'000'000), line(2, "per_diem", 12'000'000, monday.addDays(1)),
               line(3, "lodging", 25'000'000, monday, u"هتل"_qs, u"aa"_qs),
               line(4, "transport", 999'999'999)}); // no policy: no limit
    QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u' ')));
    QVERIFY(!hasBlocking(findings));
}

void TestExpensePolicy::perDiemIsADailyRate()
{
    // Two per-diem lines for one day: the day's sum is over the rate; the finding names
    // the second line and the day's sum.
    const auto findings = check({line(1, "per_diem", 8'000'000), line(2, "per_diem", 4'000'001),
                                 line(3, "per_diem", 12'000'000, monday.addDays(1))});
    QCOMPARE(codes(findings), QStringList{u"daily_cap_exceeded@2"_qs});
    QCOMPARE(findings.first().amount, Money::fromRials(12'000'001));
    QCOMPARE(findings.first().limit, Money::fromRials(12'000'000));
    QCOMPARE(findings.first().date, monday);
    QCOMPARE(findings.first().severity, FindingSeverity::Blocking);
    QVERIFY(hasBlocking(findings));
}

void TestExpensePolicy::claimCap()
{
    // Six days at the full rate are 72,000,000 rials, within the 80,000,000 of one claim;
    // a seventh makes 84,000,000, and the finding names the line that went over.
    QList<ExpenseLine> lines;
    for (int day = 0; day < 6; ++day)
        lines << line(day + 1, "per_diem", 12'000'000, monday.addDays(day));
    QVERIFY(check(lines).isEmpty());
    lines << line(7, "per_diem", 12'000'000, monday.addDays(6));
    const auto findings = check(lines);
    QCOMPARE(codes(findings), QStringList{u"claim_cap_exceeded@7"_qs});
    QCOMPARE(findings.first().amount, Money::fromRials(84'000'000));
    QCOMPARE(findings.first().limit, Money::fromRials(80'000'000));
    QVERIFY(!findings.first().toJson().contains(u"date"));
}

void TestExpensePolicy::missingReceipt()
{
    const auto findings = check({line(1, "lodging", 5'000'000), line(2, "lodging", 5'000'001),
                                 line(3, "lodging", 6'000'000, monday.addDays(1), {}, u"ab"_qs)});
    // At the threshold no receipt is needed; above it one is.
    QCOMPARE(codes(findings), QStringList{u"receipt_missing@2"_qs});
    QCOMPARE(findings.first().limit, Money::fromRials(5'000'000));
    // A receipt attached as a file counts as much as a hash on the line.
    ExpenseLine attached = line(2, "lodging", 5'000'001);
    attached.hasReceipt = true;
    QVERIFY(check({attached}).isEmpty());
}

void TestExpensePolicy::duplicateReceiptFile()
{
    const QString hash =
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    // The same file on two lines of one claim, and on a line of another claim (in capitals).
    ExpenseLine earlier = line(40, "meals", 300'000, monday.addDays(-3), {}, hash.toUpper());
    earlier.claimId = 7;
    const auto findings = check({line(1, "meals", 1'000'000, monday, {}, hash),
                                 line(2, "meals", 2'000'000, monday.addDays(1), {}, hash)},
                                {earlier});
    QCOMPARE(codes(findings), (QStringList{u"duplicate_receipt@1"_qs, u"duplicate_receipt@2"_qs}));
    QCOMPARE(findings.at(0).otherLineId, 40);
    QCOMPARE(findings.at(0).otherClaimId, 7);
    QCOMPARE(findings.at(1).otherLineId, 1);
    QCOMPARE(findings.at(1).otherClaimId, 1);
}

void TestExpensePolicy::possibleDuplicateByAmountDayAndVendor()
{
    // "كافه  يزد" (Arabic letters, two spaces) is "کافه یزد": the same vendor.
    const auto findings =
        check({line(1, "meals", 900'000, monday, u"کافه یزد"_qs),
               line(2, "meals", 900'000, monday, QString::fromUtf8("كافه  يزد")),
               line(3, "meals", 900'000, monday.addDays(1), u"کافه یزد"_qs),
               line(4, "meals", 900'001, monday, u"کافه یزد"_qs),
               line(5, "meals", 900'000, monday)}); // no vendor: nothing to compare
    QCOMPARE(codes(findings), QStringList{u"possible_duplicate@2"_qs});
    QCOMPARE(findings.first().severity, FindingSeverity::Warning);
    QCOMPARE(findings.first().otherLineId, 1);
    QVERIFY(!hasBlocking(findings));
}

void TestExpensePolicy::rolePolicyWins()
{
    const QList<ExpenseLine> lines{line(1, "lodging", 30'000'000, monday, {}, u"r"_qs)};
    QCOMPARE(codes(check(lines)), QStringList{u"daily_cap_exceeded@1"_qs});
    QVERIFY(check(lines, {}, {Role::Supervisor}).isEmpty());
    QVERIFY(check(lines, {}, {Role::Supervisor, Role::FieldOfficer}).isEmpty());
    QCOMPARE(policyFor(policies, u"lodging"_qs, {Role::FieldOfficer})->dailyCap,
             Money::fromRials(25'000'000));
    QVERIFY(!policyFor(policies, u"transport"_qs, {Role::FieldOfficer}));
}

void TestExpensePolicy::amountsMustBePositive()
{
    const auto findings = check({line(1, "meals", 0), line(2, "meals", -5)});
    QCOMPARE(codes(findings),
             (QStringList{u"amount_not_positive@1"_qs, u"amount_not_positive@2"_qs}));
}

void TestExpensePolicy::overflowIsAFindingNeverAWrap()
{
    // Two lines of no policy whose sum passes the largest amount: one finding, blocking.
    const auto within = check({line(1, "transport", maxRials - 1), line(2, "transport", 1)});
    QVERIFY(within.isEmpty());
    const auto over = check({line(1, "transport", maxRials), line(2, "transport", 1)});
    QCOMPARE(codes(over), QStringList{u"total_overflow@0"_qs});
    QVERIFY(hasBlocking(over));
    // Over the whole claim, across types.
    const auto across = check({line(1, "transport", maxRials), line(2, "other", 1)});
    QCOMPARE(codes(across), QStringList{u"total_overflow@0"_qs});
}

void TestExpensePolicy::totals()
{
    QCOMPARE(claimTotal({}), Money());
    QCOMPARE(claimTotal({Money::fromRials(1'250'000), Money::fromRials(3'750'000)}),
             Money::fromRials(5'000'000));
    QCOMPARE(claimTotal({Money::fromRials(maxRials - 10), Money::fromRials(10)}),
             Money::fromRials(maxRials));
    QVERIFY(!claimTotal({Money::fromRials(maxRials), Money::fromRials(1)}));
    // Judged in order on the running total: a wrap and back is still an overflow.
    QVERIFY(!claimTotal({Money::fromRials(maxRials), Money::fromRials(1), Money::fromRials(-1)}));
    QCOMPARE(missionTotal({Money::fromRials(1), Money::fromRials(2)}), Money::fromRials(3));
    QVERIFY(!missionTotal({Money::fromRials(maxRials), Money::fromRials(maxRials)}));
    QVERIFY(countsForMission(u"submitted"));
    QVERIFY(countsForMission(u"approved"));
    QVERIFY(countsForMission(u"paid"));
    QVERIFY(!countsForMission(u"draft"));
    QVERIFY(!countsForMission(u"withdrawn"));
    QVERIFY(!countsForMission(u"rejected"));
    QVERIFY(!countsForMission(u"returned"));
}

void TestExpensePolicy::findingsForPrograms()
{
    const auto findings = check({line(5, "per_diem", 13'000'000)});
    QCOMPARE(findings.size(), 1);
    const QJsonObject json = findings.first().toJson();
    QCOMPARE(json.value(u"code").toString(), QStringLiteral("daily_cap_exceeded"));
    QCOMPARE(json.value(u"severity").toString(), QStringLiteral("blocking"));
    QCOMPARE(json.value(u"line_id").toInteger(), 5);
    QCOMPARE(json.value(u"expense_type").toString(), QStringLiteral("per_diem"));
    QCOMPARE(json.value(u"date").toString(), QStringLiteral("2026-11-23"));
    QCOMPARE(json.value(u"amount_rials").toInteger(), 13'000'000);
    QCOMPARE(json.value(u"limit_rials").toInteger(), 12'000'000);
    QVERIFY(!json.contains(u"other_line_id"));
    // Huge amounts travel exactly (beyond a double's 53 bits).
    const auto huge = check({line(6, "transport", maxRials)});
    QVERIFY(huge.isEmpty());
    ExpenseLine big = line(7, "lodging", maxRials);
    const auto receipt = check({big});
    QCOMPARE(receipt.first().toJson().value(u"amount_rials").toInteger(), maxRials);
}

void TestExpensePolicy::messagesInEachLanguage()
{
    const auto findings = check({line(5, "per_diem", 13'000'000)});
    const QString english =
        findings.first().message(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(english.contains(u"13,000,000") && english.contains(u"12,000,000") &&
                 english.contains(u"per diem") && english.contains(u"Azar 1405"),
             qPrintable(english));
    // Amounts and the Jalali date in Persian digits and month names, whatever the
    // translation of the sentence.
    const QString farsi = findings.first().message(QLocale(QLocale::Persian, QLocale::Iran));
    QVERIFY2(farsi.contains(QString::fromUtf8("۱۳٬۰۰۰٬۰۰۰")) &&
                 farsi.contains(QString::fromUtf8("۱۲٬۰۰۰٬۰۰۰")) &&
                 farsi.contains(QString::fromUtf8("آذر")),
             qPrintable(farsi));
    for (const PolicyFinding &finding :
         check({line(1, "meals", 0), line(2, "lodging", 6'000'000),
                line(3, "meals", 1, monday, u"x"_qs), line(4, "meals", 1, monday, u"x"_qs)}))
        QVERIFY(!finding.message(QLocale(QLocale::English)).isEmpty());
}

QTEST_GUILESS_MAIN(TestExpensePolicy)
#include "tst_expensepolicy.moc"
