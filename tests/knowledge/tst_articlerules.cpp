// The article rules on the server, through the entity store, REST and sync push on a real
// database (SQLite, or PostgreSQL under pg_virtualenv): the lifecycle and who may move an
// article, proposals from the front office, sanitized bodies and search text, versions
// and their history, resolved-case counts.
#include "knowledgeserverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Testing;
using EntityStore::StoreError;

class TestArticleRules : public QObject, private KnowledgeServerFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void bodiesAreSanitizedAndIndexed();
    void lifecycleRefusals();
    void refusalOverHttp();
    void refusalInASyncPush();
    void agentsProposeInReviewOnly();
    void versionsOnEditAndPublish();
    void resolvedCasesAreCounted();
    void resolvingACaseWithAnArticleCountsIt();
};

void TestArticleRules::bodiesAreSanitizedAndIndexed()
{
    const QJsonObject created =
        create(w->author, {{QStringLiteral("title"), str("راهنمای پرداخت")},
                           {QStringLiteral("body"),
                            str("<p dir='rtl' onclick='x()'>پرداخت <span style=\" "
                                "font-weight:700;\">عوارض</span></p><script>alert(1)</script>")},
                           {QStringLiteral("keywords"), str("قبض")}});
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.value(u"body").toString(), str("<p dir=\"rtl\">پرداخت <b>عوارض</b></p>"));
    QCOMPARE(created.value(u"status").toString(), QStringLiteral("draft"));
    QCOMPARE(created.value(u"author_id").toInteger(), w->authorId);
    QCOMPARE(created.value(u"major_version").toInt(), 0);
    QCOMPARE(created.value(u"minor_version").toInt(), 1);
    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("SELECT search_text FROM knowledge_articles WHERE id = ?"));
    query.addBindValue(created.value(u"id").toInteger());
    QVERIFY(query.exec() && query.next());
    // Title, keywords, then the body's words: no markup, no script.
    QCOMPARE(query.value(0).toString(), str("راهنمای پرداخت قبض پرداخت عوارض"));
}

void TestArticleRules::lifecycleRefusals()
{
    const qint64 id =
        create(w->author, {{QStringLiteral("title"), str("مقاله")}}).value(u"id").toInteger();
    QVERIFY(id > 0);
    const auto refusal = [&](const Access::Principal &actor, const QJsonObject &input) {
        const auto result = update(actor, id, input);
        if (result)
            return QStringLiteral("accepted");
        return result.error().kind == StoreError::Kind::Refused
                   ? result.error().refusalCode
                   : QStringLiteral("kind %1").arg(int(result.error().kind));
    };
    // No skipping steps, not even by an approver.
    QCOMPARE(refusal(m_approver, {{QStringLiteral("status"), u"published"_qs}}),
             QStringLiteral("transition_not_allowed"));
    QCOMPARE(refusal(w->author, {{QStringLiteral("status"), u"in_review"_qs}}),
             QStringLiteral("accepted"));
    // The author does not approve their own article.
    QCOMPARE(refusal(w->author, {{QStringLiteral("status"), u"approved"_qs}}),
             QStringLiteral("knowledge_approver_only"));
    QCOMPARE(refusal(m_approver, {{QStringLiteral("status"), u"approved"_qs}}),
             QStringLiteral("accepted"));
    // What was approved is what is published: no edits now, by anyone.
    QCOMPARE(refusal(m_approver, {{QStringLiteral("body"), u"<p>changed</p>"_qs}}),
             QStringLiteral("text_locked"));
    QCOMPARE(refusal(w->author, {{QStringLiteral("title"), u"changed"_qs}}),
             QStringLiteral("text_locked"));
    // Sending the same text again is no edit.
    QCOMPARE(refusal(w->author, {{QStringLiteral("title"), str("مقاله")}}),
             QStringLiteral("accepted"));
    QCOMPARE(refusal(w->author, {{QStringLiteral("status"), u"published"_qs}}),
             QStringLiteral("knowledge_approver_only"));
    QCOMPARE(refusal(m_approver, {{QStringLiteral("status"), u"published"_qs}}),
             QStringLiteral("accepted"));
    // The agents see it now, and still may not touch it.
    QCOMPARE(refusal(w->agentA, {{QStringLiteral("status"), u"archived"_qs}}),
             QStringLiteral("knowledge_editors_only"));
    QCOMPARE(refusal(w->agentA, {{QStringLiteral("title"), u"x"_qs}}),
             QStringLiteral("knowledge_editors_only"));
    const auto removed =
        m_store->remove(w->agentA, entity("knowledge_articles"), id, std::nullopt, u"test"_qs);
    QVERIFY(!removed);
    QCOMPARE(removed.error().refusalCode, QStringLiteral("knowledge_editors_only"));
    // A new version is written as a draft again.
    QCOMPARE(refusal(w->author, {{QStringLiteral("status"), u"draft"_qs}}),
             QStringLiteral("accepted"));
    QCOMPARE(refusal(w->author, {{QStringLiteral("title"), u"changed"_qs}}),
             QStringLiteral("accepted"));
    // A new article is not created published.
    const auto direct = m_store->create(m_approver, entity("knowledge_articles"),
                                        {{QStringLiteral("article_type"), u"faq"_qs},
                                         {QStringLiteral("title"), u"t"_qs},
                                         {QStringLiteral("status"), u"published"_qs}},
                                        u"test"_qs);
    QVERIFY(!direct);
    QCOMPARE(direct.error().refusalCode, QStringLiteral("initial_status_not_allowed"));
}

