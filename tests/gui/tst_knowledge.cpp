// The knowledge base on the workstation, headless over a real cache: search as the agent
// types with hostile spellings, filters and the subject tree; an author writes an article
// from a template and sends it for review, an approver approves and publishes it; the
// editor keeps only safe HTML; a case's suggestions and "this resolved the case"; a
// proposal from a resolved case; the versions with what changed; screenshots in Persian
// and English.
#include "appfonts.h"
#include "articleeditor.h"
#include "articlehistory.h"
#include "articlelifecycle.h"
#include "articlesuggestions.h"
#include "articleview.h"
#include "caseworkspace.h"
#include "intakedialog.h"
#include "knowledgepage.h"
#include "localcache.h"
#include "localization.h"
#include "shellfixture.h"
#include "testenvironment.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Knowledge::ArticleAction;
using Shahrvand::Testing::ShellFixture;

namespace {

QJsonObject row(qint64 id, const QJsonObject &fields, qint64 version = 1)
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

QJsonObject article(qint64 id, const QString &type, const QString &status, const QString &title,
                    const QString &body, qint64 subject, int resolved = 0,
                    const QString &language = u"fa"_qs)
{
    return row(id, {{u"article_type"_qs, type},
                    {u"status"_qs, status},
                    {u"title"_qs, title},
                    {u"body"_qs, body},
                    {u"subject_id"_qs, subject},
                    {u"language"_qs, language},
                    {u"visibility"_qs, u"internal"_qs},
                    {u"major_version"_qs, 1},
                    {u"minor_version"_qs, 0},
                    {u"resolved_case_count"_qs, resolved},
                    {u"keywords"_qs, QString()}});
}

// Subjects: Water (1) with Bills (2) under it, Construction (3). Articles on them, one in
// English, one a draft, one a regulation.
void plant(ShellFixture &fixture)
{
    QVERIFY(fixture.pull(
        u"knowledge_subjects"_qs,
        {row(1, {{u"name_fa"_qs, u"آب و فاضلاب"_qs}, {u"name_en"_qs, u"Water and sewage"_qs}}),
         row(2, {{u"parent_id"_qs, 1},
                 {u"name_fa"_qs, u"قبض‌ها"_qs},
                 {u"name_en"_qs, u"Bills"_qs}}),
         row(3,
             {{u"name_fa"_qs, u"ساخت‌وساز"_qs}, {u"name_en"_qs, u"Construction"_qs}})}));
    QVERIFY(fixture.pull(
        u"knowledge_articles"_qs,
        {article(
             11, u"faq"_qs, u"published"_qs, u"چگونه قبض آب را قسطی بپردازم؟"_qs,
             u"<p>شهروندان می‌توانند بدهی قبض آب را در ۳ قسط بپردازند.</p>"_qs,
             2, 14),
         article(
             12, u"regulation"_qs, u"published"_qs,
             u"آیین‌نامهٔ جمع‌آوری پسماند ساختمانی"_qs,
             u"<p>نخاله‌های ساختمانی را فقط در ساعت مقرر تخلیه کنید.</p>"_qs,
             3, 2),
         article(13, u"instruction"_qs, u"draft"_qs, u"راهنمای ثبت درخواست حضوری"_qs,
                 u"<ol><li>نوبت بگیرید</li><li>مدارک را تحویل دهید</li></ol>"_qs, 3),
         article(14, u"faq"_qs, u"published"_qs, u"How do I pay a water bill in instalments?"_qs,
                 u"<p>Citizens may pay water bill debts in 3 instalments.</p>"_qs, 2, 1, u"en"_qs),
         article(15, u"article"_qs, u"published"_qs, u"قطعی آب در تابستان"_qs,
                 u"<p>برنامهٔ قطعی آب هر هفته اعلام می‌شود.</p>"_qs,
                 1)}));
    QVERIFY(fixture.pull(u"services"_qs, {row(4, {{u"code"_qs, u"water_bill"_qs},
                                                  {u"name_fa"_qs, u"قبض آب"_qs},
                                                  {u"name_en"_qs, u"Water bill"_qs}})}));
    QVERIFY(fixture.pull(u"article_services"_qs,
                         {row(41, {{u"article_id"_qs, 15}, {u"service_id"_qs, 4}})}));
}

Access::Principal withRoles(QSet<Access::Role> roles)
{
    Access::Principal user = ShellFixture::user();
    user.roles = std::move(roles);
    return user;
}

QList<qint64> ids(const Cache::ArticleResults &results)
{
    QList<qint64> list;
    for (const Cache::ArticleHit &hit : results.hits)
        list << hit.id;
    return list;
}

QTreeWidgetItem *subjectItem(QTreeWidget *tree, qint64 id)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

} // namespace

