#include "mainwindow.h"

#include "approvaldetails.h"
#include "approvalspage.h"
#include "blobfetcher.h"
#include "casenotices.h"
#include "casespage.h"
#include "caseworkspace.h"
#include "citizenspage.h"
#include "claimeditor.h"
#include "claimspanel.h"
#include "clock.h"
#include "conflictsview.h"
#include "dashboardspage.h"
#include "globalsearch.h"
#include "homepage.h"
#include "jalalidate.h"
#include "knowledgepage.h"
#include "localization.h"
#include "missionreport.h"
#include "missionspage.h"
#include "navigationbar.h"
#include "notificationsarea.h"
#include "receiptviewer.h"
#include "serverquery.h"
#include "servicedashboard.h"
#include "shellactions.h"
#include "shellicons.h"
#include "shortcutsdialog.h"
#include "syncstatusbar.h"
#include "tableexport.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <climits>

namespace Shahrvand::Ui {

namespace {
const auto geometryKey = QStringLiteral("ui/mainWindow/geometry");
const auto stateKey = QStringLiteral("ui/mainWindow/state");
const auto splitterKey = QStringLiteral("ui/mainWindow/splitter");
const auto sectionKey = QStringLiteral("ui/mainWindow/section");
} // namespace

MainWindow::MainWindow(const Clock &clock, Localization &localization, QSettings &settings,
                       Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_localization(localization)
    , m_settings(settings)
    , m_workspace(workspace)
{
    Q_ASSERT(m_workspace.cache);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/shahrvand.svg")));

    m_actions = new ShellActions(this);
    createPages();
    createMenus();
    createToolBar();
    createStatusBar();
    connectWorkspace();
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

    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    Cache::LocalCache &cache = *m_workspace.cache;
    m_dashboards = new DashboardsPage(cache);
    m_dashboards->home()->setUserName(m_workspace.session.user.displayName);
    auto *cases = new CasesPage(cache);
    m_pages.insert(Section::Cases, cases);
    auto *citizens = new CitizensPage(cache);
    m_pages.insert(Section::Citizens, citizens);
    // A dashboard's bar or slice opens the cases behind it.
    connect(m_dashboards, &DashboardsPage::drillDown, this,
            [this, cases](const Cache::CaseQueueFilter &filter, const QString &title) {
                showSection(Section::Cases);
                cases->showFiltered(filter, title);
            });
    // The citizen card of a case opens the Citizens section on that citizen.
    connect(cases, &CasesPage::citizenRequested, this,
            [this, citizens](qint64 id, const QString &) {
                showSection(Section::Citizens);
                citizens->showCitizen(id);
            });
    // The Citizen 360 view opens a case or a mission of its timeline; its calls and new
    // cases are local edits.
    connect(citizens, &CitizensPage::openCaseRequested, this, [this, cases](qint64 caseId) {
        showSection(Section::Cases);
        cases->openCase(caseId);
    });
    connect(citizens, &CitizensPage::edited, this, &MainWindow::localChangeMade);
    m_pages.insert(Section::Knowledge, new KnowledgePage(cache));
    auto *missions = new MissionsPage(cache, m_workspace.session.user);
    m_pages.insert(Section::Missions, missions);
    connect(missions, &MissionsPage::edited, this, &MainWindow::localChangeMade);
    connect(citizens, &CitizensPage::openMissionRequested, this, [this, missions](qint64 id) {
        showSection(Section::Missions);
        missions->openMission(id);
    });
    auto *approvals = new ApprovalsPage(cache, m_workspace.session.user);
    approvals->setClock([this] { return m_clock.now().toMSecsSinceEpoch(); });
    m_pages.insert(Section::Approvals, approvals);
    // A decision is a local edit: counts, other pages, and the engine asked to push.
    connect(approvals, &ApprovalsPage::decisionsMade, this, &MainWindow::localChangeMade);
    m_pages.insert(Section::Dashboards, m_dashboards);
    // The field dashboard's bars open the missions and the approvals inbox.
    connect(m_dashboards, &DashboardsPage::missionsRequested, this, [this](const QString &status) {
        showSection(Section::Missions);
        static_cast<MissionsPage *>(m_pages.value(Section::Missions))->showStatus(status);
    });
    connect(m_dashboards, &DashboardsPage::approvalsRequested, this,
            [this] { showSection(Section::Approvals); });
    // Its expense bars open the claims they add up.
    connect(m_dashboards, &DashboardsPage::claimsRequested, this,
            [this, missions](const Cache::ExpenseFigure &figure, const QString &title) {
                showSection(Section::Missions);
                missions->tabs()->setCurrentWidget(missions->claims());
                missions->claims()->showFigure(figure, title);
            });

    m_navigation = new NavigationBar;
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("sections"));
    for (Section section : allSections()) {
        m_stack->addWidget(m_pages.value(section));
        m_stale.insert(section);
    }

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    connect(m_navigation, &NavigationBar::sectionChosen, this, &MainWindow::showSection);
    for (Section section : allSections()) {
        connect(m_actions->section(section), &QAction::triggered, this, [this, section] {
            showSection(section);
            m_pages.value(section)->focusTarget()->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

void MainWindow::createMenus()
{
    ShellActions &a = *m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(a.syncNow);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.exportCsv);
    m_fileMenu->addAction(a.printPdf);
    m_fileMenu->addSeparator();
    connect(a.exportCsv, &QAction::triggered, this, [this] { exportCurrentSection(); });
    connect(a.printPdf, &QAction::triggered, this, [this] { printCurrentSection(); });
    m_fileMenu->addAction(a.signOut);
    m_fileMenu->addAction(a.quit);
    connect(a.syncNow, &QAction::triggered, this, &MainWindow::syncNow);
    connect(a.signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(a.quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_goMenu = menuBar()->addMenu(QString());
    for (Section section : allSections())
        m_goMenu->addAction(a.section(section));
    m_goMenu->addSeparator();
    m_goMenu->addAction(a.search);
    m_goMenu->addAction(a.conflicts);
    m_goMenu->addAction(a.notifications);
    m_goMenu->addAction(a.account);
    connect(a.search, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(a.conflicts, &QAction::triggered, this, &MainWindow::openConflicts);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(a.persian);
    m_languageMenu->addAction(a.english);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(a.switchLanguage);
    languageAction(m_localization.language())->setChecked(true);
    connect(a.persian, &QAction::triggered, this,
            [this] { m_localization.setLanguage(Language::Persian); });
    connect(a.english, &QAction::triggered, this,
            [this] { m_localization.setLanguage(Language::English); });
    connect(a.switchLanguage, &QAction::triggered, this, [this] {
        m_localization.setLanguage(
            m_localization.language() == Language::Persian ? Language::English : Language::Persian);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(a.shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(a.about);
    m_helpMenu->addAction(a.aboutQt);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::openShortcuts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_actions->syncNow);

    m_search = new GlobalSearchBox(m_toolBar);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_search);
    connect(m_search, &GlobalSearchBox::queryChanged, this,
            [this](const QString &text) { m_pages.value(currentSection())->setSearchText(text); });

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    m_notifications = new NotificationsArea(m_clock, m_toolBar);
    m_notifications->setIconSize(QSize(20, 20));
    m_toolBar->addWidget(m_notifications);
    connect(m_actions->notifications, &QAction::triggered, m_notifications,
            &NotificationsArea::openList);

    m_userMenu = new QMenu(this);
    m_userMenu->setObjectName(QStringLiteral("userMenu"));
    const Access::Principal &user = m_workspace.session.user;
    m_userName = m_userMenu->addAction(user.displayName);
    QFont bold = m_userName->font();
    bold.setBold(true);
    m_userName->setFont(bold);
    m_userName->setEnabled(false);
    m_userRoles = m_userMenu->addAction(QString());
    m_userRoles->setEnabled(false);
    m_userServer = m_userMenu->addAction(QString());
    m_userServer->setEnabled(false);
    m_userMenu->addSeparator();
    m_userMenu->addAction(m_actions->syncNow);
    m_userMenu->addAction(m_actions->signOut);

    m_userButton = new QToolButton(m_toolBar);
    m_userButton->setObjectName(QStringLiteral("userButton"));
    m_userButton->setIcon(shellIcon(ShellIcon::User));
    m_userButton->setText(user.displayName.isEmpty() ? user.username : user.displayName);
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_userButton->setPopupMode(QToolButton::InstantPopup);
    m_userButton->setAutoRaise(true);
    m_userButton->setMenu(m_userMenu);
    m_toolBar->addWidget(m_userButton);
    connect(m_actions->account, &QAction::triggered, m_userButton, &QToolButton::showMenu);
}

void MainWindow::createStatusBar()
{
    m_syncStatus = new SyncStatusBar(this);
    statusBar()->addWidget(m_syncStatus, 1);
    connect(m_syncStatus, &SyncStatusBar::conflictsRequested, this, &MainWindow::openConflicts);

    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("statusDate"));
    m_dateLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_dateLabel);
}

void MainWindow::connectWorkspace()
{
    Cache::LocalCache &cache = *m_workspace.cache;
    // Until the engine reports, the cache knows what the last run left.
    m_status.lastSyncAt = cache.lastSyncAt();
    m_status.pending = cache.pendingCount();
    m_status.conflicts = cache.conflictCount();

    if (SyncClient::SyncEngine *engine = m_workspace.engine.get()) {
        const SyncClient::SyncStatus reported = engine->status();
        if (reported.online || reported.phase != SyncClient::SyncPhase::Idle ||
            reported.lastSyncAt.isValid())
            m_status = reported;
        connect(engine, &SyncClient::SyncEngine::statusChanged, this, &MainWindow::showSyncStatus);
        connect(engine, &SyncClient::SyncEngine::cycleFinished, this, &MainWindow::showSyncReport);
        connect(engine, &SyncClient::SyncEngine::signInNeeded, this, &MainWindow::noteSignInNeeded);
        connect(m_syncStatus, &SyncStatusBar::cancelRequested, engine,
                &SyncClient::SyncEngine::cancel);
        // Files this computer does not keep open from the server, with the newest session.
        auto *files = new SyncClient::BlobFetcher([engine] { return engine->session(); },
                                                  m_localization.language(), this);
        connect(&m_localization, &Localization::languageChanged, files,
                &SyncClient::BlobFetcher::setLanguage);
        const auto fetch = [files](const QString &sha256, SyncClient::BlobFetcher::Done done) {
            files->fetch(sha256, std::move(done));
        };
        static_cast<CasesPage *>(m_pages.value(Section::Cases))
            ->workspace()
            ->setFileDownloader(fetch);
        static_cast<ApprovalsPage *>(m_pages.value(Section::Approvals))
            ->details()
            ->receipts()
            ->setFileDownloader(fetch);
        // The organisation's dashboard figures, asked of the server when chosen.
        auto *query = new SyncClient::ServerQuery([engine] { return engine->session(); },
                                                  m_localization.language(), this);
        connect(&m_localization, &Localization::languageChanged, query,
                &SyncClient::ServerQuery::setLanguage);
        m_dashboards->service()->setServerQuery(query);
        // Possible duplicates, merges, a citizen's export and erasure: asked of the server.
        auto *citizens = static_cast<CitizensPage *>(m_pages.value(Section::Citizens));
        const Access::Principal &user = m_workspace.session.user;
        citizens->setServerAccess(
            query, user.hasAnyRole({Access::Role::Supervisor, Access::Role::Administrator}),
            user.hasRole(Access::Role::Administrator));
        citizens->setSavePathChooser([this](const QString &suggested, const QString &filter) {
            return m_chooseSavePath
                       ? m_chooseSavePath(suggested, filter)
                       : QFileDialog::getSaveFileName(this, tr("Save as"),
                                                      QDir(QStandardPaths::writableLocation(
                                                               QStandardPaths::DocumentsLocation))
                                                          .filePath(suggested),
                                                      filter);
        });
        connect(citizens, &CitizensPage::syncRequested, this, &MainWindow::syncNow);
        auto *missions = static_cast<MissionsPage *>(m_pages.value(Section::Missions));
        missions->report()->setFileDownloader(fetch);
        missions->claims()->editor()->receipts()->setFileDownloader(fetch);
    }
    m_syncStatus->setStatus(m_status);
    static_cast<ApprovalsPage *>(m_pages.value(Section::Approvals))->setOnline(m_status.online);
    showCaseNotices();

    if (Credentials::CredentialStore *store = m_workspace.credentials;
        store && !store->isPersistent()) {
        m_notifications->notify(
            {QStringLiteral("keychain"), [store] { return store->limitation(); }, {}, {}, {}});
    }
}

QAction *MainWindow::languageAction(Language language) const
{
    return m_actions->language(language);
}

Section MainWindow::currentSection() const
{
    if (auto *page = qobject_cast<SectionPage *>(m_stack->currentWidget()))
        return page->section();
    return Section::Dashboards;
}

void MainWindow::showSection(Section section)
{
    SectionPage *page = m_pages.value(section);
    const bool changed = m_stack->currentWidget() != page;
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentSection(section);
    }
    m_actions->section(section)->setChecked(true);
    m_stack->setCurrentWidget(page);
    if (m_stale.remove(section))
        page->reload();
    if (changed) {
        // The search box belongs to the section on screen.
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        for (SectionPage *other : std::as_const(m_pages))
            other->setSearchText(QString());
    }
    m_search->setSearchable(page->isSearchable());
    m_actions->exportCsv->setEnabled(page->hasExport());
}

QString MainWindow::suggestedFileName(const QString &suffix) const
{
    // "Cases 1405-09-02.csv": the section and today's Jalali date, no slashes.
    const QDate today = m_clock.now().toTimeZone(iranTimeZone()).date();
    QString date = formatJalaliDate(today, DateStyle::Numeric);
    date.replace(u'/', u'-');
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(sectionName(currentSection()) + u' ' + date + suffix);
}

QString MainWindow::exportCurrentSection()
{
    SectionPage *page = m_pages.value(currentSection());
    QString said;
    if (!page || !page->hasExport()) {
        said = tr("This section has no list to export.");
    } else {
        const QString filter = tr("CSV files (*.csv)");
        const QString suggested = suggestedFileName(QStringLiteral(".csv"));
        const QString path =
            m_chooseSavePath
                ? m_chooseSavePath(suggested, filter)
                : QFileDialog::getSaveFileName(this, tr("Export to CSV"), suggested, filter);
        if (path.isEmpty())
            return {};
        const QString problem = TableExport::save(path, page->exportCsv());
        said = problem.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : problem;
    }
    statusBar()->showMessage(said, 10000);
    return said;
}

QString MainWindow::printCurrentSection()
{
    SectionPage *page = m_pages.value(currentSection());
    QWidget *target = page ? page->printTarget() : nullptr;
    if (!target)
        return {};
    const QString filter = tr("PDF files (*.pdf)");
    const QString suggested = suggestedFileName(QStringLiteral(".pdf"));
    const QString path = m_chooseSavePath ? m_chooseSavePath(suggested, filter)
                                          : QFileDialog::getSaveFileName(this, tr("Print to PDF"),
                                                                         suggested, filter);
    if (path.isEmpty())
        return {};
    const QString problem = TableExport::printToPdf(*target, sectionName(currentSection()), path,
                                                    m_clock.now().toMSecsSinceEpoch());
    const QString said =
        problem.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : problem;
    statusBar()->showMessage(said, 10000);
    return said;
}

void MainWindow::focusSearch()
{
    if (!m_search->isEnabled())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::syncNow()
{
    if (m_workspace.engine)
        m_workspace.engine->syncNow();
}

void MainWindow::showSyncStatus(const SyncClient::SyncStatus &status)
{
    const bool conflictsChanged = status.conflicts != m_status.conflicts;
    m_status = status;
    m_syncStatus->setStatus(status);
    static_cast<ApprovalsPage *>(m_pages.value(Section::Approvals))->setOnline(status.online);
    if (conflictsChanged && m_conflicts && m_conflicts->isVisible())
        m_conflicts->reload();
}

void MainWindow::showCaseNotices()
{
    auto *cases = static_cast<CasesPage *>(m_pages.value(Section::Cases));
    const auto open = [this, cases](qint64 caseId) {
        showSection(Section::Cases);
        cases->openCase(caseId);
    };
    for (Notification &notice : CaseNotices::unread(*m_workspace.cache, open))
        m_notifications->notify(std::move(notice));
}

void MainWindow::showSyncReport(const SyncClient::SyncReport &report)
{
    if (report.pulled + report.deleted + report.dropped + report.pushed > 0)
        reloadPages();
    if (report.pulled > 0)
        showCaseNotices();
    const qint64 waiting = report.conflicts + report.rejected;
    if (waiting > 0) {
        const int count = int(qMin<qint64>(waiting, INT_MAX));
        m_notifications->notify(
            {QStringLiteral("conflicts"),
             [count] {
                 return tr("Sync finished with %Ln conflict(s) waiting for you.", nullptr, count);
             },
             [] { return tr("Open the conflicts"); },
             [this] { openConflicts(); },
             {}});
        if (m_conflicts && m_conflicts->isVisible())
            m_conflicts->reload();
    }
    if (!report.ok && !report.cancelled && !report.error.isEmpty()) {
        const QString error = report.error;
        m_notifications->notify({QStringLiteral("syncFailed"),
                                 [error] { return tr("Sync did not finish: %1").arg(error); },
                                 {},
                                 {},
                                 {}});
    }
}

void MainWindow::noteSignInNeeded()
{
    m_notifications->notify(
        {QStringLiteral("signIn"),
         [] { return tr("The server ended your session. Your work stays on this computer."); },
         [] { return tr("Sign in again"); },
         [this] { emit signInRequested(); },
         {}});
}

void MainWindow::openConflicts()
{
    if (!m_conflicts) {
        m_conflicts = new ConflictsView(*m_workspace.cache, this);
        connect(m_conflicts, &ConflictsView::resolved, this, &MainWindow::localChangeMade);
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();
}

void MainWindow::openShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::localChangeMade()
{
    Cache::LocalCache &cache = *m_workspace.cache;
    m_status.pending = cache.pendingCount();
    m_status.conflicts = cache.conflictCount();
    m_syncStatus->setStatus(m_status);
    reloadPages();
    if (m_workspace.engine)
        m_workspace.engine->localEditMade();
}

void MainWindow::reloadPages()
{
    const Section shown = currentSection();
    for (Section section : allSections()) {
        if (section == shown)
            m_pages.value(section)->reload();
        else
            m_stale.insert(section);
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Shahrvand"));
    m_actions->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_goMenu->setTitle(tr("&Go"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main tool bar"));
    m_dateLabel->setToolTip(tr("Today's date (Iran time)"));

    const Access::Principal &user = m_workspace.session.user;
    QStringList roles;
    for (Access::Role role : Access::allRoles()) {
        if (user.hasRole(role))
            roles << Access::roleDisplayName(role);
    }
    const QString separator = m_localization.language() == Language::Persian
                                  ? QStringLiteral("\u060C ")
                                  : QStringLiteral(", ");
    m_userRoles->setText(roles.isEmpty() ? tr("No roles") : roles.join(separator));
    m_userServer->setText(tr("Server: %1").arg(m_workspace.session.server.host()));
    m_userButton->setToolTip(tr("Your account: %1").arg(user.username));
}

void MainWindow::refreshDate()
{
    const QDate today = m_clock.now().toTimeZone(iranTimeZone()).date();
    const QString text = formatJalaliDate(today, DateStyle::LongWithWeekday);
    m_dateLabel->setText(text);
    m_dashboards->home()->setToday(text);
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

void MainWindow::restoreLayout()
{
    resize(1200, 760);
    restoreGeometry(m_settings.value(geometryKey).toByteArray());
    restoreState(m_settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(m_settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({m_navigation->sizeHint().width(), 1000});
    const auto section = sectionFromCode(m_settings.value(sectionKey).toString());
    showSection(section.value_or(Section::Dashboards));
}

void MainWindow::saveLayout()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_settings.setValue(splitterKey, m_splitter->saveState());
    m_settings.setValue(sectionKey, sectionCode(currentSection()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Shahrvand::Ui