void TestArticleRules::refusalOverHttp()
{
    const qint64 id = create(w->author, {{QStringLiteral("title"), str("مقاله")},
                                         {QStringLiteral("status"), u"in_review"_qs}})
                          .value(u"id")
                          .toInteger();
    const Reply reply = send("PATCH", QStringLiteral("/api/v1/knowledge_articles/%1").arg(id),
                             {{QStringLiteral("status"), u"approved"_qs}}, u"author"_qs);
    QCOMPARE(reply.status, 409);
    const QJsonObject error = reply.body.value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("article_action_refused"));
    QCOMPARE(error[u"details"][u"reason"].toString(), QStringLiteral("knowledge_approver_only"));
    QCOMPARE(error[u"details"][u"action"].toString(), QStringLiteral("approve"));
    QCOMPARE(error[u"details"][u"status"].toString(), QStringLiteral("in_review"));
    QVERIFY(error.value(u"message").toString().contains(u"knowledge approver"));
}

void TestArticleRules::refusalInASyncPush()
{
    // An agent's proposal written offline arrives by push, in review.
    const auto push = [this](const QString &user, const QJsonObject &mutation) {
        const Reply reply = send("POST", QStringLiteral("/api/v1/sync/push"),
                                 {{QStringLiteral("mutations"), QJsonArray{mutation}}}, user);
        return reply.body.value(u"results").toArray().first().toObject();
    };
    const QJsonObject proposed =
        push(u"agent-a"_qs, {{QStringLiteral("client_mutation_id"), u"laptop-1"_qs},
                             {QStringLiteral("entity"), u"knowledge_articles"_qs},
                             {QStringLiteral("op"), u"create"_qs},
                             {QStringLiteral("fields"),
                              QJsonObject{{QStringLiteral("article_type"), u"faq"_qs},
                                          {QStringLiteral("title"), str("پاسخ تلفنی")},
                                          {QStringLiteral("body"), u"<p onclick=x>ok</p>"_qs}}}});
    QCOMPARE(proposed.value(u"status").toString(), QStringLiteral("applied"));
    const QJsonObject row = proposed.value(u"row").toObject();
    QVERIFY2(row.value(u"id").toInteger() > 0, QJsonDocument(proposed).toJson().constData());
    QCOMPARE(row.value(u"status").toString(), QStringLiteral("in_review"));
    QCOMPARE(row.value(u"body").toString(), QStringLiteral("<p>ok</p>"));
    // The author approving it offline: rejected, with the same codes as the API's 409.
    const QJsonObject approved =
        push(u"author"_qs,
             {{QStringLiteral("client_mutation_id"), u"laptop-2"_qs},
              {QStringLiteral("entity"), u"knowledge_articles"_qs},
              {QStringLiteral("op"), u"update"_qs},
              {QStringLiteral("id"), row.value(u"id")},
              {QStringLiteral("base_version"), row.value(u"version")},
              {QStringLiteral("fields"), QJsonObject{{QStringLiteral("status"), u"approved"_qs}}}});
    QCOMPARE(approved.value(u"status").toString(), QStringLiteral("rejected"));
    QCOMPARE(approved[u"error"][u"code"].toString(), QStringLiteral("article_action_refused"));
    QCOMPARE(approved[u"error"][u"details"][u"reason"].toString(),
             QStringLiteral("knowledge_approver_only"));
}

