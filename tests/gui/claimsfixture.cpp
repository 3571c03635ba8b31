#include "claimsfixture.h"

#include "approvalsfixture.h"
#include "claimeditor.h"
#include "claimlineform.h"
#include "localcache.h"

#include <QBuffer>
#include <QColor>
#include <QComboBox>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTest>

namespace Shahrvand::Testing::Claims {

using namespace Shahrvand::Ui;
using Shahrvand::Testing::Approvals::claim;
using Shahrvand::Testing::Approvals::receiptPng;
using Shahrvand::Testing::Approvals::row;
using Shahrvand::Testing::Approvals::step;

namespace {

QJsonObject withMission(QJsonObject claim)
{
    claim.insert(u"mission_id"_qs, 31);
    return claim;
}

} // namespace

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Another photographed receipt, different from receiptPng().
QByteArray otherReceiptPng()
{
    QImage image(360, 480, QImage::Format_RGB32);
    image.fill(QColor(0xee, 0xf4, 0xfb));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0x20, 0x40, 0x80), 4));
    painter.drawEllipse(60, 60, 240, 120);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The user's world: policies for transport, per diem and lodging; a submitted claim whose
// taxi receipt is receiptPng(); a claim returned for correction with the reason.
void plantClaims(ShellFixture &fixture)
{
    QVERIFY(fixture.pull(u"users"_qs, {row(7, {{u"display_name"_qs, u"مریم احمدی"_qs}}),
                                       row(12, {{u"display_name"_qs, u"علی توکلی"_qs}})}));
    QVERIFY(fixture.pull(u"org_units"_qs, {row(3, {{u"kind"_qs, u"district"_qs},
                                                   {u"code"_qs, u"D3"_qs},
                                                   {u"name_fa"_qs, u"منطقهٔ ۳"_qs},
                                                   {u"name_en"_qs, u"District 3"_qs}}),
                                           row(4, {{u"kind"_qs, u"district"_qs},
                                                   {u"code"_qs, u"D4"_qs},
                                                   {u"name_fa"_qs, u"منطقهٔ ۴"_qs},
                                                   {u"name_en"_qs, u"District 4"_qs}})}));
    QVERIFY(fixture.pull(
        u"missions"_qs,
        {row(31, {{u"order_number"_qs, u"M-1405-031"_qs},
                  {u"purpose"_qs, u"بازدید از محل آب‌گرفتگی زیرگذر"_qs},
                  {u"status"_qs, u"draft"_qs},
                  {u"unit_id"_qs, 3},
                  {u"requested_by"_qs, 7}})}));
    QVERIFY(fixture.pull(
        u"expense_policies"_qs,
        {row(81, {{u"expense_type"_qs, u"transport"_qs},
                  {u"claim_cap_rials"_qs, 10'000'000},
                  {u"receipt_required_above_rials"_qs, 2'000'000}}),
         row(82, {{u"expense_type"_qs, u"per_diem"_qs}, {u"daily_cap_rials"_qs, 3'000'000}}),
         row(83, {{u"expense_type"_qs, u"lodging"_qs},
                  {u"receipt_required_above_rials"_qs, 5'000'000}})}));
    QVERIFY(fixture.pull(u"expense_claims"_qs,
                         {withMission(claim(60, u"ایاب و ذهاب بازدید پل"_qs, 1'500'000, 7)),
                          claim(61, u"اقامت همایش شیراز"_qs, 4'000'000, 7, u"returned"_qs),
                          claim(62, u"پذیرایی جلسهٔ شورایاری"_qs, 900'000, 7, u"approved"_qs)}));
    QVERIFY(fixture.pull(u"expense_lines"_qs,
                         {row(601, {{u"claim_id"_qs, 60},
                                    {u"expense_type"_qs, u"transport"_qs},
                                    {u"spent_on"_qs, u"2026-11-10"_qs},
                                    {u"amount_rials"_qs, 1'500'000},
                                    {u"vendor"_qs, u"تاکسی آسمان"_qs},
                                    {u"receipt_sha256"_qs, sha256Of(receiptPng())}}),
                          row(611, {{u"claim_id"_qs, 61},
                                    {u"expense_type"_qs, u"lodging"_qs},
                                    {u"spent_on"_qs, u"2026-11-12"_qs},
                                    {u"amount_rials"_qs, 4'000'000},
                                    {u"vendor"_qs, u"هتل پارس"_qs}}),
                          row(621, {{u"claim_id"_qs, 62},
                                    {u"expense_type"_qs, u"meals"_qs},
                                    {u"spent_on"_qs, u"2026-11-15"_qs},
                                    {u"amount_rials"_qs, 900'000},
                                    {u"vendor"_qs, u"رستوران شهر"_qs}})}));
    QJsonObject returned = step(72, u"expense_claim"_qs, 61, 1, u"supervisor"_qs, u"returned"_qs);
    returned.insert(
        u"reason"_qs,
        u"تاریخ اقامت با دستور مأموریت نمی‌خواند؛ اصلاح کنید."_qs);
    QVERIFY(fixture.pull(u"approval_steps"_qs,
                         {step(71, u"expense_claim"_qs, 60, 1, u"supervisor"_qs), returned,
                          step(73, u"expense_claim"_qs, 62, 1, u"supervisor"_qs, u"approved"_qs)}));
}

// What the outbox would push, once the files it names are uploaded (the sync engine sends
// them first; here the server is said to have them).
QList<QJsonObject> mutationsOf(Cache::LocalCache &cache, const QString &entity)
{
    const auto files = cache.filesToSend();
    for (const Cache::PendingFile &file : files ? *files : QList<Cache::PendingFile>())
        cache.setFileReceived(file.sha256, file.size, true);
    QList<QJsonObject> found;
    const auto pending = cache.pendingMutations(100);
    for (const QJsonValue &value : pending ? *pending : QJsonArray()) {
        if (value.toObject().value(u"entity"_qs).toString() == entity)
            found.append(value.toObject());
    }
    return found;
}

void addLine(ClaimEditor &editor, const QString &type, const QString &date, const QString &amount,
             const QString &vendor, const QString &receipt)
{
    ClaimLineForm *form = editor.lineForm();
    form->typeBox()->setCurrentIndex(form->typeBox()->findData(type));
    form->dateEdit()->setText(date);
    form->amountEdit()->clear();
    typeKeys(form->amountEdit(), amount);
    form->vendorEdit()->setText(vendor);
    if (!receipt.isEmpty())
        QVERIFY(form->setReceiptFile(receipt));
    form->putButton()->click();
}

// The panel as it is drawn once the layouts have followed the last changes.
QPixmap grabbed(QWidget &widget)
{
    for (int i = 0; i < 3; ++i)
        QTest::qWait(20);
    return widget.grab();
}

QList<Missions::FindingCode> codesOf(const ClaimEditor &editor)
{
    QList<Missions::FindingCode> codes;
    for (const Missions::PolicyFinding &finding : editor.findings())
        codes.append(finding.code);
    return codes;
}

} // namespace Shahrvand::Testing::Claims
