#pragma once

#include <QJsonArray>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Shahrvand::SyncClient {
class ServerQuery;
}

namespace Shahrvand::Ui {

class CitizenEraseDialog;

// The part of the Citizen 360 view that only the server can do (issue 6), online only:
//  - the citizen's merges (GET /api/v1/citizens/{id}/merges), each with "Undo" for
//    supervisors and administrators (POST /api/v1/merges/{id}/undo);
//  - for administrators: "Export everything…" (the server's JSON saved to a file), "Print…"
//    (the same as a Persian A4 PDF, CitizenExportDocument) and "Erase personal data…"
//    (CitizenEraseDialog, then POST /api/v1/citizens/{id}/erase and the report).
// After an undo or an erasure it asks for a sync, so this computer's copy follows.
class CitizenPrivacyActions final : public QWidget
{
    Q_OBJECT

public:
    // Where a file is saved: the file dialog, or a test's answer (empty: cancelled). Given
    // the suggested name and the file type's filter.
    using SavePathChooser = std::function<QString(const QString &suggested, const QString &filter)>;

    explicit CitizenPrivacyActions(QWidget *parent = nullptr);
    ~CitizenPrivacyActions() override;

    // What the user may do; without a query (no server) the panel is hidden.
    void setServerQuery(SyncClient::ServerQuery *query, bool canMerge, bool isAdministrator);
    void setSavePathChooser(SavePathChooser choose) { m_choosePath = std::move(choose); }
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    // The citizen shown (the merges are asked of the server again).
    void showCitizen(qint64 citizenId, const QString &name);
    void refreshMerges();

    // The actions, as their buttons (tests and shortcuts call them).
    void exportJson();
    void print();
    CitizenEraseDialog *openErase();
    void undoMerge(qint64 mergeId);
    static QString changedSince(const QJsonObject &details);

    QTableWidget *mergesTable() const { return m_merges; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *eraseButton() const { return m_erase; }
    QJsonArray merges() const { return m_items; }

signals:
    // The merges were (or could not be) read.
    void mergesAnswered();
    // An action ended; statusLabel() says how.
    void finished(bool ok);
    void eraseOpened(Shahrvand::Ui::CitizenEraseDialog *dialog);
    // Rows changed on the server: this computer's copy should sync.
    void syncRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMerges();
    void fetchExport(const std::function<void(const QJsonObject &)> &use);
    void erase(const QString &reason);
    void report(bool ok, const QString &text);
    QString choosePath(const QString &suggested, const QString &filter);

    SyncClient::ServerQuery *m_query = nullptr;
    bool m_canMerge = false;
    bool m_isAdministrator = false;
    qint64 m_citizenId = 0;
    QString m_name;
    quint64 m_generation = 0;
    QJsonArray m_items;
    SavePathChooser m_choosePath;
    std::function<qint64()> m_now;

    QLabel *m_heading = nullptr;
    QLabel *m_mergesHeading = nullptr;
    QTableWidget *m_merges = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace Shahrvand::Ui
