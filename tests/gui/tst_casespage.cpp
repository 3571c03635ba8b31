// The Cases section's queues, headless over a real cache: views with their counts
// (counted off the UI thread), a header click that asks the cache again, the tracking-code
// filter, right-to-left in Persian, and screenshots in both languages.
#include "appfonts.h"
#include "casequeuemodel.h"
#include "casespage.h"
#include "localization.h"
#include "shellfixture.h"
#include "testenvironment.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Cache::CaseQueueView;
using Shahrvand::Testing::ShellFixture;

namespace {

const qint64 hour = 3'600'000;

// Twelve cases of unit 3: mine, a colleague's, unassigned, overdue, escalated, resolved.
void plantQueue(ShellFixture &fixture)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList priorities{u"low"_qs, u"normal"_qs, u"high"_qs, u"urgent"_qs};
    QList<QJsonObject> rows;
    for (qint64 id = 101; id <= 112; ++id) {
        QJsonObject row = ShellFixture::caseRow(id, QStringLiteral("پرونده %1").arg(id));
        row.insert(u"priority"_qs, priorities.at(id % 4));
        row.insert(u"citizen_id"_qs, 1 + id % 2);
        row.insert(u"service_id"_qs, 4);
        row.insert(u"created_at"_qs, now - (id - 100) * 5 * hour);
        row.insert(u"resolution_due_at"_qs, now + (id - 104) * 7 * hour);
        if (id % 3 == 0)
            row.insert(u"owner_id"_qs, 8);
        if (id == 110)
            row.insert(u"owner_id"_qs, QJsonValue());
        if (id == 111)
            row.insert(u"tier"_qs, 2);
        if (id == 112)
            row.insert(u"status"_qs, u"resolved"_qs);
        rows << row;
    }
    QVERIFY(fixture.pull(u"cases"_qs, rows));
    const auto named = [](qint64 id, const QJsonObject &fields) {
        QJsonObject row{{u"id"_qs, id}, {u"version"_qs, 1}, {u"deleted"_qs, false}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            row.insert(it.key(), it.value());
        return row;
    };
    QVERIFY(fixture.pull(u"services"_qs, {named(4, {{u"code"_qs, u"lighting"_qs},
                                                    {u"name_fa"_qs, u"روشنایی معابر"_qs},
                                                    {u"name_en"_qs, u"Street lighting"_qs}})}));
    QVERIFY(fixture.pull(u"org_units"_qs, {named(3, {{u"kind"_qs, u"team"_qs},
                                                     {u"code"_qs, u"d3"_qs},
                                                     {u"name_fa"_qs, u"منطقهٔ ۳"_qs},
                                                     {u"name_en"_qs, u"District 3"_qs}})}));
    QVERIFY(fixture.pull(u"users"_qs, {named(7, {{u"display_name"_qs, u"مریم احمدی"_qs}}),
                                       named(8, {{u"display_name"_qs, u"رضا کاظمی"_qs}})}));
    QVERIFY(fixture.pull(u"citizens"_qs, {ShellFixture::citizenRow(1, u"زهرا"_qs, u"کریمی"_qs),
                                          ShellFixture::citizenRow(2, u"علی"_qs, u"رضایی"_qs)}));
}

QList<qint64> shownIds(const CasesPage &page)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(CaseQueueModel::RowIdRole).toLongLong();
    return ids;
}

} // namespace

