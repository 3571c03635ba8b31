// Lists and dashboards leaving the workstation: CSV for spreadsheets (UTF-8 with a BOM,
// CRLF, RFC 4180 quoting, numbers and amounts in ASCII digits, everything else as shown)
// and PDF (a real file a PDF reader opens: one page or more, headed by the title). Through
// the main window's File menu, over a real cache, in Persian.
#include "appfonts.h"
#include "approvalsfixture.h"
#include "casespage.h"
#include "dashboardspage.h"
#include "fielddashboard.h"
#include "jalalidate.h"
#include "localization.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "shellactions.h"
#include "shellfixture.h"
#include "tableexport.h"
#include "testenvironment.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList csvLines(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.mid(3));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Localization> m_localization;

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
        installApplicationFonts();
        m_store =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        m_localization = std::make_unique<Localization>(*m_store);
        m_localization->applyWithoutSaving(Language::Persian);
    }

    void cellsAreWhatASpreadsheetNeeds()
    {
        QCOMPARE(TableExport::csvCell(u"۱۲٬۵۰۰٬۰۰۰ ریال"_qs), u"12500000"_qs);
        QCOMPARE(TableExport::csvCell(u"12,500,000 IRR"_qs), u"12500000"_qs);
        QCOMPARE(TableExport::csvCell(u"۴۵٪"_qs), u"45"_qs);
        QCOMPARE(TableExport::csvCell(u"−۳٫۵"_qs), u"-3.5"_qs);
        // Dates, codes and words stay as shown (only the bidi marks go).
        QCOMPARE(TableExport::csvCell(u"۱۴۰۵/۰۹/۰۲"_qs), u"۱۴۰۵/۰۹/۰۲"_qs);
        QCOMPARE(TableExport::csvCell(u"\u2068\u202a7KD-4MX-2QC\u202c\u2069"_qs),
                 u"7KD-4MX-2QC"_qs);
        QCOMPARE(TableExport::csvCell(u"۲ آذر ۱۴۰۵"_qs), u"۲ آذر ۱۴۰۵"_qs);

        const QByteArray bytes = TableExport::csv(
            {u"موضوع"_qs, u"مبلغ"_qs},
            {{u"چاله، خیابان \"بهار\""_qs, u"۱٬۲۰۰ ریال"_qs}, {u"دو\nخط"_qs, u"-"_qs}});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)),
                 u"موضوع,مبلغ\r\n\"چاله، خیابان \"\"بهار\"\"\",1200\r\n\"دو\nخط\",-\r\n"_qs);

        // A model: every row (fetched while it has more), hidden columns left out.
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels({u"کد"_qs, u"پنهان"_qs, u"تعداد"_qs});
        for (int row = 0; row < 3; ++row) {
            model.setItem(row, 0, new QStandardItem(u"K%1"_qs.arg(row)));
            model.setItem(row, 1, new QStandardItem(u"x"_qs));
            model.setItem(row, 2, new QStandardItem(toLocalDigits(QString::number(row * 1000))));
        }
        QCOMPARE(csvLines(TableExport::csv(model, {1})),
                 (QStringList{u"کد,تعداد"_qs, u"K0,0"_qs, u"K1,1000"_qs, u"K2,2000"_qs}));
    }

    void theFileMenuExportsAndPrintsTheSectionOnScreen()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        Testing::Approvals::plant(fixture);
        QVERIFY(fixture.pull(u"cases"_qs, {ShellFixture::caseRow(701, u"چاله، خیابان بهار"_qs),
                                           ShellFixture::caseRow(702, u"چراغ خاموش"_qs)}));
        Testing::ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        MainWindow window(clock, *m_localization, *m_store, fixture.workspace());
        window.resize(1280, 800);
        window.show();
        QString asked;
        QString answer;
        window.setSavePathChooser([&](const QString &suggested, const QString &) {
            asked = suggested;
            return answer;
        });

        // The cases queue: every case, as the columns show them.
        window.showSection(Section::Cases);
        QVERIFY(window.shellActions().exportCsv->isEnabled());
        answer = m_dir.filePath(u"cases.csv"_qs);
        window.shellActions().exportCsv->trigger();
        QVERIFY(asked.endsWith(u"۱۴۰۵-۰۹-۰۲.csv"_qs));
        QStringList lines = csvLines(readAll(answer));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(ShellFixture::trackingCodeFor(701).left(3)) ||
                lines.at(2).startsWith(ShellFixture::trackingCodeFor(701).left(3)));
        QVERIFY(lines.at(1).contains(u"در حال انجام"_qs)); // the status, as shown

        // Cancelled: nothing written, nothing said.
        answer.clear();
        QCOMPARE(window.exportCurrentSection(), QString());

        // The dashboards: the figures of the panel shown.
        window.showSection(Section::Dashboards);
        auto *dashboards = static_cast<DashboardsPage *>(window.page(Section::Dashboards));
        dashboards->panels()->setCurrentWidget(dashboards->field());
        QSignalSpy ready(dashboards->field(), &FieldDashboard::ready);
        dashboards->field()->refresh();
        QVERIFY(ready.wait(10000));
        answer = m_dir.filePath(u"field.csv"_qs);
        QVERIFY(!window.exportCurrentSection().isEmpty());
        lines = csvLines(readAll(answer));
        QCOMPARE(lines.first().split(u',').size(), 3);
        // Claim 50's lodging line, 8,000,000 rials, in ASCII digits.
        QVERIFY2(lines.join(u'\n').contains(u",8000000"_qs), qPrintable(lines.join(u'\n')));

        // A section without a list cannot export; every section prints.
        window.showSection(Section::Knowledge);
        QVERIFY(!window.shellActions().exportCsv->isEnabled());
        window.showSection(Section::Dashboards);
        answer = m_dir.filePath(u"field.pdf"_qs);
        const QString said = window.printCurrentSection();
        QVERIFY2(said.contains(u"field.pdf"_qs), qPrintable(said));
        const QByteArray pdf = readAll(answer);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Type /Page"));
        QVERIFY(pdf.size() > 10'000); // the charts are in it

        // A folder that cannot be written: said, and nothing half-written left behind.
        answer = m_dir.filePath(u"no-such-folder/field.pdf"_qs);
        QVERIFY(!window.printCurrentSection().isEmpty());
        QVERIFY(!QFile::exists(answer));
        QFile(m_dir.filePath(u"field.pdf"_qs))
            .copy(u"%1/export-field-fa.pdf"_qs.arg(Testing::artifactDirectory().absolutePath()));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
