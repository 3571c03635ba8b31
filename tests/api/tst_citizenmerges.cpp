// Merging citizens on the real server over a real database (SQLite, and PostgreSQL under
// pg_virtualenv): who may merge; a merge that moves every linked record (counted table by
// table before and after), audited with the trail still intact, pulled by sync; its exact
// undo, refused twice and refused when it would lose a later change; stale versions; the
// refusals; offline edits made against the merged citizen kept and given to the survivor.
#include "citizenfixture.h"

using namespace Shahrvand;
using namespace Shahrvand::Testing;

class TestCitizenMerges : public QObject, private CitizenFixture
{
    Q_OBJECT

private slots:
    void init() { startCitizenServer(); }
    void cleanup() { tearDown(); }

    void onlySupervisorsAndAdministrators();
    void mergeMovesEveryLinkedRecordAndUndoRestoresThem();
    void refusals();
    void undoRefusedWhenItWouldLoseALaterChange();
    void offlineEditsOfTheMergedCitizenAreKept();
};

void TestCitizenMerges::onlySupervisorsAndAdministrators()
{
    const qint64 other = citizen(QStringLiteral("زهرا"), QStringLiteral("کریمی"));
    for (const char *user : {"agent-a", "officer", "author"}) {
        QCOMPARE(send("GET", QStringLiteral("/api/v1/citizens/duplicates"), {},
                      QString::fromLatin1(user))
                     .status,
                 403);
    }
    QCOMPARE(merge(w->citizen1, other, {}, QStringLiteral("agent-a")).status, 403);
    QCOMPARE(linked(other), (QMap<QString, QList<qint64>>{}));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM citizen_merges")), 0);
    // A citizen that does not exist, or is deleted, is not found.
    QCOMPARE(merge(w->citizen1, 999999).status, 404);
    execute(QStringLiteral("UPDATE citizens SET deleted = 1 WHERE id = ?"), {other});
    QCOMPARE(merge(w->citizen1, other).status, 404);
    QCOMPARE(merge(other, w->citizen1).status, 404);
    QCOMPARE(undo(1, QStringLiteral("agent-a")).status, 403);
    QCOMPARE(undo(424242).status, 404);
    // The routes are in the OpenAPI document.
    const QJsonObject paths =
        send("GET", QStringLiteral("/api/v1/openapi.json"), {}, QStringLiteral("supervisor"))
            .body.value(u"paths")
            .toObject();
    QVERIFY(paths.value(QStringLiteral("/api/v1/citizens/duplicates")).toObject().contains(u"get"));
    QVERIFY(
        paths.value(QStringLiteral("/api/v1/citizens/{id}/merge")).toObject().contains(u"post"));
    QVERIFY(
        paths.value(QStringLiteral("/api/v1/citizens/{id}/merges")).toObject().contains(u"get"));
    QVERIFY(paths.value(QStringLiteral("/api/v1/merges/{id}/undo")).toObject().contains(u"post"));
}