void TestArticleRules::agentsProposeInReviewOnly()
{
    // From a resolved case, the agent writes down the answer: it goes to review.
    const QJsonObject proposal =
        create(w->agentA, {{QStringLiteral("title"), str("تعویض لامپ کوچه")},
                           {QStringLiteral("body"), str("<p>با ۱۳۷ تماس بگیرید</p>")}});
    QVERIFY(!proposal.isEmpty());
    const qint64 id = proposal.value(u"id").toInteger();
    QCOMPARE(proposal.value(u"status").toString(), QStringLiteral("in_review"));
    QCOMPARE(proposal.value(u"author_id").toInteger(), w->agentAId);
    // Its author sees it; another agent does not; the knowledge team does.
    QVERIFY(m_store->get(w->agentA, entity("knowledge_articles"), id).hasValue());
    QVERIFY(!m_store->get(w->agentB, entity("knowledge_articles"), id).hasValue());
    QVERIFY(m_store->get(m_approver, entity("knowledge_articles"), id).hasValue());
    // Not a draft, and no changes afterwards.
    const auto draft = m_store->create(w->supervisor, entity("knowledge_articles"),
                                       {{QStringLiteral("article_type"), u"faq"_qs},
                                        {QStringLiteral("title"), u"t"_qs},
                                        {QStringLiteral("status"), u"draft"_qs}},
                                       u"test"_qs);
    QVERIFY(!draft);
    QCOMPARE(draft.error().refusalCode, QStringLiteral("initial_status_not_allowed"));
    const auto changed = update(w->agentA, id, {{QStringLiteral("title"), u"x"_qs}});
    QVERIFY(!changed);
    QCOMPARE(changed.error().refusalCode, QStringLiteral("knowledge_editors_only"));
    // Field officers propose nothing.
    const auto officer = m_store->create(
        w->officer, entity("knowledge_articles"),
        {{QStringLiteral("article_type"), u"faq"_qs}, {QStringLiteral("title"), u"t"_qs}},
        u"test"_qs);
    QVERIFY(!officer);
    QCOMPARE(officer.error().kind, StoreError::Kind::Forbidden);
    // The approver takes it from there.
    QVERIFY(update(m_approver, id, {{QStringLiteral("status"), u"approved"_qs}}).hasValue());
}

void TestArticleRules::versionsOnEditAndPublish()
{
    const qint64 id = create(w->author, {{QStringLiteral("title"), u"v"_qs},
                                         {QStringLiteral("body"), u"<p>one</p>"_qs}})
                          .value(u"id")
                          .toInteger();
    const auto edited = update(w->author, id, {{QStringLiteral("body"), u"<p>two</p>"_qs}});
    QVERIFY(edited.hasValue());
    QCOMPARE(edited->value(u"minor_version").toInt(), 2);
    QVERIFY(update(w->author, id, {{QStringLiteral("status"), u"in_review"_qs}}).hasValue());
    QVERIFY(update(m_approver, id, {{QStringLiteral("status"), u"approved"_qs}}).hasValue());
    const auto published = update(m_approver, id, {{QStringLiteral("status"), u"published"_qs}});
    QVERIFY(published.hasValue());
    QCOMPARE(published->value(u"major_version").toInt(), 1);
    QCOMPARE(published->value(u"minor_version").toInt(), 0);

    QSqlQuery query(w->database()->connection());
    query.prepare(QStringLiteral("SELECT major_version, minor_version, body, changed_by, version "
                                 "FROM article_versions WHERE article_id = ? ORDER BY id"));
    query.addBindValue(id);
    QVERIFY(query.exec());
    QStringList rows;
    while (query.next()) {
        rows << QStringLiteral("%1.%2 %3 by %4")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString());
        QVERIFY(query.value(4).toLongLong() > 0);
    }
    QCOMPARE(rows,
             (QStringList{QStringLiteral("0.1 <p>one</p> by %1").arg(w->authorId),
                          QStringLiteral("0.2 <p>two</p> by %1").arg(w->authorId),
                          QStringLiteral("1.0 <p>two</p> by %1").arg(m_approver.userId.value())}));
    // The history is the server's: nobody writes it through the API.
    QCOMPARE(m_store
                 ->create(m_approver, entity("article_versions"),
                          {{QStringLiteral("article_id"), id}}, u"test"_qs)
                 .error()
                 .kind,
             StoreError::Kind::Forbidden);
    // Revising the published article starts 1.1.
    QVERIFY(update(w->author, id, {{QStringLiteral("status"), u"draft"_qs}}).hasValue());
    const auto revised = update(w->author, id, {{QStringLiteral("title"), u"v2"_qs}});
    QVERIFY(revised.hasValue());
    QCOMPARE(revised->value(u"major_version").toInt(), 1);
    QCOMPARE(revised->value(u"minor_version").toInt(), 1);
}

