// A citizen's rights over their data on the real server over a real database (SQLite, and
// PostgreSQL under pg_virtualenv): everything held about them exported (every linked
// record, the national ID in full, the audit trail), and erasure under the retention
// rules: deleted what is not kept, anonymized what the law keeps, the stored file's content
// gone, the audit trail intact and without the erased values, the change reaching a
// workstation's pull, and nothing about the citizen recorded again afterwards, online or
// pushed from an outbox.
#include "auditverifier.h"
#include "citizenmergeroutes.h"
#include "citizenprivacyroutes.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Testing;

class TestCitizenPrivacy : public QObject, private ServerFixture
{
    Q_OBJECT

private:
    QString m_sha;
    qint64 m_interaction = 0;
    qint64 m_answer = 0;

    // Citizen 1 with everything a citizen can have: two phones, an address, an email, a
    // call, a file, case A (described in their own words) with a note, a survey answer
    // and a mission sent for it.
    void giveCitizenOneEverything()
    {
        for (const char *phone : {"+989121234567", "+982166554433"})
            QVERIFY(w->insert("citizen_phones", {{QStringLiteral("citizen_id"), w->citizen1},
                                                 {QStringLiteral("e164"), QLatin1String(phone)},
                                                 {QStringLiteral("kind"), u"mobile"_qs}}) > 0);
        QVERIFY(w->insert("citizen_addresses",
                          {{QStringLiteral("citizen_id"), w->citizen1},
                           {QStringLiteral("address_text"), u"تهران، خیابان آزادی، پلاک ۱۲"_qs},
                           {QStringLiteral("postal_code"), u"1458889911"_qs}}) > 0);
        QVERIFY(w->insert("citizen_emails", {{QStringLiteral("citizen_id"), w->citizen1},
                                             {QStringLiteral("email"), u"zahra@example.ir"_qs}}) >
                0);
        m_interaction =
            w->insert("interactions", {{QStringLiteral("citizen_id"), w->citizen1},
                                       {QStringLiteral("channel"), u"phone"_qs},
                                       {QStringLiteral("direction"), u"inbound"_qs},
                                       {QStringLiteral("started_at"), 1'700'000'000'000LL},
                                       {QStringLiteral("notes"), u"تماس درباره چراغ کوچه"_qs}});
        QVERIFY(m_interaction > 0);
        m_sha = QString(64, u'a');
        QSqlQuery blob(w->database()->connection());
        QVERIFY(blob.exec(QStringLiteral("INSERT INTO blobs (sha256, size, content_type, "
                                         "received, complete, created_at) VALUES ('%1', 4, "
                                         "'image/jpeg', 4, 1, 1)")
                              .arg(m_sha)));
        blob.prepare(
            QStringLiteral("INSERT INTO blob_chunks (sha256, byte_offset, data) VALUES (?, 0, ?)"));
        blob.addBindValue(m_sha);
        blob.addBindValue(QByteArray("\xff\xd8\xff\xe0", 4));
        QVERIFY(blob.exec());
        QVERIFY(w->insert("attachments", {{QStringLiteral("owner_type"), u"citizen"_qs},
                                          {QStringLiteral("owner_id"), w->citizen1},
                                          {QStringLiteral("blob_sha256"), m_sha},
                                          {QStringLiteral("file_name"), u"کارت-ملی.jpg"_qs},
                                          {QStringLiteral("content_type"), u"image/jpeg"_qs},
                                          {QStringLiteral("size"), 4}}) > 0);
        QSqlQuery described(w->database()->connection());
        QVERIFY(described.exec(QStringLiteral("UPDATE cases SET description = 'چراغ جلوی خانه "
                                              "من، پلاک ۱۲، خاموش است' WHERE id = %1")
                                   .arg(w->caseA)));
        QVERIFY(w->insert("case_notes", {{QStringLiteral("case_id"), w->caseA},
                                         {QStringLiteral("body"), u"به تیم برق ارجاع شد"_qs}}) > 0);
        m_answer = w->insert("survey_responses",
                             {{QStringLiteral("case_id"), w->caseA},
                              {QStringLiteral("citizen_id"), w->citizen1},
                              {QStringLiteral("channel"), u"sms"_qs},
                              {QStringLiteral("score"), 4},
                              {QStringLiteral("answers"), u"{\"comment\":\"ممنون از پیگیری\"}"_qs},
                              {QStringLiteral("responded_at"), 1'700'000'000'000LL}});
        QVERIFY(m_answer > 0);
        QVERIFY(w->insert("mission_cases", {{QStringLiteral("mission_id"), w->mission},
                                            {QStringLiteral("case_id"), w->caseA},
                                            {QStringLiteral("outcome"), u"لامپ تعویض شد"_qs}}) > 0);
    }