void TestCitizenMerges::mergeMovesEveryLinkedRecordAndUndoRestoresThem()
{
    // The survivor: a new record of Ali Rezaei, no national ID, one case, one phone. The
    // merged one: the world's citizen 2 (national ID, case B) with everything a citizen has.
    const qint64 survivor = citizen(QStringLiteral("علي"), QStringLiteral("رضايي"),
                                    {{QStringLiteral("notes"), QStringLiteral("ثبت تلفنی")}});
    const qint64 merged = w->citizen2;
    phone(survivor, QStringLiteral("+989121111111"));
    kase(survivor);
    phone(merged, QStringLiteral("+989122222222"));
    phone(merged, QStringLiteral("+982188888888"));
    address(merged, QStringLiteral("تهران، خیابان آزادی"));
    address(merged, QStringLiteral("کرج، گوهردشت"));
    QVERIFY(w->insert("citizen_emails", {{QStringLiteral("citizen_id"), merged},
                                         {QStringLiteral("email"), QStringLiteral("ali@x.ir")}}) >
            0);
    const qint64 secondCase = kase(merged);
    for (qint64 caseId : {w->caseB, secondCase}) {
        QVERIFY(w->insert("interactions", {{QStringLiteral("citizen_id"), merged},
                                           {QStringLiteral("case_id"), caseId},
                                           {QStringLiteral("channel"), QStringLiteral("phone")},
                                           {QStringLiteral("direction"), QStringLiteral("inbound")},
                                           {QStringLiteral("started_at"), 1}}) > 0);
    }
    QVERIFY(w->insert("survey_responses", {{QStringLiteral("case_id"), w->caseB},
                                           {QStringLiteral("citizen_id"), merged},
                                           {QStringLiteral("channel"), QStringLiteral("sms")},
                                           {QStringLiteral("score"), 4},
                                           {QStringLiteral("responded_at"), 2}}) > 0);
    execute(QStringLiteral("INSERT INTO blobs (sha256, size, content_type, received, complete, "
                           "created_at) VALUES (?, 3, 'text/plain', 3, 1, 1)"),
            {QString(64, QLatin1Char('a'))});
    QVERIFY(
        w->insert("attachments", {{QStringLiteral("owner_type"), QStringLiteral("citizen")},
                                  {QStringLiteral("owner_id"), merged},
                                  {QStringLiteral("blob_sha256"), QString(64, QLatin1Char('a'))},
                                  {QStringLiteral("file_name"), QStringLiteral("id.txt")},
                                  {QStringLiteral("content_type"), QStringLiteral("text/plain")},
                                  {QStringLiteral("size"), 3}}) > 0);
    // A deleted phone stays a tombstone of the merged citizen.
    const qint64 oldPhone =
        w->insert("citizen_phones", {{QStringLiteral("citizen_id"), merged},
                                     {QStringLiteral("e164"), QStringLiteral("+989123333333")},
                                     {QStringLiteral("kind"), QStringLiteral("mobile")}});
    QVERIFY(oldPhone > 0);
    execute(QStringLiteral("UPDATE citizen_phones SET deleted = 1 WHERE id = ?"), {oldPhone});

    const auto survivorRows = linked(survivor);
    const auto mergedRows = linked(merged);
    qint64 movable = 0;
    for (const auto &rows : mergedRows)
        movable += rows.size();
    QCOMPARE(movable, 2 + 1 + 2 + 1 + 2 + 2 + 1 + 1); // phones, addresses, e-mail, cases...
    const qint64 cursor = number(QStringLiteral("SELECT value FROM change_sequence WHERE id = 1"));
    const qint64 auditBefore = number(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    const Reply merging = merge(survivor, merged,
                                {{QStringLiteral("first_name"), QStringLiteral("merged")},
                                 {QStringLiteral("notes"), QStringLiteral("survivor")}});
    QCOMPARE(merging.status, 200);
    const QJsonObject record = merging.body.value(u"merge").toObject();
    const qint64 mergeId = record.value(u"id").toInteger();
    QVERIFY(mergeId > 0);
    QCOMPARE(record.value(u"moved_rows").toArray().size(), movable - 1);
    QCOMPARE(record.value(u"moved")[u"cases"].toInteger(), 2);

    // Every linked row now the survivor's, the tombstone aside; none left on the merged one.
    auto expected = survivorRows;
    for (auto it = mergedRows.cbegin(); it != mergedRows.cend(); ++it) {
        for (qint64 id : it.value()) {
            if (!(it.key() == u"citizen_phones" && id == oldPhone))
                expected[it.key()] << id;
        }
        std::sort(expected[it.key()].begin(), expected[it.key()].end());
    }
    QCOMPARE(linked(survivor), expected);
    QCOMPARE(linked(merged),
             (QMap<QString, QList<qint64>>{{QStringLiteral("citizen_phones"), {oldPhone}}}));
    // The chosen values, the national ID taken (the empty field), the merged one kept.
    const QJsonObject kept = merging.body.value(u"survivor").toObject();
    QCOMPARE(kept.value(u"first_name").toString(), QStringLiteral("علی"));
    QCOMPARE(kept.value(u"last_name").toString(), QStringLiteral("رضايي"));
    QCOMPARE(kept.value(u"notes").toString(), QStringLiteral("ثبت تلفنی"));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE id = ? AND national_id = "
                                   "'0067749828'"),
                    {survivor}),
             1);
    QCOMPARE(number(QStringLiteral("SELECT merged_into_id FROM citizens WHERE id = ? AND "
                                   "national_id IS NULL AND deleted = 0"),
                    {merged}),
             survivor);
    // Audited: the merge itself and each row's change; the chain still holds.
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'merge_citizens' AND row_id = ?"),
                    {survivor}),
             1);
    QVERIFY(number(QStringLiteral("SELECT COUNT(*) FROM audit_log")) >= auditBefore + movable + 2);
    QVERIFY(auditIntact());

    // A pull from before the merge brings every moved row, pointing at the survivor.
    QSet<QString> pulled;
    qint64 from = cursor;
    for (int page = 0; page < 50; ++page) {
        const Reply changes =
            send("GET", QStringLiteral("/api/v1/sync/changes?cursor=%1").arg(from), {},
                 QStringLiteral("supervisor"));
        QCOMPARE(changes.status, 200);
        for (const QJsonValue &change : changes.body.value(u"changes").toArray()) {
            const QJsonObject row = change[u"row"].toObject();
            const QString entity = change[u"entity"].toString();
            const qint64 owner = entity == u"attachments" ? row.value(u"owner_id").toInteger()
                                                          : row.value(u"citizen_id").toInteger();
            if (owner == survivor)
                pulled.insert(entity + QLatin1Char(':') +
                              QString::number(row.value(u"id").toInteger()));
            // Both citizens come too: the survivor as it is now, the other one merged.
            if (entity == u"citizens" && row.value(u"id").toInteger() == survivor)
                pulled.insert(QStringLiteral("survivor"));
            if (entity == u"citizens" && row.value(u"id").toInteger() == merged &&
                row.value(u"merged_into_id").toInteger() == survivor)
                pulled.insert(QStringLiteral("merged"));
        }
        from = changes.body.value(u"cursor").toInteger();
        if (!changes.body.value(u"more").toBool())
            break;
    }
    QVERIFY(pulled.contains(QStringLiteral("survivor")));
    QVERIFY(pulled.contains(QStringLiteral("merged")));
    for (const QJsonValue &moved : record.value(u"moved_rows").toArray()) {
        const QString key = moved[u"entity"].toString() + QLatin1Char(':') +
                            QString::number(moved[u"id"].toInteger());
        QVERIFY2(pulled.contains(key), qPrintable(key));
    }

    // The list of the citizen's merges, on both sides.
    for (qint64 id : {survivor, merged}) {
        const Reply list = send("GET", QStringLiteral("/api/v1/citizens/%1/merges").arg(id), {},
                                QStringLiteral("agent-a"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.body.value(u"items").toArray().size(), 1);
        QCOMPARE(list.body.value(u"items")[0][u"id"].toInteger(), mergeId);
    }

    // Undo: every row back where it was, every value as before.
    const Reply undone = undo(mergeId);
    QCOMPARE(undone.status, 200);
    QCOMPARE(linked(survivor), survivorRows);
    QCOMPARE(linked(merged), mergedRows);
    QCOMPARE(undone.body.value(u"survivor")[u"first_name"].toString(), QStringLiteral("علي"));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE id = ? AND national_id "
                                   "IS NULL"),
                    {survivor}),
             1);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE id = ? AND national_id = "
                                   "'0067749828' AND merged_into_id IS NULL"),
                    {merged}),
             1);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'undo_citizen_merge'")),
             1);
    QVERIFY(auditIntact());
    QVERIFY(number(QStringLiteral("SELECT undone_at FROM citizen_merges WHERE id = ?"), {mergeId}) >
            0);
    // Not twice.
    const Reply again = undo(mergeId, QStringLiteral("director"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.body[u"error"][u"code"].toString(), QStringLiteral("merge_refused"));
    QCOMPARE(again.body[u"error"][u"details"][u"reason"].toString(),
             QStringLiteral("already_undone"));
    QCOMPARE(linked(merged), mergedRows);
}