class TestKnowledge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
        installApplicationFonts();
    }

    void searchFindsAnySpelling()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        KnowledgePage page(fixture.cache());
        page.searchNow();
        QCOMPARE(page.lastResults().total, 5);
        // The article that resolved the most cases first when nothing is typed.
        QCOMPARE(page.lastResults().hits.value(0).id, 11);

        // Arabic yeh and kaf, typed key by key: found as the agent types.
        Testing::typeKeys(page.searchEdit(), u"قبض آب قسطي"_qs);
        page.searchNow();
        QCOMPARE(ids(page.lastResults()), QList<qint64>{11});
        // The matched words are marked in the title.
        QVERIFY(!page.lastResults().hits.value(0).titleHighlights.isEmpty());
        auto *label = qobject_cast<QLabel *>(page.results()->itemWidget(page.results()->item(0)));
        QVERIFY(label);
        QVERIFY(label->text().contains(u"<b"_qs));
        // The first result is open beside the list.
        QCOMPARE(page.view()->article().value(u"id").toInteger(), 11);

        // Persian digits in the query, ASCII in... and the other way round.
        page.setSearchText(u"3 قسط"_qs);
        QCOMPARE(ids(page.lastResults()), QList<qint64>{11});
        // ZWNJ, a space or nothing between the parts of a compound.
        for (const QString &typed : {u"آیین‌نامه"_qs, u"آيين نامه"_qs, u"آییننامه"_qs}) {
            page.setSearchText(typed);
            QCOMPARE(ids(page.lastResults()), QList<qint64>{12});
        }
        // English, and an unfinished word.
        page.setSearchText(u"instalm"_qs);
        QCOMPARE(ids(page.lastResults()), QList<qint64>{14});
        // Nothing: a sentence says so.
        page.setSearchText(u"زلزله"_qs);
        QCOMPARE(page.lastResults().total, 0);
        QVERIFY(!page.countLabel()->text().isEmpty());
    }

    void filtersAndSubjects()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        KnowledgePage page(fixture.cache());
        // Water and everything under it: Bills' articles too.
        page.subjectTree()->setCurrentItem(subjectItem(page.subjectTree(), 1));
        QCOMPARE(page.lastResults().total, 3); // 11, 14 (Bills), 15 (Water)
        page.subjectTree()->setCurrentItem(subjectItem(page.subjectTree(), 2));
        QCOMPARE(page.lastResults().total, 2);
        page.languageFilter()->setCurrentIndex(page.languageFilter()->findData(u"en"_qs));
        page.searchNow();
        QCOMPARE(ids(page.lastResults()), QList<qint64>{14});
        page.subjectTree()->setCurrentItem(subjectItem(page.subjectTree(), 0));
        page.languageFilter()->setCurrentIndex(0);
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(u"regulation"_qs));
        page.searchNow();
        QCOMPARE(ids(page.lastResults()), QList<qint64>{12});
        page.typeFilter()->setCurrentIndex(0);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"draft"_qs));
        page.searchNow();
        QCOMPARE(ids(page.lastResults()), QList<qint64>{13});
    }

    void anAuthorWritesAndAnApproverPublishes()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        QVERIFY(fixture.cache().setUser(withRoles({Access::Role::KnowledgeAuthor})));
        KnowledgePage page(fixture.cache());
        QVERIFY(!page.newButton()->isHidden());

        ArticleEditor editor(fixture.cache());
        editor.startNew();
        editor.typeBox()->setCurrentIndex(editor.typeBox()->findData(u"instruction"_qs));
        // The instruction template: numbered steps.
        QVERIFY(editor.bodyHtml().contains(u"<ol"_qs));
        Testing::typeKeys(editor.titleEdit(), u"راهنمای تقسیط بدهی"_qs);
        // A template left as it is, is no article yet.
        QVERIFY(editor.save().contains(editor.tr("Write the article's text.")));
        editor.bodyEdit()->setHtml(u"<p>درخواست تقسیط را ثبت کنید.</p>"
                                   "<script>alert(1)</script><p onclick=\"x()\">سپس</p>"_qs);
        editor.expiresEdit()->setText(u"۱۴۰۵/۱۳/۰۱"_qs);
        QVERIFY(!editor.save().isEmpty()); // month 13
        editor.expiresEdit()->setText(u"۱۴۰۶/۰۱/۱۵"_qs);
        editor.subjectBox()->setCurrentIndex(editor.subjectBox()->findData(qint64(2)));
        editor.servicesList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(editor.save(), QString());
        const qint64 id = editor.savedId();
        QVERIFY(id < 0); // created here, not pushed yet
        const QJsonObject saved = fixture.cache().row(u"knowledge_articles"_qs, id)->value();
        QCOMPARE(saved.value(u"article_type").toString(), u"instruction"_qs);
        QVERIFY(!saved.value(u"body").toString().contains(u"script"_qs));
        QVERIFY(!saved.value(u"body").toString().contains(u"onclick"_qs));
        QVERIFY(saved.value(u"body").toString().contains(u"تقسیط"_qs));
        QVERIFY(saved.value(u"expires_at").isDouble());
        QCOMPARE(fixture.cache()
                     .childRows(u"article_services"_qs, u"knowledge_articles"_qs, id, 10)
                     ->size(),
                 1);

        // A form attached to it, kept here until the next sync.
        page.reload();
        QVERIFY(page.openArticle(id));
        QVERIFY(!page.attachButton()->isHidden());
        const QString form = m_dir.filePath(u"form.txt"_qs);
        {
            QFile file(form);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("فرم درخواست تقسیط\n");
        }
        QCOMPARE(page.attachFiles({form}), QString());
        QVERIFY(
            page.view()->findChild<QLabel *>(u"articleExtra"_qs)->text().contains(u"form.txt"_qs));
        QVERIFY(!page.attachFiles({m_dir.filePath(u"missing.pdf"_qs)}).isEmpty());

        // Found at once, offline; the author sends it for review and cannot approve it.
        page.setSearchText(u"تقسيط بدهي"_qs);
        QCOMPARE(ids(page.lastResults()), QList<qint64>{id});
        QVERIFY(page.openArticle(id));
        QVERIFY(!page.actionButton(int(ArticleAction::SubmitForReview))->isHidden());
        QVERIFY(page.actionButton(int(ArticleAction::Approve))->isHidden());
        QVERIFY(!page.editButton()->isHidden());
        QCOMPARE(page.takeAction(int(ArticleAction::SubmitForReview)), QString());
        QCOMPARE(
            fixture.cache().row(u"knowledge_articles"_qs, id)->value().value(u"status").toString(),
            u"in_review"_qs);
        QVERIFY(!page.takeAction(int(ArticleAction::Approve)).isEmpty());

        // An approver approves and publishes; once approved the text is frozen.
        QVERIFY(fixture.cache().setUser(withRoles({Access::Role::KnowledgeApprover})));
        page.reload();
        QVERIFY(page.openArticle(id));
        QCOMPARE(page.takeAction(int(ArticleAction::Approve)), QString());
        QVERIFY(page.editButton()->isHidden());
        QCOMPARE(page.takeAction(int(ArticleAction::Publish)), QString());
        QCOMPARE(
            fixture.cache().row(u"knowledge_articles"_qs, id)->value().value(u"status").toString(),
            u"published"_qs);
        QVERIFY(!page.actionButton(int(ArticleAction::Archive))->isHidden());
    }

    void anAgentOnlyReads()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        KnowledgePage page(fixture.cache());
        QVERIFY(page.newButton()->isHidden());
        QVERIFY(page.openArticle(11));
        QVERIFY(page.editButton()->isHidden());
        for (ArticleAction action :
             {ArticleAction::SubmitForReview, ArticleAction::Approve, ArticleAction::Publish,
              ArticleAction::ReturnToDraft, ArticleAction::Archive, ArticleAction::Revise})
            QVERIFY(page.actionButton(int(action))->isHidden());
        QVERIFY(page.view()->body()->toPlainText().contains(u"۳ قسط"_qs));
    }

    void scheduledAndExpiredArticlesAreTheKnowledgeTeams()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        QJsonObject scheduled = article(16, u"faq"_qs, u"published"_qs, u"تعرفهٔ آب سال آینده"_qs,
                                        u"<p>تعرفهٔ تازه</p>"_qs, 1);
        scheduled.insert(u"publish_at"_qs, 4'102'444'800'000LL); // 2100
        QJsonObject expired = article(17, u"faq"_qs, u"published"_qs, u"تعرفهٔ آب سال ۱۳۸۰"_qs,
                                      u"<p>تعرفهٔ کهنه</p>"_qs, 1);
        expired.insert(u"expires_at"_qs, 978'307'200'000LL); // 2001
        QVERIFY(fixture.pull(u"knowledge_articles"_qs, {scheduled, expired}));

        // An agent's answers are the articles in force.
        KnowledgePage page(fixture.cache());
        page.setSearchText(u"تعرفه آب"_qs);
        QCOMPARE(ids(page.lastResults()), QList<qint64>{});

        // The knowledge team sees both, marked, and why agents do not.
        QVERIFY(fixture.cache().setUser(withRoles({Access::Role::KnowledgeApprover})));
        page.reload();
        page.setSearchText(u"تعرفه آب"_qs);
        QList<qint64> found = ids(page.lastResults());
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (QList<qint64>{16, 17}));
        QStringList hitTexts;
        for (const QLabel *label : page.findChildren<QLabel *>(u"knowledgeHit"_qs))
            hitTexts << label->text();
        QVERIFY(hitTexts.join(u'|').contains(ArticleView::tr("scheduled")));
        QVERIFY(hitTexts.join(u'|').contains(ArticleView::tr("expired")));
        QVERIFY(page.openArticle(16));
        const QString extra = page.view()->findChild<QLabel *>(u"articleExtra"_qs)->text();
        QVERIFY2(extra.contains(u"1478"_qs) || extra.contains(u"۱۴۷۸"_qs), qPrintable(extra));

        // The author sets when agents see it; it cannot end before it begins.
        QVERIFY(fixture.cache().setUser(withRoles({Access::Role::KnowledgeAuthor})));
        ArticleEditor editor(fixture.cache());
        editor.startNew();
        Testing::typeKeys(editor.titleEdit(), u"ساعت کار تابستانی"_qs);
        editor.bodyEdit()->setHtml(u"<p>از اول تیر تا آخر شهریور</p>"_qs);
        editor.publishEdit()->setText(u"۱۴۰۶/۰۴/۰۱"_qs);
        editor.expiresEdit()->setText(u"۱۴۰۶/۰۳/۳۱"_qs);
        QVERIFY(editor.save().contains(u"Valid until"_qs));
        editor.expiresEdit()->setText(u"۱۴۰۶/۰۶/۳۱"_qs);
        QCOMPARE(editor.save(), QString());
        const QJsonObject saved =
            fixture.cache().row(u"knowledge_articles"_qs, editor.savedId())->value();
        // The first of Tir 1406 begins at midnight in Tehran: 2027-06-22 00:00 +03:30.
        QCOMPARE(saved.value(u"publish_at"_qs).toInteger(),
                 QDateTime(QDate(2027, 6, 22), QTime(0, 0), Qt::OffsetFromUTC, 3 * 3600 + 1800)
                     .toMSecsSinceEpoch());
        ArticleEditor again(fixture.cache());
        QVERIFY(again.editArticle(editor.savedId()));
        // Shown back in the interface's digits (English here).
        QCOMPARE(again.publishEdit()->text(), u"1406/04/01"_qs);
    }

    void aRegulationAsksForItsReference()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        QVERIFY(fixture.cache().setUser(withRoles({Access::Role::KnowledgeAuthor})));
        ArticleEditor editor(fixture.cache());
        editor.startNew();
        QVERIFY(editor.referenceEdit()->isHidden());
        editor.typeBox()->setCurrentIndex(editor.typeBox()->findData(u"regulation"_qs));
        QVERIFY(!editor.referenceEdit()->isHidden());
        editor.titleEdit()->setText(u"مصوبهٔ عوارض نوسازی"_qs);
        editor.bodyEdit()->setHtml(u"<p>متن مصوبه</p>"_qs);
        QVERIFY(editor.save().contains(editor.tr("A regulation needs its reference number.")));
        editor.referenceEdit()->setText(u"۱۲۳/ش"_qs);
        editor.effectiveEdit()->setText(u"1 فروردین 1405"_qs);
        QCOMPARE(editor.save(), QString());
        const QJsonObject saved =
            fixture.cache().row(u"knowledge_articles"_qs, editor.savedId())->value();
        QCOMPARE(saved.value(u"effective_date").toString(), u"2026-03-21"_qs);
        // Edited again: only what changed is written.
        QVERIFY(editor.editArticle(editor.savedId()));
        QCOMPARE(editor.referenceEdit()->text(), u"۱۲۳/ش"_qs);
        editor.tabs()->setCurrentIndex(1);
        QCOMPARE(editor.preview()->titleLabel()->text(), u"مصوبهٔ عوارض نوسازی"_qs);
        QVERIFY(editor.preview()->body()->toPlainText().contains(u"متن مصوبه"_qs));
    }

    void aCaseGetsSuggestionsAndLinks()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        QJsonObject water = ShellFixture::caseRow(90, u"قبض آب زیاد آمده است"_qs);
        water.insert(u"service_id"_qs, 4);
        water.insert(u"description"_qs,
                     u"می‌خواهم بدهی را قسطی بپردازم"_qs);
        QVERIFY(fixture.pull(u"cases"_qs, {water}));
        CaseWorkspace workspace(fixture.cache());
        QVERIFY(workspace.open(90));
        ArticleSuggestions *suggestions = workspace.articles();
        // The service's own article first, then those meeting the case's words.
        QVERIFY(suggestions->hits().size() >= 2);
        QCOMPARE(suggestions->hits().value(0).id, 15);
        QList<qint64> suggested;
        for (const auto &hit : suggestions->hits())
            suggested << hit.id;
        QVERIFY(suggested.contains(11));
        QVERIFY(!suggested.contains(13)); // a draft is no answer

        // As the agent types.
        Testing::typeKeys(suggestions->searchEdit(), u"پسماند"_qs);
        suggestions->refresh();
        QCOMPARE(suggestions->hits().size(), 1);
        QCOMPARE(suggestions->hits().value(0).id, 12);
        suggestions->searchEdit()->clear();
        suggestions->refresh();

        suggestions->list()->setCurrentRow(int(suggested.indexOf(11)));
        QCOMPARE(suggestions->link(true), QString());
        const auto links =
            fixture.cache().childRows(u"case_articles"_qs, u"cases"_qs, 90, 10).valueOr({});
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.value(0).value(u"article_id").toInteger(), 11);
        QVERIFY(links.value(0).value(u"resolved_case").toBool());
        QVERIFY(!suggestions->resolvedButton()->isEnabled());
        // The timeline says so.
        bool shown = false;
        for (int i = 0; i < workspace.timeline()->topLevelItemCount(); ++i)
            shown |= workspace.timeline()->topLevelItem(i)->text(2).contains(u"قسطی"_qs);
        QVERIFY(shown);
    }

    void theIntakeSuggestsAsTheAgentTypes()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        IntakeDialog intake(fixture.cache());
        QVERIFY(intake.articles()->hits().isEmpty());
        Testing::typeKeys(intake.findChild<QPlainTextEdit *>(u"description"_qs),
                          u"پسماند ساختمانی را کجا تخلیه کنم؟"_qs);
        QTRY_VERIFY(!intake.articles()->hits().isEmpty());
        QCOMPARE(intake.articles()->hits().value(0).id, 12);
        // Nothing to link before the case exists.
        QVERIFY(intake.articles()->usedButton()->isHidden());
        QVERIFY(intake.articles()->resolvedButton()->isHidden());
    }

    void aResolvedCaseProposesAnArticle()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        QJsonObject resolved = ShellFixture::caseRow(91, u"تعویض کنتور خراب"_qs);
        resolved.insert(u"service_id"_qs, 4);
        resolved.insert(u"status"_qs, u"resolved"_qs);
        resolved.insert(
            u"resolution"_qs,
            u"کنتور با درخواست در سامانه تعویض می‌شود."_qs);
        QVERIFY(fixture.pull(u"cases"_qs, {resolved}));
        CaseWorkspace workspace(fixture.cache());
        QVERIFY(workspace.open(91));
        QVERIFY(!workspace.proposeButton()->isHidden());

        ArticleEditor editor(fixture.cache());
        editor.proposeFrom(fixture.cache().row(u"cases"_qs, 91)->value());
        QCOMPARE(editor.titleEdit()->text(), u"تعویض کنتور خراب"_qs);
        QVERIFY(editor.bodyHtml().contains(u"سامانه"_qs));
        QCOMPARE(editor.save(), QString());
        const QJsonObject proposal =
            fixture.cache().row(u"knowledge_articles"_qs, editor.savedId())->value();
        QCOMPARE(proposal.value(u"status").toString(), u"in_review"_qs);
        // The services are the approver's call.
        QVERIFY(editor.servicesList()->isHidden());
        QVERIFY(
            fixture.cache()
                .childRows(u"article_services"_qs, u"knowledge_articles"_qs, editor.savedId(), 10)
                ->isEmpty());
        // Once sent, the proposal is the approver's: the agent may not change it.
        KnowledgePage page(fixture.cache());
        QVERIFY(page.openArticle(editor.savedId()));
        QVERIFY(page.editButton()->isHidden());

        // An open case has nothing to propose yet.
        QVERIFY(fixture.pull(u"cases"_qs, {ShellFixture::caseRow(92, u"باز"_qs)}));
        QVERIFY(workspace.open(92));
        QVERIFY(workspace.proposeButton()->isHidden());
    }

    void versionsShowWhatChanged()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plant(fixture);
        QVERIFY(fixture.pull(
            u"article_versions"_qs,
            {row(
                71,
                {{u"article_id"_qs, 11},
                 {u"major_version"_qs, 0},
                 {u"minor_version"_qs, 1},
                 {u"title"_qs, u"چگونه قبض آب را قسطی بپردازم؟"_qs},
                 {u"body"_qs,
                  u"<p>شهروندان می‌توانند بدهی را در ۲ قسط بپردازند.</p>"_qs},
                 {u"change_note"_qs, u"نخستین نسخه"_qs}})}));
        const QJsonObject current = fixture.cache().row(u"knowledge_articles"_qs, 11)->value();
        ArticleHistory history(fixture.cache(), current);
        QCOMPARE(history.versions()->count(), 2);
        history.versions()->setCurrentRow(0);
        const QString html = history.changes()->toHtml();
        QVERIFY(html.contains(u"line-through"_qs));
        QVERIFY(history.changes()->toPlainText().contains(u"۲"_qs));
        QVERIFY(history.changes()->toPlainText().contains(u"۳"_qs));
    }

    void screenshots()
    {
        QSettings store(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        Localization localization(store);
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            localization.applyWithoutSaving(language);
            const bool persian = language == Language::Persian;
            const QString suffix = persian ? u"fa"_qs : u"en"_qs;
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plant(fixture);
            QVERIFY(fixture.cache().setUser(withRoles({Access::Role::KnowledgeApprover})));
            KnowledgePage page(fixture.cache());
            page.resize(1280, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.setSearchText(persian ? u"قبض آب"_qs : u"water bill"_qs);
            QCOMPARE(page.layoutDirection(), persian ? Qt::RightToLeft : Qt::LeftToRight);
            QCoreApplication::processEvents();
            QVERIFY(page.grab().save(artifacts.filePath(u"knowledge-%1.png"_qs.arg(suffix))));

            ArticleEditor editor(fixture.cache());
            QVERIFY(editor.editArticle(11));
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            QVERIFY(
                editor.grab().save(artifacts.filePath(u"article-editor-%1.png"_qs.arg(suffix))));

            QJsonObject water = ShellFixture::caseRow(90, u"قبض آب زیاد آمده است"_qs);
            water.insert(u"service_id"_qs, 4);
            QVERIFY(fixture.pull(u"cases"_qs, {water}));
            CaseWorkspace workspace(fixture.cache());
            QVERIFY(workspace.open(90));
            workspace.resize(1280, 800);
            workspace.show();
            QVERIFY(QTest::qWaitForWindowExposed(&workspace));
            workspace.findChild<QTabWidget *>()->setCurrentWidget(workspace.articles());
            QCoreApplication::processEvents();
            QVERIFY(
                workspace.grab().save(artifacts.filePath(u"case-knowledge-%1.png"_qs.arg(suffix))));
            qInfo("screenshots in %s", qPrintable(artifacts.absolutePath()));
        }
    }
};

QTEST_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