    Reply erase(qint64 citizen, const QString &user, const QString &reason = u"درخواست شهروند"_qs)
    {
        return send("POST", QStringLiteral("/api/v1/citizens/%1/erase").arg(citizen),
                    QJsonObject{{QStringLiteral("reason"), reason}}, user);
    }

private slots:
    void init()
    {
        setUpWorld();
        addStaff(QStringLiteral("director"), Access::Role::Administrator, w->org);
        giveCitizenOneEverything();
        startServer([this](Server::ApiServer &server) {
            Api::registerCitizenPrivacyRoutes(server, w->database(), m_clock);
            Api::registerCitizenMergeRoutes(server, w->database(), m_clock);
        });
    }
    void cleanup() { tearDown(); }

    void exportHoldsEveryLinkedRecord()
    {
        const QString path = QStringLiteral("/api/v1/citizens/%1/export").arg(w->citizen1);
        const Reply reply = send("GET", path, {}, QStringLiteral("director"));
        QCOMPARE(reply.status, 200);
        const QJsonObject out = reply.body;
        QCOMPARE(out.value(u"format").toString(), u"shahrvand-citizen-export/1"_qs);
        QCOMPARE(out[u"citizen"][u"national_id"].toString(), u"0013542419"_qs); // in full
        QCOMPARE(out[u"citizen"][u"last_name"].toString(), u"کریمی"_qs);
        QCOMPARE(out.value(u"phones").toArray().size(), 2);
        QCOMPARE(out.value(u"addresses").toArray().size(), 1);
        QCOMPARE(out.value(u"emails").toArray().size(), 1);
        QCOMPARE(out.value(u"interactions").toArray().size(), 1);
        QCOMPARE(out.value(u"files").toArray().size(), 1);
        const QJsonArray cases = out.value(u"cases").toArray();
        QCOMPARE(cases.size(), 1); // case B is citizen 2's
        const QJsonObject kase = cases.first().toObject();
        QCOMPARE(kase.value(u"id").toInteger(), w->caseA);
        bool noted = false;
        for (const QJsonValue &note : kase.value(u"notes").toArray())
            noted = noted || note[u"body"].toString() == u"به تیم برق ارجاع شد"_qs;
        QVERIFY(noted);
        QCOMPARE(kase.value(u"missions").toArray().size(), 1);
        QCOMPARE(kase[u"missions"][0][u"outcome"].toString(), u"لامپ تعویض شد"_qs);
        QCOMPARE(kase[u"missions"][0][u"mission"][u"id"].toInteger(), w->mission);
        QCOMPARE(out.value(u"survey_responses").toArray().size(), 1); // not counted twice
        QCOMPARE(out[u"survey_responses"][0][u"score"].toInteger(), 4);
        // The audit trail of the record: created, and now read by this export.
        QStringList actions;
        for (const QJsonValue &line : out.value(u"audit").toArray())
            actions << line[u"action"].toString();
        QVERIFY(actions.contains(u"create"_qs));
        QVERIFY(actions.contains(u"read_national_id"_qs));

        // Administrators only; another's id is 404, never the record.
        QCOMPARE(send("GET", path, {}, QStringLiteral("agent-a")).status, 403);
        QCOMPARE(send("GET", path, {}, QStringLiteral("supervisor")).status, 403);
        QCOMPARE(send("GET", u"/api/v1/citizens/999999/export"_qs, {}, QStringLiteral("director"))
                     .status,
                 404);
    }

    void erasureKeepsWhatTheLawKeepsAnonymized()
    {
        const qint64 auditBefore = number(QStringLiteral("SELECT MAX(seq) FROM audit_log"));
        const QString token = signIn(QStringLiteral("agent-a"));
        Q_UNUSED(token);
        const Reply pulled =
            send("GET", u"/api/v1/sync/changes?cursor=0&limit=1000"_qs, {}, u"agent-a"_qs);
        QCOMPARE(pulled.status, 200);
        const qint64 cursor = pulled.body.value(u"cursor").toInteger();

        // Refused: no reason (in Persian for a Persian request), an agent, a stale version.
        const Reply noReason =
            send("POST", QStringLiteral("/api/v1/citizens/%1/erase").arg(w->citizen1),
                 QJsonObject{{QStringLiteral("reason"), u"  "_qs}}, u"director"_qs, "fa");
        QCOMPARE(noReason.status, 400);
        QVERIFY(noReason.body[u"error"][u"message"].toString().contains(u"حذف"_qs));
        QCOMPARE(erase(w->citizen1, u"agent-a"_qs).status, 403);
        QCOMPARE(erase(w->citizen1, u"supervisor"_qs).status, 403);
        QNetworkRequest stale(url(QStringLiteral("/api/v1/citizens/%1/erase").arg(w->citizen1)));
        stale.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        stale.setRawHeader("If-Match", "\"1\"");
        QCOMPARE(exchange(stale, "POST", u"director"_qs, R"({"reason":"x"})").status, 412);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM citizen_phones WHERE deleted = 0")),
                 2); // nothing happened