void TestArticleRules::resolvedCasesAreCounted()
{
    const qint64 article = publish(str("چراغ خاموش"), u"<p>x</p>"_qs);
    QVERIFY(article > 0);
    const QString countSql =
        QStringLiteral("SELECT resolved_case_count FROM knowledge_articles WHERE id = ?");
    const QString versionSql =
        QStringLiteral("SELECT version FROM knowledge_articles WHERE id = ?");
    const qint64 before = number(versionSql, {article});

    const auto linked = m_store->create(w->agentA, entity("case_articles"),
                                        {{QStringLiteral("case_id"), w->caseA},
                                         {QStringLiteral("article_id"), article},
                                         {QStringLiteral("resolved_case"), true}},
                                        u"test"_qs);
    QVERIFY2(linked.hasValue(), linked ? "" : qPrintable(linked.error().detail));
    QCOMPARE(number(countSql, {article}), 1);
    // A new version, so that sync brings the count to every workstation.
    QVERIFY(number(versionSql, {article}) > before);
    // A link that did not resolve anything does not count.
    QVERIFY(m_store
                ->create(w->agentB, entity("case_articles"),
                         {{QStringLiteral("case_id"), w->caseB},
                          {QStringLiteral("article_id"), article}},
                         u"test"_qs)
                .hasValue());
    QCOMPARE(number(countSql, {article}), 1);
    const qint64 link = linked->value(u"id").toInteger();
    QVERIFY(m_store
                ->update(w->agentA, entity("case_articles"), link,
                         {{QStringLiteral("resolved_case"), false}}, std::nullopt, u"test"_qs)
                .hasValue());
    QCOMPARE(number(countSql, {article}), 0);
    QVERIFY(m_store
                ->update(w->agentA, entity("case_articles"), link,
                         {{QStringLiteral("resolved_case"), true}}, std::nullopt, u"test"_qs)
                .hasValue());
    QCOMPARE(number(countSql, {article}), 1);
    QVERIFY(m_store->remove(w->agentA, entity("case_articles"), link, std::nullopt, u"test"_qs)
                .hasValue());
    QCOMPARE(number(countSql, {article}), 0);
}

void TestArticleRules::resolvingACaseWithAnArticleCountsIt()
{
    const qint64 article = publish(str("چراغ خاموش"), u"<p>x</p>"_qs);
    QVERIFY(article > 0);
    const auto &cases = entity("cases");
    const auto started = m_store->update(
        w->agentA, cases, w->caseA,
        {{QStringLiteral("owner_id"), w->agentAId}, {QStringLiteral("status"), u"in_progress"_qs}},
        std::nullopt, u"test"_qs);
    QVERIFY2(started.hasValue(), started ? "" : qPrintable(started.error().refusalCode));
    const auto resolved = m_store->update(w->agentA, cases, w->caseA,
                                          {{QStringLiteral("status"), u"resolved"_qs},
                                           {QStringLiteral("resolution"), str("لامپ عوض شد")},
                                           {QStringLiteral("resolution_article_id"), article}},
                                          std::nullopt, u"test"_qs);
    QVERIFY2(resolved.hasValue(), resolved ? "" : qPrintable(resolved.error().refusalCode));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM case_articles WHERE case_id = ? AND "
                                   "article_id = ? AND resolved_case = 1 AND deleted = 0"),
                    {w->caseA, article}),
             1);
    QCOMPARE(
        number(QStringLiteral("SELECT resolved_case_count FROM knowledge_articles WHERE id = ?"),
               {article}),
        1);
}

QTEST_GUILESS_MAIN(TestArticleRules)
#include "tst_articlerules.moc"
