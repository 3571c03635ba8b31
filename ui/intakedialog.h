#pragma once

#include "cancellablethread.h"
#include "citizensearch.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QThread;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class ArticleSuggestions;

class AttachmentPicker;
class CaseCatalog;
class CitizenSearcher;
class SearchPicker;

// A new case from a phone call or a walk-in, in under half a minute, from the keyboard:
// find the citizen (national ID, phone, tracking code or name) or type a new one; pick
// the service (each names its responsible unit), the channel, what is asked and where.
// While the agent types, open cases of the same service in the same district from the
// last days are listed: the request can be added to one of them instead of opening
// another case. Saving writes to the cache (the citizen, the case with a tracking code
// made here, and the call as an interaction) and shows the tracking code large, to be
// read out; the next sync sends it all.
class IntakeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IntakeDialog(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    // For tests: what "now" is.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The widgets, for tests.
    QLineEdit *citizenSearch() const { return m_search; }
    QListWidget *citizenResults() const { return m_results; }
    QCheckBox *newCitizen() const { return m_newCitizen; }
    QLineEdit *firstName() const { return m_firstName; }
    QLineEdit *lastName() const { return m_lastName; }
    QLineEdit *nationalId() const { return m_nationalId; }
    QLineEdit *phone() const { return m_phone; }
    SearchPicker *service() const { return m_service; }
    QComboBox *channel() const { return m_channel; }
    QComboBox *priority() const { return m_priority; }
    QLineEdit *subject() const { return m_subject; }
    QPlainTextEdit *description() const { return m_description; }
    SearchPicker *district() const { return m_district; }
    QLineEdit *address() const { return m_address; }
    AttachmentPicker *attachments() const { return m_attachments; }
    QListWidget *duplicates() const { return m_duplicates; }
    // Knowledge articles for the request as it is typed, to answer the caller at once.
    ArticleSuggestions *articles() const { return m_articles; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *linkButton() const { return m_link; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *routingLabel() const { return m_routing; }
    QLabel *trackingLabel() const { return m_tracking; }

    // Opens on this citizen, already chosen (the Citizen 360 view's "New case"): `text` is
    // how the citizen reads in the list of matches.
    void chooseCitizen(qint64 citizenId, const QString &text);

    // What was saved: the case (new or the one linked to) and its tracking code.
    std::optional<qint64> savedCase() const { return m_savedCase; }
    QString savedTrackingCode() const { return m_savedCode; }

    // Saves as a new case (or, with `duplicateOf`, adds the request to that case).
    // Empty on success; otherwise what is wrong, shown, and nothing typed is lost.
    QString save(std::optional<qint64> duplicateOf = std::nullopt);

    // Anything typed or chosen that a cancel would lose.
    bool hasTyping() const;
    void reject() override;

signals:
    // The citizen search answered (tests wait for it).
    void citizensFound();
    // The chosen citizen's open cases are listed.
    void citizenCasesFound();
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void searchCitizens();
    void showCitizens(const QList<Cache::CitizenMatch> &matches);
    void refreshDuplicates();
    void serviceChosen();
    void showProblem(const QString &text);
    std::optional<qint64> chosenCitizen() const;
    QString ensureCitizen(std::optional<qint64> *citizen);
    QString recordContact(std::optional<qint64> citizen, qint64 caseId);
    // The chosen files, attached to the saved case; what could not be, in words.
    QString attachChosenFiles(qint64 caseId);
    // The chosen citizen's open cases, looked up off the UI thread; shown first among
    // the possible repeats.
    void findCitizenCases();
    void stopCitizenCases();

    Cache::LocalCache &m_cache;
    std::unique_ptr<CaseCatalog> m_catalog;
    std::function<QDateTime()> m_now;
    QDateTime m_started;
    CitizenSearcher *m_searcher = nullptr;
    std::optional<qint64> m_createdCitizen; // made by an earlier save that went wrong later
    std::optional<qint64> m_savedCase;
    QString m_savedCode;
    CancellableThread m_caseFinder;
    quint64 m_casesGeneration = 0;
    QList<QJsonObject> m_citizenCases;
    class QTimer *m_searchTimer = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_citizenHeading = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QCheckBox *m_newCitizen = nullptr;
    QWidget *m_newCitizenForm = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_nationalId = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_requestHeading = nullptr;
    SearchPicker *m_service = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_description = nullptr;
    SearchPicker *m_district = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QPlainTextEdit *m_callNotes = nullptr;
    AttachmentPicker *m_attachments = nullptr;
    QLabel *m_routing = nullptr; // where routing will send the case
    void updateRouting();
    QLabel *m_duplicatesHeading = nullptr;
    QListWidget *m_duplicates = nullptr;
    ArticleSuggestions *m_articles = nullptr;
    QLabel *m_articlesHeading = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_cancel = nullptr;
    // The answer page.
    QLabel *m_savedHeading = nullptr;
    QLabel *m_tracking = nullptr;
    QLabel *m_savedText = nullptr;
    QPushButton *m_openCase = nullptr;
    QPushButton *m_done = nullptr;
    QList<class QLabel *> m_captions;
};

} // namespace Shahrvand::Ui
