// An article's lifecycle: who may move it where, who may edit its text, versions.
#include "articlelifecycle.h"

#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Knowledge;
using Access::Role;

namespace {

Access::Principal someone(QSet<Role> roles, qint64 id = 7)
{
    Access::Principal principal;
    principal.userId = UserId(id);
    principal.roles = std::move(roles);
    return principal;
}

ArticleFacts inStatus(ArticleStatus status, qint64 author = 7)
{
    ArticleFacts facts;
    facts.status = status;
    facts.authorId = author;
    facts.majorVersion = 2;
    facts.minorVersion = 3;
    return facts;
}

} // namespace

Q_DECLARE_METATYPE(Shahrvand::Knowledge::ArticleStatus)

class TestArticleLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void statusTexts();
    void transitions();
    void approverActions();
    void authorActions();
    void frontOfficeTakesNoAction();
    void administratorIsNoApprover();
    void textEdits();
    void proposals();
    void versions();
    void factsFromRow();
};

void TestArticleLifecycle::statusTexts()
{
    for (ArticleStatus status :
         {ArticleStatus::Draft, ArticleStatus::InReview, ArticleStatus::Approved,
          ArticleStatus::Published, ArticleStatus::Archived})
        QCOMPARE(articleStatusFrom(statusText(status)), status);
    QCOMPARE(statusText(ArticleStatus::InReview), QStringLiteral("in_review"));
    QVERIFY(!articleStatusFrom(u"Published"));
    QVERIFY(!articleStatusFrom(u""));
}

void TestArticleLifecycle::transitions()
{
    using S = ArticleStatus;
    QCOMPARE(actionBetween(S::Draft, S::InReview), ArticleAction::SubmitForReview);
    QCOMPARE(actionBetween(S::InReview, S::Approved), ArticleAction::Approve);
    QCOMPARE(actionBetween(S::Approved, S::Published), ArticleAction::Publish);
    QCOMPARE(actionBetween(S::Published, S::Archived), ArticleAction::Archive);
    QCOMPARE(actionBetween(S::InReview, S::Draft), ArticleAction::ReturnToDraft);
    QCOMPARE(actionBetween(S::Approved, S::Draft), ArticleAction::ReturnToDraft);
    QCOMPARE(actionBetween(S::Published, S::Draft), ArticleAction::Revise);
    QCOMPARE(actionBetween(S::Archived, S::Draft), ArticleAction::Revise);
    QVERIFY(!actionBetween(S::Draft, S::Published));
    QVERIFY(!actionBetween(S::Draft, S::Approved));
    QVERIFY(!actionBetween(S::InReview, S::Published));
    QVERIFY(!actionBetween(S::Archived, S::Published));
    QVERIFY(!actionBetween(S::Draft, S::Draft));
    for (ArticleAction action :
         {ArticleAction::SubmitForReview, ArticleAction::ReturnToDraft, ArticleAction::Approve,
          ArticleAction::Publish, ArticleAction::Archive, ArticleAction::Revise})
        QVERIFY(!actionText(action).isEmpty());
}

void TestArticleLifecycle::approverActions()
{
    const auto approver = someone({Role::KnowledgeApprover}, 99);
    QCOMPARE(availableActions(approver, inStatus(ArticleStatus::Draft)),
             QList{ArticleAction::SubmitForReview});
    QCOMPARE(availableActions(approver, inStatus(ArticleStatus::InReview)),
             (QList{ArticleAction::Approve, ArticleAction::ReturnToDraft}));
    QCOMPARE(availableActions(approver, inStatus(ArticleStatus::Approved)),
             (QList{ArticleAction::Publish, ArticleAction::ReturnToDraft}));
    QCOMPARE(availableActions(approver, inStatus(ArticleStatus::Published)),
             (QList{ArticleAction::Archive, ArticleAction::Revise}));
    QCOMPARE(availableActions(approver, inStatus(ArticleStatus::Archived)),
             QList{ArticleAction::Revise});
}

