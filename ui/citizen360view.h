#pragma once

#include "citizentimeline.h"
#include "logcalldialog.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class CitizenPrivacyActions;
class CitizenProfile;
class CitizenTimelineModel;

// Everything about one citizen on one screen (issue 6, "Citizen 360"): their card (summary
// and profile) on the start side, and on the other one timeline of their cases (with status
// and SLA), interactions, missions, surveys and case notes, newest first, filtered by type
// and by a Jalali date range. Quick actions: a new case for them, a call logged, a message
// queued (not sent: nothing sends messages until the notifications feature exists, and the
// screen says so). Double-clicking an item opens its case (or mission).
class Citizen360View final : public QWidget
{
    Q_OBJECT

public:
    explicit Citizen360View(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~Citizen360View() override;

    // For tests and the SLA clocks: what "now" is (ms since the epoch).
    void setClock(std::function<qint64()> now);

    // Shows the citizen; false when the cache does not have them.
    bool showCitizen(qint64 citizenId);
    qint64 citizenId() const { return m_citizenId; }
    // Reads the cache again (after a sync or an edit), keeping the filter.
    void reload();

    // Opens the dialog to log a call or queue a message (window-modal, not blocking);
    // when it saves, the timeline shows the new item and contactLogged() is emitted.
    LogContactDialog *openContactDialog(LogContactDialog::Mode mode);

    CitizenProfile *profile() const { return m_profile; }
    // What only the server can do for this citizen: merges, export, erasure.
    CitizenPrivacyActions *serverActions() const { return m_serverActions; }
    CitizenTimelineModel *model() const { return m_model; }
    QTableView *timeline() const { return m_view; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QLabel *filterProblem() const { return m_problem; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *survivorButton() const { return m_survivor; }
    QPushButton *newCaseButton() const { return m_newCase; }
    QPushButton *logCallButton() const { return m_logCall; }
    QPushButton *messageButton() const { return m_message; }

    // Applies the type and dates as typed; false (and a sentence under the filter) when a
    // date cannot be read.
    bool applyFilter();

signals:
    void backRequested();
    void newCaseRequested(qint64 citizenId, const QString &name);
    void openCaseRequested(qint64 caseId);
    void openMissionRequested(qint64 missionId);
    void contactLogged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadTimeline();
    void updateCount();
    void itemActivated(const QModelIndex &index);
    // An instant from a typed Jalali day: its start (or, with `nextDay`, the next day's).
    std::optional<qint64> typedDay(QLineEdit *edit, bool nextDay, QString *problem) const;

    Cache::LocalCache &m_cache;
    std::function<qint64()> m_now;
    qint64 m_citizenId = 0;
    Cache::CitizenTimelineFilter m_filter;

    QLabel *m_name = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_survivor = nullptr;
    QPushButton *m_newCase = nullptr;
    QPushButton *m_logCall = nullptr;
    QPushButton *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    CitizenProfile *m_profile = nullptr;
    CitizenPrivacyActions *m_serverActions = nullptr;
    QLabel *m_timelineHeading = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_view = nullptr;
    CitizenTimelineModel *m_model = nullptr;
};

} // namespace Shahrvand::Ui