void TestCitizenMerges::refusals()
{
    const qint64 a = citizen(QStringLiteral("نرگس"), QStringLiteral("صادقی"));
    const qint64 b = citizen(QStringLiteral("نرگس"), QStringLiteral("صادقي"));
    const qint64 c = citizen(QStringLiteral("نرگس"), QStringLiteral("صادقى"));
    kase(b);
    const auto before = linked(b);

    Reply reply = merge(a, a);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.body[u"error"][u"details"][u"reason"].toString(),
             QStringLiteral("same_citizen"));
    // Stale: either version.
    reply = merge(a, b, {}, QStringLiteral("supervisor"), version(a) - 1);
    QCOMPARE(reply.status, 412);
    QCOMPARE(linked(b), before);
    reply = send("POST", QStringLiteral("/api/v1/citizens/%1/merge").arg(a),
                 {{QStringLiteral("merged_id"), b},
                  {QStringLiteral("survivor_version"), version(a)},
                  {QStringLiteral("merged_version"), version(b) - 1}},
                 QStringLiteral("supervisor"));
    QCOMPARE(reply.status, 412);
    // Not a field, not a choice.
    QCOMPARE(merge(a, b, {{QStringLiteral("password"), QStringLiteral("merged")}}).status, 400);
    QCOMPARE(merge(a, b, {{QStringLiteral("first_name"), QStringLiteral("both")}}).status, 400);
    QCOMPARE(linked(b), before);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM citizen_merges")), 0);
    // Two national IDs: two people.
    reply = merge(w->citizen1, w->citizen2);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.body[u"error"][u"details"][u"reason"].toString(),
             QStringLiteral("different_national_ids"));

    QCOMPARE(merge(a, b).status, 200);
    // b is merged now: it cannot be merged again, nor keep another.
    reply = merge(c, b);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.body[u"error"][u"details"][u"reason"].toString(),
             QStringLiteral("already_merged"));
    reply = merge(b, c, {}, QStringLiteral("supervisor"));
    QCOMPARE(reply.body[u"error"][u"details"][u"reason"].toString(),
             QStringLiteral("survivor_merged"));
    // In Persian too, with a message.
    reply = send("POST", QStringLiteral("/api/v1/citizens/%1/merge").arg(a),
                 {{QStringLiteral("merged_id"), a},
                  {QStringLiteral("survivor_version"), version(a)},
                  {QStringLiteral("merged_version"), version(a)}},
                 QStringLiteral("supervisor"), "fa");
    QCOMPARE(reply.status, 409);
    QVERIFY(!reply.body[u"error"][u"message"].toString().isEmpty());
}