class TestCasesPage : public QObject
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

    void viewsShowTheirCounts()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantQueue(fixture);
        CasesPage page(fixture.cache());
        QSignalSpy counted(&page, &CasesPage::countsReady);
        QVERIFY(counted.wait(10'000));
        QCOMPARE(page.views()->count(), 6);
        // Mine (owner 7, open): 101 103 104 106 107 109.
        QCOMPARE(page.shownCount(CaseQueueView::MyWork), 6);
        QCOMPARE(page.shownCount(CaseQueueView::BreachingSoon), 4);
        QCOMPARE(page.shownCount(CaseQueueView::MyTeam), 11);
        QCOMPARE(page.shownCount(CaseQueueView::Unassigned), 1);
        QCOMPARE(page.shownCount(CaseQueueView::EscalatedToMe), 1);
        QCOMPARE(page.shownCount(CaseQueueView::All), 12);
        QVERIFY(page.views()->item(0)->text().contains(u'6') ||
                page.views()->item(0)->text().contains(u'۶'));
        QCOMPARE(page.queue()->rowCount(), 6);
        page.showView(CaseQueueView::Unassigned);
        QCOMPARE(shownIds(page), (QList<qint64>{110}));
    }

    void headerClickSortsInTheCache()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantQueue(fixture);
        CasesPage page(fixture.cache());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showView(CaseQueueView::All);
        // Default: due soonest first.
        QCOMPARE(shownIds(page).first(), 101);
        QHeaderView *header = page.view()->horizontalHeader();
        const auto click = [&](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(x, header->height() / 2));
        };
        click(CaseQueueModel::Created);
        QCOMPARE(header->sortIndicatorSection(), int(CaseQueueModel::Created));
        QList<qint64> ids = shownIds(page);
        const Qt::SortOrder first = header->sortIndicatorOrder();
        click(CaseQueueModel::Created);
        QList<qint64> reversed = shownIds(page);
        QVERIFY(header->sortIndicatorOrder() != first);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(ids, reversed);
        // Newest first is the reverse of ids (created earlier for larger ids).
        QCOMPARE(page.queue()->sortOrder().column, Cache::CaseQueueColumn::Created);
        // Priority: urgent rows together at one end.
        click(CaseQueueModel::Priority);
        const QString firstPriority =
            page.view()->model()->index(0, CaseQueueModel::Priority).data().toString();
        const QString lastPriority =
            page.view()
                ->model()
                ->index(page.queue()->rowCount() - 1, CaseQueueModel::Priority)
                .data()
                .toString();
        QVERIFY(firstPriority != lastPriority);
        // The citizen (sealed) is not a sort: the indicator stays where it was.
        click(CaseQueueModel::Citizen);
        QCOMPARE(header->sortIndicatorSection(), int(CaseQueueModel::Priority));
        // Names come from the cached citizens, services, users and units.
        QVERIFY(
            !page.view()->model()->index(0, CaseQueueModel::Citizen).data().toString().isEmpty());
        page.showView(CaseQueueView::MyWork);
        QCOMPARE(page.view()->model()->index(0, CaseQueueModel::Owner).data().toString(),
                 u"مریم احمدی"_qs);
    }

    void filterNarrowsByTrackingCode()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantQueue(fixture);
        CasesPage page(fixture.cache());
        page.showView(CaseQueueView::All);
        QCOMPARE(page.queue()->rowCount(), 12);
        const QString code = ShellFixture::trackingCodeFor(105);
        auto *filter = page.findChild<QLineEdit *>(u"trackingFilter"_qs);
        QVERIFY(filter);
        // Typed with Persian digits and the printed dashes.
        QString typed = code.left(3) + u'-' + code.mid(3, 3);
        for (QChar &c : typed) {
            if (c.isDigit())
                c = QChar(0x06F0 + c.digitValue());
        }
        QTest::keyClicks(filter, typed);
        QVERIFY(shownIds(page).contains(105));
        QVERIFY(shownIds(page).size() < 12);
        filter->clear();
        QCOMPARE(page.queue()->rowCount(), 12);
    }

    void persianIsRightToLeftAndScreenshots()
    {
        QSettings store(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        Localization localization(store);
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantQueue(fixture);
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            localization.applyWithoutSaving(language);
            CasesPage page(fixture.cache());
            QSignalSpy counted(&page, &CasesPage::countsReady);
            page.resize(1280, 560);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(counted.count() > 0 || counted.wait(10'000));
            QCoreApplication::processEvents();
            const bool persian = language == Language::Persian;
            QCOMPARE(page.layoutDirection(), persian ? Qt::RightToLeft : Qt::LeftToRight);
            // The views are at the start side: right in Persian.
            const QPoint views = page.views()->mapTo(&page, QPoint(0, 0));
            const QPoint table = page.view()->mapTo(&page, QPoint(0, 0));
            QVERIFY(persian ? views.x() > table.x() : views.x() < table.x());
            const QString file =
                artifacts.filePath(u"casespage-%1.png"_qs.arg(persian ? u"fa"_qs : u"en"_qs));
            QVERIFY(page.grab().save(file));
            qInfo("screenshot: %s", qPrintable(file));
        }
    }
};

QTEST_MAIN(TestCasesPage)
#include "tst_casespage.moc"
