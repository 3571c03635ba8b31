#pragma once

#include "casetext.h"
#include "principal.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class DateTimeField;
class ReceiptViewer;

// The report on a mission, written by the people sent on it (or the unit's supervisor)
// while the order is issued or in progress, on or off line: the actual start and end, what
// was done, each linked case's outcome (the server writes it on the case as an activity
// when the mission is completed), and photos and documents, kept on this computer until
// the next sync sends them. Read-only otherwise, with a line saying why. Saving checks
// everything first, then writes the mission and the cases' outcomes together or not at all.
class MissionReportPanel final : public QWidget
{
    Q_OBJECT

public:
    MissionReportPanel(Cache::LocalCache &cache, const Access::Principal &user,
                       QWidget *parent = nullptr);

    // Reads the mission, its linked cases and files from the cache (again); 0: none.
    void setMission(qint64 missionId);
    qint64 missionId() const { return m_missionId; }
    bool mayWrite() const { return m_mayWrite; }
    bool hasChanges() const;

    // Saves what changed; an empty string when saved (or nothing changed), else what is
    // wrong, translated (also shown in the panel).
    QString save();
    // Attaches files to the mission; what could not be attached, or empty.
    QString attachFiles(const QStringList &paths);

    // Seams for tests and the shell: "now" (actual times may not lie ahead), the file
    // chooser, how a file kept on the server is fetched (ReceiptViewer's).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }
    void setFileChooser(std::function<QStringList()> choose) { m_chooseFiles = std::move(choose); }
    void
    setFileDownloader(std::function<void(const QString &,
                                         std::function<void(const QByteArray &, const QString &)>)>
                          download);

    DateTimeField *actualStart() const { return m_start; }
    DateTimeField *actualEnd() const { return m_end; }
    QPlainTextEdit *reportEdit() const { return m_report; }
    // The outcome box of a linked case (by the case's id), or null.
    QPlainTextEdit *outcomeEdit(qint64 caseId) const;
    QTreeWidget *files() const { return m_files; }
    ReceiptViewer *viewer() const { return m_viewer; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *attachButton() const { return m_attach; }
    QLabel *stateLine() const { return m_state; }
    QLabel *messageLine() const { return m_message; }

signals:
    // Something was saved or attached (the workspace and lists read the cache again).
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct LinkedCase
    {
        qint64 linkId = 0; // the mission_cases row
        qint64 caseId = 0;
        QString outcome; // as last read
        QPlainTextEdit *edit = nullptr;
    };

    void fillCases();
    void fillFiles();
    void fileChosen();
    void chooseAndAttach();
    void updateState();
    void updateCounter();
    void showMessage(const QString &text, bool problem);
    void retranslate();
    qint64 now() const;
    QJsonValue stored(QStringView column) const;

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    NameBook m_names;
    qint64 m_missionId = 0;
    QJsonObject m_mission;
    bool m_mayWrite = false;
    QList<LinkedCase> m_cases;
    std::function<qint64()> m_now;
    std::function<QStringList()> m_chooseFiles;

    QLabel *m_state = nullptr;
    QGroupBox *m_timesBox = nullptr;
    QLabel *m_startLabel = nullptr;
    QLabel *m_endLabel = nullptr;
    DateTimeField *m_start = nullptr;
    DateTimeField *m_end = nullptr;
    QGroupBox *m_reportBox = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QLabel *m_counter = nullptr;
    QGroupBox *m_casesBox = nullptr;
    QVBoxLayout *m_casesLayout = nullptr;
    QLabel *m_noCases = nullptr;
    QGroupBox *m_filesBox = nullptr;
    QTreeWidget *m_files = nullptr;
    QPushButton *m_attach = nullptr;
    ReceiptViewer *m_viewer = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Shahrvand::Ui
