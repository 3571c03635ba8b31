#pragma once

#include "citizensearch.h"
#include "sectionpage.h"

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace Shahrvand::SyncClient {
class ServerQuery;
}

namespace Shahrvand::Ui {

class Citizen360View;
class CitizenDuplicates;
class CitizenSearcher;
class IntakeDialog;

// Citizens: find a citizen (national ID, phone, tracking code or words of the name, as
// Cache::findCitizens reads them, on a thread of its own) and open their 360 view:
// card, timeline and quick actions (citizen360view.h).
class CitizensPage final : public SectionPage
{
    Q_OBJECT

public:
    explicit CitizensPage(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~CitizensPage() override;

    void reload() override;
    void setSearchText(const QString &text) override;
    bool isSearchable() const override { return true; }
    QWidget *focusTarget() override;
    // The citizen's timeline as filtered (every item, its rows opened), or the matches.
    bool hasExport() const override { return true; }
    QByteArray exportCsv() override;
    QWidget *printTarget() override;

    // What the server does for this user (issue 6): possible duplicates and merges for
    // supervisors and administrators, export and erasure for administrators. Without a
    // query (no server) none of it shows.
    void setServerAccess(SyncClient::ServerQuery *query, bool canMerge, bool isAdministrator);
    // Where the citizen's export and print are saved (MainWindow's chooser).
    void setSavePathChooser(std::function<QString(const QString &, const QString &)> choose);
    // The possible duplicates, asked of the server.
    void showDuplicates();

    // Opens the citizen's 360 view; false when the cache does not have them.
    bool showCitizen(qint64 citizenId);
    void showSearch();
    bool isShowingCitizen() const;

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    Citizen360View *view360() const { return m_view; }
    CitizenDuplicates *duplicates() const { return m_duplicates; }
    QPushButton *duplicatesButton() const { return m_duplicatesButton; }

signals:
    // The search answered (tests wait for it).
    void citizensFound();
    void openCaseRequested(qint64 caseId);
    void openMissionRequested(qint64 missionId);
    // A local edit was made (a call logged, a case opened): the shell updates its counts
    // and asks the engine to push.
    void edited();
    // The new-case dialog is open (tests fill it in).
    void intakeOpened(IntakeDialog *dialog);
    // The server changed rows (a merge, an undo, an erasure): sync this computer's copy.
    void syncRequested();

protected:
    void retranslate() override;

private:
    void search();
    void showMatches(const QList<Cache::CitizenMatch> &matches);
    void newCase(qint64 citizenId, const QString &name);

    Cache::LocalCache &m_cache;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    Citizen360View *m_view = nullptr;
    CitizenDuplicates *m_duplicates = nullptr;
    QPushButton *m_duplicatesButton = nullptr;
    QTimer *m_searchTimer = nullptr;
    CitizenSearcher *m_searcher = nullptr;
    bool m_openOnAnswer = false; // Enter was pressed in the search field
};

} // namespace Shahrvand::Ui
