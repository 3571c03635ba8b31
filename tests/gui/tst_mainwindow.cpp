// The workstation shell, as a user sees it: real widgets on the offscreen platform.
// Each run also leaves screenshots in the test-artifacts folder to look at.
#include "appfonts.h"
#include "jalalidate.h"
#include "localization.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bundledFontIsInstalled();
    void startsInPersianRightToLeft();
    void persianUiShowsNoLatinTextOrAsciiDigits();
    void switchesToEnglishAndBack();
    void languageChoiceIsRemembered();
    void dateTurnsOverAtIranMidnight();
    void geometryIsRestored();
    void screenshots();

private:
    static QStringList visibleTexts(QWidget *root);
    QSettings settings() const;

    QTemporaryDir m_dir;
    QString m_settingsPath;
};

void TestMainWindow::initTestCase()
{
    Testing::isolateUserFolders();
    QVERIFY(m_dir.isValid());
    installApplicationFonts();
}

void TestMainWindow::init()
{
    static int run = 0;
    m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run));
}

void TestMainWindow::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

QSettings TestMainWindow::settings() const
{
    return QSettings(m_settingsPath, QSettings::IniFormat);
}

void TestMainWindow::bundledFontIsInstalled()
{
    QVERIFY(QFontDatabase::families().contains(QStringLiteral("Vazirmatn")));
    QCOMPARE(QApplication::font().families().value(0), QStringLiteral("Vazirmatn"));
}

void TestMainWindow::startsInPersianRightToLeft()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    Testing::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    MainWindow window(clock, localization, store);
    window.show();

    QCOMPARE(localization.language(), Language::Persian);
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.windowTitle(), QStringLiteral("شهروند"));
    QCOMPARE(QLocale().language(), QLocale::Persian);

    auto *date = window.findChild<QLabel *>(QStringLiteral("statusDate"));
    QVERIFY(date);
    // 22 November 2026 is Sunday 1 Azar 1405.
    QCOMPARE(date->text(), QStringLiteral("یکشنبه ۱ آذر ۱۴۰۵"));
    QVERIFY(window.statusBar()->isAncestorOf(date));
}

QStringList TestMainWindow::visibleTexts(QWidget *root)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QStringList texts;
    auto add = [&](const QString &text) {
        QString plain = text;
        plain.remove(tags);
        if (!plain.trimmed().isEmpty())
            texts << plain;
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        add(widget->windowTitle());
        add(widget->toolTip());
        add(widget->statusTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        if (auto *menu = qobject_cast<QMenu *>(widget))
            add(menu->title());
        for (QAction *action : widget->actions()) {
            add(action->text());
            add(action->toolTip());
            add(action->statusTip());
        }
    }
    return texts;
}

void TestMainWindow::persianUiShowsNoLatinTextOrAsciiDigits()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    Testing::ManualClock clock;
    MainWindow window(clock, localization, store);
    window.show();

    // A string that reaches the screen without tr(), or that nobody translated, shows
    // up here as Latin letters. The English entry of the language menu is the one
    // deliberate exception: each language is named in itself.
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression asciiDigit(QStringLiteral("[0-9]"));
    const QString englishName = nativeLanguageName(Language::English);
    const QStringList texts = visibleTexts(&window);
    QVERIFY(texts.size() > 10);
    for (const QString &text : texts) {
        if (text == englishName)
            continue;
        QVERIFY2(!text.contains(latin), qPrintable(QStringLiteral("untranslated: ") + text));
        QVERIFY2(!text.contains(asciiDigit), qPrintable(QStringLiteral("ASCII digits: ") + text));
    }
}

void TestMainWindow::switchesToEnglishAndBack()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    Testing::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    MainWindow window(clock, localization, store);
    window.show();
    auto *date = window.findChild<QLabel *>(QStringLiteral("statusDate"));

    window.languageAction(Language::English)->trigger();
    QCOMPARE(localization.language(), Language::English);
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    // Widgets hear of the new translation through posted events: let them arrive.
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Shahrvand"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(date->text(), QStringLiteral("Sunday 1 Azar 1405"));
    QVERIFY(window.languageAction(Language::English)->isChecked());
    QVERIFY(!window.languageAction(Language::Persian)->isChecked());

    window.languageAction(Language::Persian)->trigger();
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("شهروند"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&پرونده"));
    QCOMPARE(date->text(), QStringLiteral("یکشنبه ۱ آذر ۱۴۰۵"));
    QVERIFY(window.languageAction(Language::Persian)->isChecked());
}

void TestMainWindow::languageChoiceIsRemembered()
{
    {
        QSettings store(m_settingsPath, QSettings::IniFormat);
        Localization localization(store);
        localization.setLanguage(Language::English);
    }
    QSettings store(m_settingsPath, QSettings::IniFormat);
    QCOMPARE(Localization::savedLanguage(store), Language::English);
    Localization again(store);
    QCOMPARE(again.language(), Language::English);
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);

    // A run-only override leaves the saved choice alone.
    again.applyWithoutSaving(Language::Persian);
    QCOMPARE(again.language(), Language::Persian);
    QCOMPARE(Localization::savedLanguage(store), Language::English);

    // A damaged setting falls back to Persian rather than failing to start.
    store.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    QCOMPARE(Localization::savedLanguage(store), Language::Persian);
}

void TestMainWindow::dateTurnsOverAtIranMidnight()
{
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    localization.applyWithoutSaving(Language::English);
    // 20:29 UTC is 23:59 in Tehran (UTC+03:30, no daylight saving since 2022).
    Testing::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(20, 29), Qt::UTC));
    MainWindow window(clock, localization, store);
    auto *date = window.findChild<QLabel *>(QStringLiteral("statusDate"));
    QCOMPARE(date->text(), QStringLiteral("Sunday 1 Azar 1405"));

    clock.advance(60);
    window.refreshDate();
    QCOMPARE(date->text(), QStringLiteral("Monday 2 Azar 1405"));

    // The Jalali new year: 20 March 2025 20:30 UTC is 1 Farvardin 1404, 00:00 in Tehran.
    clock.set(QDateTime(QDate(2025, 3, 20), QTime(20, 30), Qt::UTC));
    window.refreshDate();
    QCOMPARE(date->text(), QStringLiteral("Friday 1 Farvardin 1404"));
}

void TestMainWindow::geometryIsRestored()
{
    Testing::ManualClock clock;
    QRect saved;
    {
        QSettings store(m_settingsPath, QSettings::IniFormat);
        Localization localization(store);
        MainWindow window(clock, localization, store);
        window.show();
        window.resize(900, 600);
        window.move(40, 30);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        saved = window.geometry();
        window.close();
    }
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    MainWindow window(clock, localization, store);
    window.show();
    QCOMPARE(window.size(), saved.size());
}

void TestMainWindow::screenshots()
{
    const QDir artifacts = Testing::artifactDirectory();
    Testing::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    QSettings store(m_settingsPath, QSettings::IniFormat);
    Localization localization(store);
    MainWindow window(clock, localization, store);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    for (Language language : {Language::Persian, Language::English}) {
        localization.applyWithoutSaving(language);
        QTRY_COMPARE(window.windowTitle(), language == Language::Persian
                                               ? QStringLiteral("شهروند")
                                               : QStringLiteral("Shahrvand"));
        const QString file =
            artifacts.filePath(QStringLiteral("mainwindow-%1.png").arg(languageCode(language)));
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(file));
        qInfo("screenshot: %s", qPrintable(file));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
