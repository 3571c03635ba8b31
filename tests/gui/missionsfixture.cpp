#include "missionsfixture.h"

#include "approvalsfixture.h"
#include "localcache.h"

#include <QTest>

namespace Shahrvand::Testing::Missions {

using Approvals::row;

namespace {

QJsonObject mission(qint64 id, const QString &purpose, const QString &status,
                    const QString &approval, qint64 unit, qint64 requester,
                    const QString &destination, int startHour)
{
    return row(id, {{u"purpose"_qs, purpose},
                    {u"order_number"_qs, u"1405-%1"_qs.arg(id, 4, 10, QChar(u'0'))},
                    {u"status"_qs, status},
                    {u"approval_status"_qs, approval},
                    {u"unit_id"_qs, unit},
                    {u"requested_by"_qs, requester},
                    {u"destination_name"_qs, destination},
                    {u"planned_start"_qs, ShellFixture::createdAtMs() + startHour * hourMs},
                    {u"planned_end"_qs, ShellFixture::createdAtMs() + (startHour + 6) * hourMs},
                    {u"transport"_qs, u"خودروی اداری"_qs},
                    {u"budgeted"_qs, id == 34}});
}

QJsonObject claimOf(qint64 id, qint64 missionId, const QString &status, qint64 total)
{
    return row(id, {{u"claimant_id"_qs, 30},
                    {u"unit_id"_qs, 3},
                    {u"mission_id"_qs, missionId},
                    {u"status"_qs, status},
                    {u"title"_qs, u"هزینهٔ مأموریت"_qs},
                    {u"total_rials"_qs, total}});
}

} // namespace

Access::Principal fieldOfficer()
{
    Access::Principal user;
    user.userId = UserId(30);
    user.username = u"hossein"_qs;
    user.displayName = u"حسین مرادی"_qs;
    user.roles = {Access::Role::FieldOfficer};
    user.units = {OrgUnitId(3)};
    user.visibleUnits = {OrgUnitId(3)};
    return user;
}

// A district's missions: 31 Maryam's own draft (Hossein leads it, case 101), 32 issued
// (Hossein on it, two claims that count and a draft that does not, a comment), 33 in
// progress in unit 4 (case 103; claims too large to add up), 34 an approved draft with
// nobody sent yet (its two approvals), 35 completed with Maryam on it.
void plant(ShellFixture &fixture)
{
    QVERIFY(fixture.pull(u"users"_qs, {row(7, {{u"display_name"_qs, u"مریم احمدی"_qs}}),
                                       row(12, {{u"display_name"_qs, u"علی توکلی"_qs}}),
                                       row(21, {{u"display_name"_qs, u"رضا کریمی"_qs}}),
                                       row(30, {{u"display_name"_qs, u"حسین مرادی"_qs}})}));
    QVERIFY(fixture.pull(u"org_units"_qs, {row(3, {{u"kind"_qs, u"district"_qs},
                                                   {u"code"_qs, u"D3"_qs},
                                                   {u"name_fa"_qs, u"منطقهٔ ۳"_qs},
                                                   {u"name_en"_qs, u"District 3"_qs}}),
                                           row(4, {{u"kind"_qs, u"district"_qs},
                                                   {u"code"_qs, u"D4"_qs},
                                                   {u"name_fa"_qs, u"منطقهٔ ۴"_qs},
                                                   {u"name_en"_qs, u"District 4"_qs}})}));
    QVERIFY(fixture.pull(
        u"cases"_qs, {ShellFixture::caseRow(101, u"آب‌گرفتگی زیرگذر آزادی"_qs),
                      ShellFixture::caseRow(102, u"درخت افتاده در پارک"_qs),
                      ShellFixture::caseRow(103, u"چاله در خیابان نواب"_qs)}));
    QVERIFY(
        fixture.pull(u"missions"_qs,
                     {mission(31, u"بازدید از محل آب‌گرفتگی زیرگذر"_qs,
                              u"draft"_qs, u"none"_qs, 3, 7, u"زیرگذر میدان آزادی"_qs, 48),
                      mission(32, u"بازرسی درختان پارک لاله"_qs, u"issued"_qs, u"approved"_qs, 3,
                              12, u"پارک لاله"_qs, 24),
                      mission(33, u"ترمیم آسفالت خیابان نواب"_qs, u"in_progress"_qs, u"approved"_qs,
                              4, 12, u"خیابان نواب"_qs, 2),
                      mission(34, u"بازدید از ایستگاه اتوبوس"_qs, u"draft"_qs, u"approved"_qs, 3,
                              12, u"پایانهٔ غرب"_qs, 72),
                      mission(35, u"جمع‌آوری نخاله"_qs, u"completed"_qs,
                              u"approved"_qs, 3, 12, u"بزرگراه شمالی"_qs, -48)}));
    QVERIFY(fixture.pull(
        u"mission_assignees"_qs,
        {row(41, {{u"mission_id"_qs, 31}, {u"user_id"_qs, 30}, {u"role"_qs, u"leader"_qs}}),
         row(42, {{u"mission_id"_qs, 32}, {u"user_id"_qs, 30}, {u"role"_qs, u"leader"_qs}}),
         row(43, {{u"mission_id"_qs, 33}, {u"user_id"_qs, 21}, {u"role"_qs, u"leader"_qs}}),
         row(44, {{u"mission_id"_qs, 35}, {u"user_id"_qs, 7}, {u"role"_qs, u"member"_qs}})}));
    QVERIFY(
        fixture.pull(u"mission_cases"_qs, {row(51, {{u"mission_id"_qs, 31}, {u"case_id"_qs, 101}}),
                                           row(52, {{u"mission_id"_qs, 33},
                                                    {u"case_id"_qs, 103},
                                                    {u"outcome"_qs, u"نیمه‌کاره"_qs}})}));
    QVERIFY(fixture.pull(u"mission_comments"_qs,
                         {row(61, {{u"mission_id"_qs, 32},
                                   {u"unit_id"_qs, 3},
                                   {u"author_id"_qs, 12},
                                   {u"body"_qs, u"کلید درِ پارک نزد نگهبان است."_qs}})}));
    QVERIFY(fixture.pull(u"expense_claims"_qs,
                         {claimOf(71, 32, u"submitted"_qs, 12'500'000),
                          claimOf(72, 32, u"approved"_qs, 2'000'000),
                          claimOf(73, 32, u"draft"_qs, 100'000'000),
                          claimOf(74, 33, u"submitted"_qs, 5'000'000'000'000'000'000),
                          claimOf(75, 33, u"paid"_qs, 5'000'000'000'000'000'000)}));
    QJsonObject first{{u"subject_type"_qs, u"mission"_qs},
                      {u"subject_id"_qs, 34},
                      {u"chain"_qs, 1},
                      {u"step"_qs, 1},
                      {u"approver_role"_qs, u"supervisor"_qs},
                      {u"approver_unit_id"_qs, 3},
                      {u"approver_id"_qs, 7},
                      {u"decision"_qs, u"approved"_qs},
                      {u"reason"_qs, QString()},
                      {u"decided_at"_qs, ShellFixture::createdAtMs() + 3 * hourMs}};
    QJsonObject second = first;
    second.insert(u"step"_qs, 2);
    second.insert(u"approver_role"_qs, u"finance_approver"_qs);
    second.insert(u"approver_unit_id"_qs, QJsonValue());
    second.insert(u"approver_id"_qs, 12);
    second.insert(u"reason"_qs, u"با سقف بودجهٔ فصل"_qs);
    second.insert(u"decided_at"_qs, ShellFixture::createdAtMs() + 5 * hourMs);
    QVERIFY(fixture.pull(u"approval_steps"_qs, {row(81, first), row(82, second)}));
}

} // namespace Shahrvand::Testing::Missions