        const Reply erased = erase(w->citizen1, u"director"_qs);
        QCOMPARE(erased.status, 200);
        const QJsonObject report = erased.body;
        QCOMPARE(report.value(u"citizen_removed").toBool(), false); // cases keep them
        QCOMPARE(report[u"removed"][u"citizen_phones"].toInteger(), 2);
        QCOMPARE(report[u"removed"][u"citizen_addresses"].toInteger(), 1);
        QCOMPARE(report[u"removed"][u"citizen_emails"].toInteger(), 1);
        QCOMPARE(report[u"removed"][u"attachments"].toInteger(), 1);
        QCOMPARE(report.value(u"files_purged").toInteger(), 1);
        QCOMPARE(report[u"anonymized"][u"cases"].toInteger(), 1);
        QCOMPARE(report[u"anonymized"][u"interactions"].toInteger(), 1);
        QCOMPARE(report[u"anonymized"][u"survey_responses"].toInteger(), 1);
        QCOMPARE(report[u"anonymized"][u"citizens"].toInteger(), 1);

        // In the database: nothing personal left, the kept records still there.
        const QVariantList one{w->citizen1};
        QCOMPARE(number(u"SELECT COUNT(*) FROM citizens WHERE id = ? AND national_id IS NULL AND "
                        "first_name = '' AND last_name = '' AND search_text = '' AND "
                        "anonymized_at IS NOT NULL AND deleted = 0"_qs,
                        one),
                 1);
        QCOMPARE(number(u"SELECT COUNT(*) FROM citizen_phones WHERE citizen_id = ? AND "
                        "(deleted = 0 OR e164 <> '')"_qs,
                        one),
                 0);
        QCOMPARE(number(u"SELECT COUNT(*) FROM citizen_addresses WHERE citizen_id = ? AND "
                        "(deleted = 0 OR address_text <> '' OR postal_code IS NOT NULL)"_qs,
                        one),
                 0);
        QCOMPARE(number(u"SELECT COUNT(*) FROM cases WHERE id = ? AND description = '' AND "
                        "subject = 'چراغ خاموش' AND deleted = 0"_qs,
                        {w->caseA}),
                 1);
        QCOMPARE(number(u"SELECT COUNT(*) FROM interactions WHERE id = ? AND notes = '' AND "
                        "channel = 'phone' AND deleted = 0"_qs,
                        {m_interaction}),
                 1);
        QCOMPARE(number(u"SELECT score FROM survey_responses WHERE id = ? AND answers = '{}'"_qs,
                        {m_answer}),
                 4);
        QCOMPARE(number(u"SELECT COUNT(*) FROM blob_chunks WHERE sha256 = ?"_qs, {m_sha}), 0);
        QCOMPARE(number(u"SELECT COUNT(*) FROM case_notes WHERE case_id = ? AND deleted = 0 AND "
                        "body = 'به تیم برق ارجاع شد'"_qs,
                        {w->caseA}),
                 1); // the staff's note is theirs
        // Citizen 2 untouched.
        QCOMPARE(number(u"SELECT COUNT(*) FROM citizens WHERE id = ? AND national_id = "
                        "'0067749828'"_qs,
                        {w->citizen2}),
                 1);

        // The audit trail: intact, the erasure recorded with its reason, and none of its
        // lines holding an erased value.
        Records::AuditVerifier verifier(w->database()->connection());
        const auto verified = verifier.verify();
        QVERIFY(verified);
        QVERIFY(verified->isIntact());
        QCOMPARE(number(u"SELECT COUNT(*) FROM audit_log WHERE action = 'erase_citizen' AND "
                        "row_id = ? AND new_values LIKE '%درخواست شهروند%'"_qs,
                        one),
                 1);
        for (const char *value : {"0013542419", "کریمی", "989121234567", "zahra@example.ir",
                                  "پلاک ۱۲", "ممنون از پیگیری", "چراغ کوچه", "کارت-ملی"})
            QCOMPARE(number(u"SELECT COUNT(*) FROM audit_log WHERE seq > ? AND "
                            "(old_values LIKE ? OR new_values LIKE ?)"_qs,
                            {auditBefore, QStringLiteral("%%1%").arg(QString::fromUtf8(value)),
                             QStringLiteral("%%1%").arg(QString::fromUtf8(value))}),
                     0);

