#include "citizenspage.h"

#include "citizen360view.h"
#include "citizenduplicates.h"
#include "citizenprivacyactions.h"
#include "citizenprofile.h"
#include "citizensearcher.h"
#include "citizentimelinemodel.h"
#include "intakedialog.h"
#include "jalalidate.h"
#include "localcache.h"
#include "tableexport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int resultLimit = 50;

} // namespace

CitizensPage::CitizensPage(Cache::LocalCache &cache, QWidget *parent)
    : SectionPage(Section::Citizens, parent)
    , m_cache(cache)
    , m_searcher(new CitizenSearcher(cache, resultLimit, this))
{
    connect(m_searcher, &CitizenSearcher::found, this, &CitizensPage::showMatches);
    m_stack = new QStackedWidget(this);
    auto *searchPane = new QWidget(m_stack);
    auto *searchLayout = new QVBoxLayout(searchPane);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(searchPane);
    m_search->setObjectName(QStringLiteral("citizenSearch"));
    m_search->setClearButtonEnabled(true);
    m_hint = new QLabel(searchPane);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_results = new QListWidget(searchPane);
    m_results->setObjectName(QStringLiteral("citizenResults"));
    m_duplicatesButton = new QPushButton(searchPane);
    m_duplicatesButton->setObjectName(QStringLiteral("possibleDuplicates"));
    m_duplicatesButton->hide();
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_duplicatesButton);
    searchLayout->addLayout(searchRow);
    searchLayout->addWidget(m_hint);
    searchLayout->addWidget(m_results, 1);
    m_view = new Citizen360View(cache, m_stack);
    m_stack->addWidget(searchPane);
    m_stack->addWidget(m_view);
    m_duplicates = new CitizenDuplicates(m_stack);
    m_stack->addWidget(m_duplicates);
    contentLayout()->addWidget(m_stack, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &CitizensPage::search);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        // Enter opens the current match once the search has answered.
        m_openOnAnswer = true;
        search();
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(IdRole).isValid())
            showCitizen(item->data(IdRole).toLongLong());
    });
    connect(m_view, &Citizen360View::backRequested, this, &CitizensPage::showSearch);
    connect(m_view, &Citizen360View::openCaseRequested, this, &CitizensPage::openCaseRequested);
    connect(m_view, &Citizen360View::openMissionRequested, this,
            &CitizensPage::openMissionRequested);
    connect(m_view, &Citizen360View::contactLogged, this, &CitizensPage::edited);
    connect(m_view, &Citizen360View::newCaseRequested, this, &CitizensPage::newCase);
    connect(m_duplicatesButton, &QPushButton::clicked, this, &CitizensPage::showDuplicates);
    connect(m_duplicates, &CitizenDuplicates::backRequested, this, &CitizensPage::showSearch);
    connect(m_duplicates, &CitizenDuplicates::merged, this, &CitizensPage::syncRequested);
    connect(m_view->serverActions(), &CitizenPrivacyActions::syncRequested, this,
            &CitizensPage::syncRequested);
    retranslate();
}

CitizensPage::~CitizensPage() = default;

void CitizensPage::retranslate()
{
    SectionPage::retranslate();
    m_search->setPlaceholderText(tr("National ID, phone number, tracking code or name"));
    m_hint->setText(tr("Type to find a citizen, then open them (Enter or double-click) to see "
                       "their cases, contacts and details on one screen."));
    m_duplicatesButton->setText(tr("Possible duplicates"));
}

void CitizensPage::reload()
{
    if (isShowingCitizen())
        m_view->reload();
    else if (!m_search->text().trimmed().isEmpty())
        search();
}

// The global search box finds citizens too; emptied (another section was opened), it
// leaves a citizen's view as it is.
void CitizensPage::setSearchText(const QString &text)
{
    if (!text.isEmpty())
        showSearch();
    m_search->setText(text);
}

QWidget *CitizensPage::focusTarget()
{
    return isShowingCitizen() ? static_cast<QWidget *>(m_view) : m_search;
}

QByteArray CitizensPage::exportCsv()
{
    if (isShowingCitizen())
        return TableExport::csv(*m_view->model());
    return TableExport::csv(*m_results->model());
}

QWidget *CitizensPage::printTarget()
{
    return m_stack->currentWidget();
}

void CitizensPage::setServerAccess(SyncClient::ServerQuery *query, bool canMerge,
                                   bool isAdministrator)
{
    m_duplicates->setServerQuery(canMerge ? query : nullptr);
    m_duplicatesButton->setVisible(query && canMerge);
    m_view->serverActions()->setServerQuery(query, canMerge, isAdministrator);
}

void CitizensPage::setSavePathChooser(
    std::function<QString(const QString &, const QString &)> choose)
{
    m_view->serverActions()->setSavePathChooser(std::move(choose));
}

void CitizensPage::showDuplicates()
{
    m_stack->setCurrentWidget(m_duplicates);
    m_duplicates->refresh();
}

bool CitizensPage::showCitizen(qint64 citizenId)
{
    const bool found = m_view->showCitizen(citizenId);
    m_stack->setCurrentWidget(m_view);
    m_view->timeline()->setFocus();
    return found;
}

void CitizensPage::showSearch()
{
    m_stack->setCurrentIndex(0);
    m_search->setFocus();
}

bool CitizensPage::isShowingCitizen() const
{
    return m_stack->currentWidget() == m_view;
}

void CitizensPage::search()
{
    m_searcher->search(m_search->text());
}

void CitizensPage::showMatches(const QList<Cache::CitizenMatch> &matches)
{
    m_results->clear();
    for (const Cache::CitizenMatch &match : matches) {
        auto *item = new QListWidgetItem(CitizenSearcher::describe(match.citizen), m_results);
        item->setData(IdRole, match.citizen.value(u"id").toInteger());
    }
    const bool open = std::exchange(m_openOnAnswer, false);
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
        if (open && matches.size() == 1) {
            showCitizen(matches.first().citizen.value(u"id").toInteger());
            emit citizensFound();
            return;
        }
    } else if (!m_search->text().trimmed().isEmpty())
        new QListWidgetItem(tr("No citizen in this computer's copy matches."), m_results);
    emit citizensFound();
}

void CitizensPage::newCase(qint64 citizenId, const QString &name)
{
    IntakeDialog dialog(m_cache, this);
    dialog.chooseCitizen(citizenId, name);
    connect(&dialog, &IntakeDialog::openCaseRequested, this, [this](qint64 id) {
        // Opened once the dialog is gone.
        QMetaObject::invokeMethod(
            this, [this, id] { emit openCaseRequested(id); }, Qt::QueuedConnection);
    });
    emit intakeOpened(&dialog);
    dialog.exec();
    if (dialog.savedCase()) {
        m_view->reload();
        emit edited();
    }
}

} // namespace Shahrvand::Ui
