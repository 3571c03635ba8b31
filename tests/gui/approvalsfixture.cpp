#include "approvalsfixture.h"

#include "localcache.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QTest>
#include <QTranslator>

namespace Shahrvand::Testing::Approvals {

QJsonObject row(qint64 id, const QJsonObject &fields, qint64 version)
{
    QJsonObject result{{u"id"_qs, id},
                       {u"version"_qs, version},
                       {u"deleted"_qs, false},
                       {u"created_at"_qs, ShellFixture::createdAtMs()},
                       {u"updated_at"_qs, ShellFixture::createdAtMs()}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject claim(qint64 id, const QString &title, qint64 total, qint64 claimant,
                  const QString &status, qint64 version)
{
    return row(id,
               {{u"claimant_id"_qs, claimant},
                {u"unit_id"_qs, 3},
                {u"status"_qs, status},
                {u"title"_qs, title},
                {u"total_rials"_qs, total},
                {u"submitted_at"_qs, ShellFixture::createdAtMs() + (id - 50) * hourMs}},
               version);
}

QJsonObject step(qint64 id, const QString &type, qint64 subject, int number, const QString &role,
                 const QString &decision, qint64 version)
{
    QJsonObject fields{{u"subject_type"_qs, type},  {u"subject_id"_qs, subject},
                       {u"step"_qs, number},        {u"approver_role"_qs, role},
                       {u"approver_unit_id"_qs, 3}, {u"approver_id"_qs, QJsonValue()},
                       {u"decision"_qs, decision},  {u"reason"_qs, QString()}};
    if (decision != u"pending") {
        fields.insert(u"approver_id"_qs, 12);
        fields.insert(u"decided_at"_qs, ShellFixture::createdAtMs() + 2 * hourMs);
    }
    return row(id, fields, version);
}

QByteArray receiptPng()
{
    QImage image(480, 640, QImage::Format_RGB32);
    image.fill(QColor(0xfa, 0xf7, 0xf0));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 3));
    painter.drawRect(20, 20, 440, 600);
    for (int y = 80; y < 560; y += 40)
        painter.drawLine(50, y, 400 - (y % 120), y);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A small municipality's approvals: claims of several sizes, a mission, their lines.
void plant(ShellFixture &fixture)
{
    QVERIFY(fixture.pull(u"users"_qs, {row(21, {{u"display_name"_qs, u"رضا کریمی"_qs}}),
                                       row(22, {{u"display_name"_qs, u"سارا نادری"_qs}}),
                                       row(12, {{u"display_name"_qs, u"علی توکلی"_qs}}),
                                       row(30, {{u"display_name"_qs, u"حسین مرادی"_qs}})}));
    QVERIFY(fixture.pull(u"org_units"_qs, {row(3, {{u"kind"_qs, u"district"_qs},
                                                   {u"code"_qs, u"D3"_qs},
                                                   {u"name_fa"_qs, u"منطقهٔ ۳"_qs},
                                                   {u"name_en"_qs, u"District 3"_qs}})}));
    QVERIFY(fixture.pull(u"expense_claims"_qs,
                         {claim(50, u"هزینهٔ سفر بازدید منطقهٔ ۴"_qs, 12'500'000),
                          claim(51, u"ایاب و ذهاب بازرسی پل"_qs, 850'000, 22),
                          claim(52, u"اقامت دو شبه در همایش"_qs, 48'000'000),
                          claim(53, u"پذیرایی جلسهٔ شورایاری"_qs, 2'300'000, 22)}));
    QVERIFY(fixture.pull(u"expense_lines"_qs,
                         {row(501, {{u"claim_id"_qs, 50},
                                    {u"expense_type"_qs, u"transport"_qs},
                                    {u"spent_on"_qs, u"2026-11-20"_qs},
                                    {u"amount_rials"_qs, 4'500'000},
                                    {u"vendor"_qs, u"تاکسی تلفنی آسمان"_qs}}),
                          row(502, {{u"claim_id"_qs, 50},
                                    {u"expense_type"_qs, u"lodging"_qs},
                                    {u"spent_on"_qs, u"2026-11-20"_qs},
                                    {u"amount_rials"_qs, 8'000'000},
                                    {u"vendor"_qs, u"مهمان‌پذیر شهر"_qs}})}));
    QVERIFY(fixture.pull(
        u"missions"_qs,
        {row(31, {{u"purpose"_qs, u"بازدید از محل آب‌گرفتگی زیرگذر"_qs},
                  {u"status"_qs, u"draft"_qs},
                  {u"unit_id"_qs, 3},
                  {u"requested_by"_qs, 30},
                  {u"destination_name"_qs, u"زیرگذر میدان آزادی"_qs},
                  {u"planned_start"_qs, ShellFixture::createdAtMs() + 24 * hourMs},
                  {u"planned_end"_qs, ShellFixture::createdAtMs() + 30 * hourMs},
                  {u"budgeted"_qs, true}})}));
    QVERIFY(fixture.pull(
        u"mission_assignees"_qs,
        {row(41, {{u"mission_id"_qs, 31}, {u"user_id"_qs, 30}, {u"role"_qs, u"leader"_qs}})}));
    QVERIFY(fixture.pull(u"approval_steps"_qs,
                         {step(1, u"expense_claim"_qs, 50, 2),
                          step(2, u"expense_claim"_qs, 50, 1, u"supervisor"_qs, u"approved"_qs),
                          step(3, u"expense_claim"_qs, 51), step(4, u"expense_claim"_qs, 52),
                          step(5, u"expense_claim"_qs, 53), step(6, u"mission"_qs, 31)}));
    // The claimant's receipt of the taxi, kept in this computer's copy.
    QVERIFY(fixture.cache().attachBytes(u"expense_lines"_qs, 501, receiptPng(), u"taxi.png"_qs));
    settleAttachments(fixture);
}

// The claimant's receipts reached the server long ago: their rows are the server's, and the
// outbox is the approver's alone (the bytes stay in this copy until released).
void settleAttachments(ShellFixture &fixture)
{
    Cache::LocalCache &cache = fixture.cache();
    const auto files = cache.filesToSend();
    QVERIFY(files);
    for (const Cache::PendingFile &file : *files)
        QVERIFY(cache.setFileReceived(file.sha256, file.size, true));
    const auto sent = cache.pendingMutations(100);
    QVERIFY(sent);
    QJsonArray answers;
    static qint64 id = 900; // server ids, never reused
    for (const QJsonValue &value : *sent) {
        const QJsonObject mutation = value.toObject();
        QJsonObject serverRow = mutation.value(u"fields"_qs).toObject();
        serverRow.insert(u"id"_qs, ++id);
        serverRow.insert(u"version"_qs, 1);
        serverRow.insert(u"deleted"_qs, false);
        answers.append(
            QJsonObject{{u"client_mutation_id"_qs, mutation.value(u"client_mutation_id"_qs)},
                        {u"status"_qs, u"applied"_qs},
                        {u"row"_qs, serverRow}});
    }
    QVERIFY(cache.applyPushResults(*sent, answers));
    QCOMPARE(cache.pendingCount(), 0);
}

// Translations of the approvals not yet merged into translations/*.ts can be tried from a
// .qm made of /work/tr-approvals.tsv (SHAHRVAND_EXTRA_QM), to look at the screens; they are
// Persian, so they are installed only while the interface is.
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

} // namespace Shahrvand::Testing::Approvals