void TestArticleLifecycle::authorActions()
{
    const auto author = someone({Role::KnowledgeAuthor});
    QCOMPARE(availableActions(author, inStatus(ArticleStatus::Draft)),
             QList{ArticleAction::SubmitForReview});
    QVERIFY(availableActions(author, inStatus(ArticleStatus::InReview)).isEmpty());
    QVERIFY(availableActions(author, inStatus(ArticleStatus::Approved)).isEmpty());
    QCOMPARE(availableActions(author, inStatus(ArticleStatus::Published)),
             QList{ArticleAction::Revise});
}

void TestArticleLifecycle::frontOfficeTakesNoAction()
{
    for (Role role : {Role::Agent, Role::SeniorAgent, Role::Supervisor, Role::FieldOfficer}) {
        const auto actor = someone({role});
        for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                     ArticleStatus::Approved, ArticleStatus::Published})
            QVERIFY(availableActions(actor, inStatus(status, 7)).isEmpty());
    }
}

void TestArticleLifecycle::administratorIsNoApprover()
{
    const auto admin = someone({Role::Administrator});
    QCOMPARE(availableActions(admin, inStatus(ArticleStatus::Draft)),
             QList{ArticleAction::SubmitForReview});
    QVERIFY(availableActions(admin, inStatus(ArticleStatus::InReview)).isEmpty());
    QVERIFY(mayEditText(admin, inStatus(ArticleStatus::Draft)));
}

void TestArticleLifecycle::textEdits()
{
    const auto author = someone({Role::KnowledgeAuthor});
    const auto approver = someone({Role::KnowledgeApprover});
    const auto agent = someone({Role::Agent});
    QVERIFY(mayEditText(author, inStatus(ArticleStatus::Draft)));
    QVERIFY(mayEditText(author, inStatus(ArticleStatus::InReview)));
    QVERIFY(mayEditText(approver, inStatus(ArticleStatus::InReview)));
    QVERIFY(!mayEditText(author, inStatus(ArticleStatus::Approved)));
    QVERIFY(!mayEditText(approver, inStatus(ArticleStatus::Approved)));
    QVERIFY(!mayEditText(approver, inStatus(ArticleStatus::Published)));
    QVERIFY(!mayEditText(author, inStatus(ArticleStatus::Archived)));
    // The proposer of an article from the front office does not edit it afterwards.
    QVERIFY(!mayEditText(agent, inStatus(ArticleStatus::InReview, 7)));
}

void TestArticleLifecycle::proposals()
{
    QVERIFY(mayPropose(someone({Role::Agent})));
    QVERIFY(mayPropose(someone({Role::SeniorAgent})));
    QVERIFY(mayPropose(someone({Role::Supervisor})));
    QVERIFY(mayPropose(someone({Role::KnowledgeAuthor})));
    QVERIFY(!mayPropose(someone({Role::FieldOfficer})));
    QVERIFY(!mayPropose(someone({Role::FinanceApprover})));
}

void TestArticleLifecycle::versions()
{
    const ArticleFacts facts = inStatus(ArticleStatus::Approved);
    QCOMPARE(versionAfterPublish(facts).major, 3);
    QCOMPARE(versionAfterPublish(facts).minor, 0);
    QCOMPARE(versionAfterTextEdit(facts).major, 2);
    QCOMPARE(versionAfterTextEdit(facts).minor, 4);
    const ArticleFacts fresh;
    QCOMPARE(versionAfterPublish(fresh).major, 1);
    QCOMPARE(versionAfterTextEdit(fresh).minor, 2);
}

void TestArticleLifecycle::factsFromRow()
{
    const auto facts =
        ArticleFacts::fromRow({{QStringLiteral("status"), QStringLiteral("published")},
                               {QStringLiteral("author_id"), 12},
                               {QStringLiteral("major_version"), 4},
                               {QStringLiteral("minor_version"), 0}});
    QCOMPARE(facts.status, ArticleStatus::Published);
    QCOMPARE(facts.authorId, 12);
    QCOMPARE(facts.majorVersion, 4);
    QCOMPARE(facts.minorVersion, 0);
    const auto empty = ArticleFacts::fromRow({});
    QCOMPARE(empty.status, ArticleStatus::Draft);
    QCOMPARE(empty.minorVersion, 1);
}

QTEST_APPLESS_MAIN(TestArticleLifecycle)
#include "tst_articlelifecycle.moc"