        // A workstation's next pull brings the anonymized citizen and the tombstones.
        const Reply next =
            send("GET", QStringLiteral("/api/v1/sync/changes?cursor=%1&limit=1000").arg(cursor), {},
                 u"agent-a"_qs);
        QCOMPARE(next.status, 200);
        bool citizenBlank = false;
        int phoneTombstones = 0;
        for (const QJsonValue &change : next.body.value(u"changes").toArray()) {
            const QJsonObject row = change[u"row"].toObject();
            const QString entity = change[u"entity"].toString();
            if (entity == u"citizens" && row[u"id"].toInteger() == w->citizen1)
                citizenBlank = row[u"last_name"].toString().isEmpty() &&
                               row[u"national_id"].isNull() && !row[u"anonymized_at"].isNull();
            if (entity == u"citizen_phones" && row[u"deleted"].toBool())
                ++phoneTombstones;
            QVERIFY2(!QJsonDocument(row).toJson().contains("0013542419"), qPrintable(entity));
        }
        QVERIFY(citizenBlank);
        QCOMPARE(phoneTombstones, 2);

        // Erased once only.
        const Reply again = erase(w->citizen1, u"director"_qs);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.body[u"error"][u"code"].toString(), u"citizen_erased"_qs);
    }

    void nothingIsRecordedAboutAnErasedCitizenAgain()
    {
        QCOMPARE(erase(w->citizen1, u"director"_qs).status, 200);
        // Online: the citizen, a new phone, a new case naming them.
        const Reply renamed =
            send("PATCH", QStringLiteral("/api/v1/citizens/%1").arg(w->citizen1),
                 QJsonObject{{QStringLiteral("last_name"), u"کریمی"_qs}}, u"agent-a"_qs, "fa");
        QCOMPARE(renamed.status, 409);
        QCOMPARE(renamed.body[u"error"][u"code"].toString(), u"citizen_erased"_qs);
        QVERIFY(renamed.body[u"error"][u"message"].toString().contains(u"شهروند"_qs));
        QCOMPARE(send("POST", u"/api/v1/citizen_phones"_qs,
                      QJsonObject{{QStringLiteral("citizen_id"), w->citizen1},
                                  {QStringLiteral("e164"), u"+989121234567"_qs}},
                      u"agent-a"_qs)
                     .status,
                 409);
        QCOMPARE(send("POST", u"/api/v1/cases"_qs,
                      QJsonObject{{QStringLiteral("citizen_id"), w->citizen1},
                                  {QStringLiteral("service_id"), w->service},
                                  {QStringLiteral("channel"), u"phone"_qs},
                                  {QStringLiteral("team_id"), w->teamA},
                                  {QStringLiteral("subject"), u"دوباره"_qs}},
                      u"agent-a"_qs)
                     .status,
                 409);
        // The kept case goes on through its workflow.
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/cases/%1").arg(w->caseA),
                      QJsonObject{{QStringLiteral("priority"), u"high"_qs}}, u"agent-a"_qs)
                     .status,
                 200);
        // From an outbox: an edit made offline before the erasure comes back as a conflict
        // (the erasure changed the same field), and kept against the current version, as
        // the conflict editor's "keep mine" sends it, it is refused: never applied.
        const auto push = [this](const char *id, qint64 base) {
            const QJsonObject batch{
                {QStringLiteral("mutations"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("client_mutation_id"), QString::fromLatin1(id)},
                                 {QStringLiteral("entity"), QStringLiteral("citizens")},
                                 {QStringLiteral("op"), QStringLiteral("update")},
                                 {QStringLiteral("id"), w->citizen1},
                                 {QStringLiteral("base_version"), base},
                                 {QStringLiteral("fields"),
                                  QJsonObject{{QStringLiteral("first_name"), u"زهرا"_qs}}}}}}};
            const Reply pushed = send("POST", u"/api/v1/sync/push"_qs, batch, u"agent-a"_qs);
            return pushed.body.value(u"results").toArray().first().toObject();
        };
        QCOMPARE(push("laptop-9", 1).value(u"status").toString(), u"conflict"_qs);
        const QJsonObject kept = push(
            "laptop-10", number(u"SELECT version FROM citizens WHERE id = ?"_qs, {w->citizen1}));
        QCOMPARE(kept.value(u"status").toString(), u"rejected"_qs);
        QCOMPARE(kept[u"error"][u"code"].toString(), u"citizen_erased"_qs);
        QCOMPARE(number(u"SELECT COUNT(*) FROM citizens WHERE id = ? AND first_name = ''"_qs,
                        {w->citizen1}),
                 1);
    }

    // A duplicate merged into the citizen is the same person: its kept record is blanked
    // too, the merge forgets the values it kept for an undo, and the undo is refused.
    void erasureReachesCitizensMergedIn()
    {
        const qint64 twin = w->insert("citizens", {{QStringLiteral("first_name"), u"زهرا"_qs},
                                                   {QStringLiteral("last_name"), u"كريمي"_qs},
                                                   {QStringLiteral("father_name"), u"حسن"_qs}});
        const auto version = [this](qint64 id) {
            return number(u"SELECT version FROM citizens WHERE id = ?"_qs, {id});
        };
        const Reply merged =
            send("POST", QStringLiteral("/api/v1/citizens/%1/merge").arg(w->citizen1),
                 QJsonObject{{QStringLiteral("merged_id"), twin},
                             {QStringLiteral("survivor_version"), version(w->citizen1)},
                             {QStringLiteral("merged_version"), version(twin)},
                             {QStringLiteral("fields"),
                              QJsonObject{{QStringLiteral("father_name"), u"merged"_qs}}}},
                 u"director"_qs);
        QCOMPARE(merged.status, 200);
        const qint64 mergeId = merged.body[u"merge"][u"id"].toInteger();
        QVERIFY(number(u"SELECT COUNT(*) FROM citizen_merges WHERE id = ? AND merged_before "
                       "LIKE '%حسن%'"_qs,
                       {mergeId}) +
                    number(u"SELECT COUNT(*) FROM citizen_merges WHERE id = ? AND survivor_after "
                           "LIKE '%حسن%'"_qs,
                           {mergeId}) >
                0);

        const Reply erased = erase(w->citizen1, u"director"_qs);
        QCOMPARE(erased.status, 200);
        QCOMPARE(erased.body[u"anonymized"][u"citizens"].toInteger(), 2);
        QCOMPARE(number(u"SELECT COUNT(*) FROM citizens WHERE id = ? AND first_name = '' AND "
                        "last_name = '' AND father_name = '' AND anonymized_at IS NOT NULL"_qs,
                        {twin}),
                 1);
        QCOMPARE(number(u"SELECT COUNT(*) FROM citizen_merges WHERE id = ? AND choices = '{}' AND "
                        "survivor_before = '{}' AND survivor_after = '{}' AND merged_before = "
                        "'{}'"_qs,
                        {mergeId}),
                 1);
        const Reply undo = send("POST", QStringLiteral("/api/v1/merges/%1/undo").arg(mergeId),
                                QJsonObject{}, u"director"_qs);
        QCOMPARE(undo.status, 409);
        QCOMPARE(undo.body[u"error"][u"details"][u"reason"].toString(), u"anonymized"_qs);
    }

    void aCitizenNothingKeptIsDeleted()
    {
        const qint64 lone = w->insert("citizens", {{QStringLiteral("first_name"), u"مریم"_qs},
                                                   {QStringLiteral("last_name"), u"احمدی"_qs}});
        QVERIFY(w->insert("citizen_phones", {{QStringLiteral("citizen_id"), lone},
                                             {QStringLiteral("e164"), u"+989351112233"_qs},
                                             {QStringLiteral("kind"), u"mobile"_qs}}) > 0);
        const Reply erased = erase(lone, u"director"_qs);
        QCOMPARE(erased.status, 200);
        QCOMPARE(erased.body.value(u"citizen_removed").toBool(), true);
        QCOMPARE(number(u"SELECT COUNT(*) FROM citizens WHERE id = ? AND deleted = 1 AND "
                        "last_name = ''"_qs,
                        {lone}),
                 1);
        QCOMPARE(
            send("GET", QStringLiteral("/api/v1/citizens/%1").arg(lone), {}, u"agent-a"_qs).status,
            404);
        QCOMPARE(erase(lone, u"director"_qs).status, 404);
    }
};

QTEST_MAIN(TestCitizenPrivacy)
#include "tst_citizenprivacy.moc"
