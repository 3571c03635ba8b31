#include "mainwindow.h"

#include "clock.h"
#include "homepage.h"
#include "jalalidate.h"
#include "localization.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace Shahrvand::Ui {

namespace {
const auto geometryKey = QStringLiteral("ui/mainWindow/geometry");
const auto stateKey = QStringLiteral("ui/mainWindow/state");
} // namespace

MainWindow::MainWindow(const Clock &clock, Localization &localization, QSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_localization(localization)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/shahrvand.svg")));

    m_home = new HomePage(this);
    setCentralWidget(m_home);

    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("statusDate"));
    m_dateLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_dateLabel);

    createMenus();
    retranslate();
    refreshDate();

    m_dateTimer = new QTimer(this);
    m_dateTimer->setInterval(30 * 1000);
    connect(m_dateTimer, &QTimer::timeout, this, &MainWindow::refreshDate);
    m_dateTimer->start();

    connect(&m_localization, &Localization::languageChanged, this, [this](Language language) {
        languageAction(language)->setChecked(true);
        refreshDate();
    });

    resize(1200, 760);
    restoreGeometry(m_settings.value(geometryKey).toByteArray());
    restoreState(m_settings.value(stateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so a user who cannot read the current UI
    // language can still find their own.
    m_persianAction = m_languageMenu->addAction(nativeLanguageName(Language::Persian));
    m_englishAction = m_languageMenu->addAction(nativeLanguageName(Language::English));
    for (QAction *action : {m_persianAction, m_englishAction}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    m_persianAction->setObjectName(QStringLiteral("languagePersian"));
    m_englishAction->setObjectName(QStringLiteral("languageEnglish"));
    languageAction(m_localization.language())->setChecked(true);
    connect(m_persianAction, &QAction::triggered, this,
            [this] { m_localization.setLanguage(Language::Persian); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { m_localization.setLanguage(Language::English); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

QAction *MainWindow::languageAction(Language language) const
{
    return language == Language::Persian ? m_persianAction : m_englishAction;
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Shahrvand"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Shahrvand"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_dateLabel->setToolTip(tr("Today's date (Iran time)"));
}

void MainWindow::refreshDate()
{
    const QDate today = m_clock.now().toTimeZone(iranTimeZone()).date();
    const QString text = formatJalaliDate(today, DateStyle::LongWithWeekday);
    m_dateLabel->setText(text);
    m_home->setToday(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Shahrvand"),
        tr("<h3>Shahrvand %1</h3>"
           "<p>Citizen relationship management for municipalities and public-service "
           "organisations.</p>"
           "<p>The Vazirmatn typeface is used under the SIL Open Font License 1.1.</p>")
            .arg(toLocalDigits(QApplication::applicationVersion(), QLocale())));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Shahrvand::Ui
