#pragma once

#include "syncstatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Shahrvand::Ui {

// The sync half of the status bar: online or offline, when the last sync finished, how
// many edits wait to be sent, how many conflicts wait for the user (a button that opens
// them), and during a sync its progress with a way to cancel. It shows a SyncStatus and
// nothing else; the window feeds it the engine's statusChanged().
class SyncStatusBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    const SyncClient::SyncStatus &status() const { return m_status; }

public slots:
    void setStatus(const Shahrvand::SyncClient::SyncStatus &status);

signals:
    void conflictsRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString progressText() const;
    static QString timeLeftText(qint64 ms);

    SyncClient::SyncStatus m_status;
    QLabel *m_connectionIcon = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_lastSync = nullptr;
    QWidget *m_lastSyncSeparator = nullptr;
    QLabel *m_pending = nullptr;
    QToolButton *m_conflicts = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Shahrvand::Ui