void TestCitizenMerges::undoRefusedWhenItWouldLoseALaterChange()
{
    const qint64 a = citizen(QStringLiteral("رضا"), QStringLiteral("نوری"));
    const qint64 b = citizen(QStringLiteral("رضا"), QStringLiteral("نوري"),
                             {{QStringLiteral("father_name"), QStringLiteral("حسین")}});
    const qint64 bCase = kase(b);
    Reply merged = merge(a, b);
    QCOMPARE(merged.status, 200);
    const qint64 mergeId = merged.body[u"merge"][u"id"].toInteger();
    // The father's name came from b, and was corrected since.
    Reply patched =
        send("PATCH", QStringLiteral("/api/v1/citizens/%1").arg(a),
             {{QStringLiteral("father_name"), QStringLiteral("حسن")}}, QStringLiteral("agent-a"));
    QCOMPARE(patched.status, 200);
    Reply refused = undo(mergeId);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.body[u"error"][u"details"][u"reason"].toString(),
             QStringLiteral("changed_since_merge"));
    QCOMPARE(refused.body[u"error"][u"details"][u"fields"].toArray(),
             QJsonArray{QStringLiteral("father_name")});
    // Put back, the case given to a third citizen since: refused for the row.
    QCOMPARE(send("PATCH", QStringLiteral("/api/v1/citizens/%1").arg(a),
                  {{QStringLiteral("father_name"), QStringLiteral("حسین")}},
                  QStringLiteral("agent-a"))
                 .status,
             200);
    QCOMPARE(send("PATCH", QStringLiteral("/api/v1/cases/%1").arg(bCase),
                  {{QStringLiteral("citizen_id"), w->citizen1}}, QStringLiteral("agent-a"))
                 .status,
             200);
    refused = undo(mergeId);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.body[u"error"][u"details"][u"rows"][0][u"id"].toInteger(), bCase);
    // Given back: the undo goes through.
    QCOMPARE(send("PATCH", QStringLiteral("/api/v1/cases/%1").arg(bCase),
                  {{QStringLiteral("citizen_id"), a}}, QStringLiteral("agent-a"))
                 .status,
             200);
    QCOMPARE(undo(mergeId).status, 200);
    QCOMPARE(number(QStringLiteral("SELECT citizen_id FROM cases WHERE id = ?"), {bCase}), b);
    QVERIFY(auditIntact());
}

