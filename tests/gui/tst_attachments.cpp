// Files attached on the workstation, headless over a real cache: chosen in the intake
// (checked at once, removable), attached when the case is saved, and a file that fails
// named while the case stays saved; "Attach…" in the case workspace, and an attachment
// opened from the timeline (the local copy, or fetched from the server); screenshots in
// both languages.
#include "appfonts.h"
#include "casespage.h"
#include "caseworkspace.h"
#include "intakedialog.h"
#include "intakedialog_attachments.h"
#include "localcache.h"
#include "localization.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "searchpicker.h"
#include "shellfixture.h"
#include "testenvironment.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Shahrvand;
using namespace Shahrvand::Ui;
using Shahrvand::Testing::ShellFixture;

namespace {

QJsonObject named(qint64 id, const QJsonObject &fields)
{
    QJsonObject row{{u"id"_qs, id}, {u"version"_qs, 1}, {u"deleted"_qs, false}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

// A service with its team, a citizen and an open case (101) about a street lamp.
void plantStreet(ShellFixture &fixture)
{
    QVERIFY(fixture.pull(u"services"_qs, {named(4, {{u"code"_qs, u"lighting"_qs},
                                                    {u"name_fa"_qs, u"روشنایی معابر"_qs},
                                                    {u"name_en"_qs, u"Street lighting"_qs},
                                                    {u"responsible_unit_id"_qs, 3}})}));
    QVERIFY(fixture.pull(u"org_units"_qs, {named(3, {{u"kind"_qs, u"team"_qs},
                                                     {u"code"_qs, u"t3"_qs},
                                                     {u"name_fa"_qs, u"تیم روشنایی"_qs},
                                                     {u"name_en"_qs, u"Lighting team"_qs}})}));
    QVERIFY(fixture.pull(u"users"_qs, {named(7, {{u"display_name"_qs, u"مریم احمدی"_qs},
                                                 {u"username"_qs, u"maryam"_qs}})}));
    QVERIFY(fixture.pull(u"citizens"_qs, {ShellFixture::citizenRow(1, u"زهرا"_qs, u"کریمی"_qs)}));
    QJsonObject lamp = ShellFixture::caseRow(101, u"چراغ خیابان خاموش"_qs);
    lamp.insert(u"service_id"_qs, 4);
    lamp.insert(u"citizen_id"_qs, 1);
    QVERIFY(fixture.pull(u"cases"_qs, {lamp}));
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QTreeWidgetItem *attachmentItem(QTreeWidget *timeline, const QString &fileName)
{
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = timeline->topLevelItem(i);
        if (item->data(0, CaseWorkspace::AttachmentRole).toMap().value(u"file_name"_qs) == fileName)
            return item;
    }
    return nullptr;
}

} // namespace

class TestAttachmentsGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_photo = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(3000, '\x22');
    QByteArray m_letter = "%PDF-1.4\n% نامهٔ شهروند\n";

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The intake with a citizen and a service chosen, as a call would go.
    static void fillIntake(IntakeDialog &dialog)
    {
        QSignalSpy found(&dialog, &IntakeDialog::citizensFound);
        Testing::typeKeys(dialog.citizenSearch(), u"کریمی"_qs);
        QVERIFY(found.wait(5'000));
        dialog.service()->lineEdit()->clear();
        Testing::typeKeys(dialog.service()->lineEdit(), u"lighting"_qs);
        QCOMPARE(dialog.service()->current(), std::optional<qint64>(4));
        dialog.description()->setPlainText(u"چراغ کوچه سه شب است خاموش است."_qs);
    }

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
        installApplicationFonts();
    }

    void intakeAttachesTheChosenFilesWithTheCase()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantStreet(fixture);
        IntakeDialog dialog(fixture.cache());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillIntake(dialog);

        AttachmentPicker *picker = dialog.attachments();
        const QStringList chosen{write(u"lamp.jpg"_qs, m_photo), write(u"letter.pdf"_qs, m_letter),
                                 write(u"setup.exe"_qs, QByteArray("MZ\x90\x00\x03", 5)),
                                 write(u"notes.txt"_qs, "three nights dark")};
        picker->setFileChooser([chosen] { return chosen; });
        QVERIFY(picker->list()->isHidden());
        QTest::mouseClick(picker->attachButton(), Qt::LeftButton);
        // The program is refused at once, by its content; the others are listed.
        QCOMPARE(picker->list()->count(), 3);
        QVERIFY(picker->problemLabel()->isVisible());
        QVERIFY(picker->problemLabel()->text().contains(u"setup.exe"_qs));
        // Chosen again: listed once.
        QTest::mouseClick(picker->attachButton(), Qt::LeftButton);
        QCOMPARE(picker->list()->count(), 3);
        // The text file was a mistake: removed before saving.
        QVERIFY(!picker->removeButton()->isEnabled());
        picker->list()->item(2)->setSelected(true);
        QVERIFY(picker->removeButton()->isEnabled());
        QTest::mouseClick(picker->removeButton(), Qt::LeftButton);
        QCOMPARE(picker->files(), (QStringList{chosen[0], chosen[1]}));
        QVERIFY(dialog.hasTyping());

        const int pendingBefore = fixture.cache().pendingCount();
        const QString problem = dialog.save();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(dialog.savedCase());
        const auto files =
            fixture.cache().childRows(u"attachments"_qs, u"cases"_qs, *dialog.savedCase(), 10);
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        QMap<QString, QString> types;
        for (const QJsonObject &file : *files)
            types.insert(file.value(u"file_name").toString(),
                         file.value(u"content_type").toString());
        QCOMPARE(types, (QMap<QString, QString>{{u"lamp.jpg"_qs, u"image/jpeg"_qs},
                                                {u"letter.pdf"_qs, u"application/pdf"_qs}}));
        QCOMPARE(*fixture.cache().fileBytes(sha256Of(m_letter)), m_letter);
        // The case, the call and the two files.
        QCOMPARE(fixture.cache().pendingCount(), pendingBefore + 4);
    }

    void aFileThatFailsIsNamedAndTheCaseStays()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantStreet(fixture);
        IntakeDialog dialog(fixture.cache());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillIntake(dialog);
        const QString gone = write(u"scan-of-letter.png"_qs,
                                   QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, '\x01'));
        const QString kept = write(u"lamp-2.jpg"_qs, m_photo + "2");
        dialog.attachments()->addFiles({gone, kept});
        QCOMPARE(dialog.attachments()->files().size(), 2);
        // The scan is moved away between choosing and saving.
        QVERIFY(QFile::remove(gone));

        const QString problem = dialog.save();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(dialog.savedCase());
        QVERIFY(fixture.cache().row(u"cases"_qs, *dialog.savedCase()).value().has_value());
        const auto files =
            fixture.cache().childRows(u"attachments"_qs, u"cases"_qs, *dialog.savedCase(), 10);
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().value(u"file_name").toString(), u"lamp-2.jpg"_qs);
        bool named = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            named =
                named || (label->isVisible() && label->text().contains(u"scan-of-letter.png"_qs));
        QVERIFY(named);
    }

    void workspaceAttachesAndOpensFiles()
    {
        ShellFixture fixture(false);
        QVERIFY(fixture.isValid());
        plantStreet(fixture);
        // A photo a colleague attached: on the server only.
        const QByteArray colleagues = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(64, '\x05');
        QVERIFY(fixture.pull(u"attachments"_qs,
                             {named(900, {{u"owner_type"_qs, u"case"_qs},
                                          {u"owner_id"_qs, 101},
                                          {u"blob_sha256"_qs, sha256Of(colleagues)},
                                          {u"file_name"_qs, u"pole.png"_qs},
                                          {u"content_type"_qs, u"image/png"_qs},
                                          {u"size"_qs, colleagues.size()},
                                          {u"uploaded_by"_qs, 7},
                                          {u"created_at"_qs, ShellFixture::createdAtMs()}})}));
        CasesPage page(fixture.cache());
        page.resize(1280, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openCase(101));
        CaseWorkspace *workspace = page.workspace();
        QVERIFY(attachmentItem(workspace->timeline(), u"pole.png"_qs));

        const QString letter = write(u"نامهٔ شهروند.pdf"_qs, m_letter);
        workspace->setFileChooser([letter] { return QStringList{letter}; });
        QSignalSpy changed(workspace, &CaseWorkspace::changed);
        QTest::mouseClick(workspace->attachButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QVERIFY(workspace->messageLabel()->isVisible());
        QTreeWidgetItem *item = attachmentItem(workspace->timeline(), u"نامهٔ شهروند.pdf"_qs);
        QVERIFY(item);

        // Opened from the copy kept here.
        QString openedPath;
        QByteArray openedBytes;
        workspace->setFileOpener([&](const QString &path) {
            openedPath = path;
            QFile file(path);
            openedBytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            return true;
        });
        emit workspace->timeline()->itemActivated(item, 1);
        QVERIFY(openedPath.endsWith(u"نامهٔ شهروند.pdf"_qs));
        QCOMPARE(openedBytes, m_letter);

        // The colleague's: without a connection, said so; with one, fetched and opened.
        openedBytes.clear();
        QVERIFY(!workspace->openAttachment(attachmentItem(workspace->timeline(), u"pole.png"_qs)));
        QVERIFY(workspace->messageLabel()->text().contains(u"pole.png"_qs));
        QString asked;
        workspace->setFileDownloader([&](const QString &sha256, auto done) {
            asked = sha256;
            done(colleagues, QString());
        });
        QVERIFY(workspace->openAttachment(attachmentItem(workspace->timeline(), u"pole.png"_qs)));
        QCOMPARE(asked, sha256Of(colleagues));
        QCOMPARE(openedBytes, colleagues);
    }

    void theMainWindowFetchesFilesThroughTheServer()
    {
        // The workstation's own downloader, through its sync engine's session, at a server
        // that does not answer: the agent is told, in words.
        QSettings store(m_dir.filePath(u"window.ini"_qs), QSettings::IniFormat);
        Localization localization(store);
        localization.applyWithoutSaving(Language::English);
        ShellFixture fixture;
        QVERIFY(fixture.isValid());
        plantStreet(fixture);
        const QByteArray colleagues = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(80, '\x07');
        QVERIFY(fixture.pull(u"attachments"_qs,
                             {named(901, {{u"owner_type"_qs, u"case"_qs},
                                          {u"owner_id"_qs, 101},
                                          {u"blob_sha256"_qs, sha256Of(colleagues)},
                                          {u"file_name"_qs, u"drain.png"_qs},
                                          {u"content_type"_qs, u"image/png"_qs},
                                          {u"size"_qs, colleagues.size()},
                                          {u"uploaded_by"_qs, 7},
                                          {u"created_at"_qs, ShellFixture::createdAtMs()}})}));
        Testing::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        MainWindow window(clock, localization, store, fixture.workspace());
        window.showSection(Section::Cases);
        auto *cases = qobject_cast<CasesPage *>(window.page(Section::Cases));
        QVERIFY(cases && cases->openCase(101));
        CaseWorkspace *workspace = cases->workspace();
        QVERIFY(workspace->openAttachment(attachmentItem(workspace->timeline(), u"drain.png"_qs)));
        QVERIFY(workspace->messageLabel()->text().contains(u"drain.png"_qs));
        const QString fetching = workspace->messageLabel()->text();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->messageLabel()->text() != fetching, 30000);
        QVERIFY2(workspace->messageLabel()->text().contains(u"could not be fetched"_qs),
                 qPrintable(workspace->messageLabel()->text()));
    }

    void screenshots()
    {
        QSettings store(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        Localization localization(store);
        const QDir artifacts = Testing::artifactDirectory();
        for (Language language : {Language::Persian, Language::English}) {
            localization.applyWithoutSaving(language);
            const QString suffix = language == Language::Persian ? u"fa"_qs : u"en"_qs;
            ShellFixture fixture(false);
            QVERIFY(fixture.isValid());
            plantStreet(fixture);

            IntakeDialog dialog(fixture.cache());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            fillIntake(dialog);
            dialog.attachments()->addFiles({write(u"lamp.jpg"_qs, m_photo),
                                            write(u"letter.pdf"_qs, m_letter),
                                            write(u"setup.exe"_qs, QByteArray("MZ\x90\x00", 4))});
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(
                artifacts.filePath(u"intake-attachments-%1.png"_qs.arg(suffix))));

            CasesPage page(fixture.cache());
            page.resize(1280, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.openCase(101));
            QVERIFY(page.workspace()->attachFiles({write(u"lamp.jpg"_qs, m_photo)}).isEmpty());
            QCoreApplication::processEvents();
            QVERIFY(page.grab().save(
                artifacts.filePath(u"caseworkspace-attachments-%1.png"_qs.arg(suffix))));
        }
    }
};

QTEST_MAIN(TestAttachmentsGui)
#include "tst_attachments.moc"