void TestCitizenMerges::offlineEditsOfTheMergedCitizenAreKept()
{
    const qint64 a = citizen(QStringLiteral("سارا"), QStringLiteral("جعفری"));
    const qint64 b = citizen(QStringLiteral("سارا"), QStringLiteral("جعفري"));
    const qint64 call =
        w->insert("interactions", {{QStringLiteral("citizen_id"), b},
                                   {QStringLiteral("channel"), QStringLiteral("phone")},
                                   {QStringLiteral("direction"), QStringLiteral("inbound")},
                                   {QStringLiteral("started_at"), 1},
                                   {QStringLiteral("notes"), QStringLiteral("تماس اول")}});
    const qint64 seenVersion =
        number(QStringLiteral("SELECT version FROM interactions WHERE id = ?"), {call});
    const qint64 seenCitizen = version(b);
    QCOMPARE(merge(a, b).status, 200);

    // A laptop offline since before the merge: a new call logged for b, and the first call's
    // notes edited (its base still names b).
    const QJsonObject batch{
        {QStringLiteral("mutations"),
         QJsonArray{
             QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("laptop-new")},
                         {QStringLiteral("entity"), QStringLiteral("interactions")},
                         {QStringLiteral("op"), QStringLiteral("create")},
                         {QStringLiteral("fields"),
                          QJsonObject{{QStringLiteral("citizen_id"), b},
                                      {QStringLiteral("channel"), QStringLiteral("phone")},
                                      {QStringLiteral("direction"), QStringLiteral("outbound")},
                                      {QStringLiteral("started_at"), 5},
                                      {QStringLiteral("notes"), QStringLiteral("تماس دوم")}}}},
             QJsonObject{{QStringLiteral("client_mutation_id"), QStringLiteral("laptop-edit")},
                         {QStringLiteral("entity"), QStringLiteral("interactions")},
                         {QStringLiteral("op"), QStringLiteral("update")},
                         {QStringLiteral("id"), call},
                         {QStringLiteral("base_version"), seenVersion},
                         {QStringLiteral("base"),
                          QJsonObject{{QStringLiteral("citizen_id"), b},
                                      {QStringLiteral("notes"), QStringLiteral("تماس اول")}}},
                         {QStringLiteral("fields"),
                          QJsonObject{{QStringLiteral("citizen_id"), b},
                                      {QStringLiteral("notes"),
                                       QStringLiteral("تماس اول، پیگیری شد")}}}}}}};
    const Reply pushed =
        send("POST", QStringLiteral("/api/v1/sync/push"), batch, QStringLiteral("agent-a"));
    QCOMPARE(pushed.status, 200);
    const QJsonArray results = pushed.body.value(u"results").toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &result : results) {
        QCOMPARE(result[u"status"].toString(), QStringLiteral("applied"));
        QCOMPARE(result[u"row"][u"citizen_id"].toInteger(), a);
    }
    QCOMPARE(results.at(1)[u"row"][u"notes"].toString(), QStringLiteral("تماس اول، پیگیری شد"));
    // An edit of b itself, offline since before the merge, is kept on b's record.
    const QJsonObject own{
        {QStringLiteral("mutations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("client_mutation_id"), QStringLiteral("laptop-citizen")},
             {QStringLiteral("entity"), QStringLiteral("citizens")},
             {QStringLiteral("op"), QStringLiteral("update")},
             {QStringLiteral("id"), b},
             {QStringLiteral("base_version"), seenCitizen},
             {QStringLiteral("base"), QJsonObject{{QStringLiteral("notes"), QString()}}},
             {QStringLiteral("fields"),
              QJsonObject{
                  {QStringLiteral("notes"), QStringLiteral("ترجیح می\u200cدهد پیامک بگیرد")}}}}}}};
    const Reply edited =
        send("POST", QStringLiteral("/api/v1/sync/push"), own, QStringLiteral("agent-a"));
    QCOMPARE(edited.body[u"results"][0][u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(edited.body[u"results"][0][u"row"][u"merged_into_id"].toInteger(), a);
    QCOMPARE(edited.body[u"results"][0][u"row"][u"notes"].toString(),
             QStringLiteral("ترجیح می\u200cدهد پیامک بگیرد"));
    // The same through the API: a phone added to b goes to a.
    const Reply added = send("POST", QStringLiteral("/api/v1/citizen_phones"),
                             {{QStringLiteral("citizen_id"), b},
                              {QStringLiteral("e164"), QStringLiteral("+989124444444")}},
                             QStringLiteral("agent-a"));
    QCOMPARE(added.status, 201);
    QCOMPARE(added.body.value(u"citizen_id").toInteger(), a);
}

QTEST_GUILESS_MAIN(TestCitizenMerges)
#include "tst_citizenmerges.moc"
