#include "syncstatusbar.h"

#include "jalalidate.h"
#include "shellicons.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <climits>

namespace Shahrvand::Ui {

namespace {

using SyncClient::SyncPhase;

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

bool isSyncing(SyncPhase phase)
{
    return phase == SyncPhase::Pushing || phase == SyncPhase::Pulling;
}

} // namespace

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));

    m_connectionIcon = new QLabel(this);
    m_connectionIcon->setObjectName(QStringLiteral("syncConnectionIcon"));
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("syncLastSync"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPending"));

    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflicts->setIconSize(QSize(16, 16));
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusBar::conflictsRequested);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(false); // the label says it, in the interface's digits
    m_progress->setFixedWidth(120);
    m_progress->setMaximumHeight(12);
    m_progress->setRange(0, 100);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("syncProgressText"));
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusBar::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_connectionIcon);
    layout->addWidget(m_connection);
    m_lastSyncSeparator = separator(this);
    layout->addWidget(m_lastSyncSeparator);
    layout->addWidget(m_lastSync);
    layout->addWidget(separator(this));
    layout->addWidget(m_pending);
    layout->addWidget(separator(this));
    layout->addWidget(m_conflicts);
    layout->addSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_cancel);
    layout->addStretch(1);

    refresh();
}

void SyncStatusBar::setStatus(const SyncClient::SyncStatus &status)
{
    m_status = status;
    refresh();
}

void SyncStatusBar::refresh()
{
    const QLocale locale;
    const SyncClient::SyncStatus &s = m_status;

    QString connection;
    QString explanation;
    QColor colour(0x9e, 0x9e, 0x9e);
    switch (s.phase) {
    case SyncPhase::Pushing:
    case SyncPhase::Pulling:
        connection = tr("Syncing");
        colour = QColor(0x2e, 0x7d, 0x32);
        explanation = tr("Connected to the server; exchanging changes.");
        break;
    case SyncPhase::Idle:
        if (s.online) {
            connection = tr("Online");
            colour = QColor(0x2e, 0x7d, 0x32);
            explanation = tr("Connected to the server.");
        } else {
            connection = tr("Offline");
            explanation = tr("Not connected to the server. You can go on working: your edits "
                             "are kept on this computer and sent when the server can be "
                             "reached.");
        }
        break;
    case SyncPhase::Offline:
        connection = tr("Offline");
        explanation = tr("The server cannot be reached. You can go on working: your edits are "
                         "kept on this computer and sent when the server can be reached.");
        break;
    case SyncPhase::SignInNeeded:
        connection = tr("Sign-in needed");
        colour = QColor(0xef, 0x6c, 0x00);
        explanation = tr("The server ended your session. Sign in again to sync; your work "
                         "stays on this computer.");
        break;
    case SyncPhase::Failed:
        connection = tr("Sync failed");
        colour = QColor(0xc6, 0x28, 0x28);
        explanation = tr("The last sync did not finish. It is tried again shortly.");
        break;
    }
    if (!s.lastError.isEmpty())
        explanation += u'\n' + s.lastError;
    m_connection->setText(connection);
    m_connection->setToolTip(explanation);
    m_connectionIcon->setPixmap(statusDot(colour).pixmap(12, 12));
    m_connectionIcon->setToolTip(explanation);

    m_lastSync->setText(
        s.lastSyncAt.isValid()
            ? tr("Last sync: %1").arg(formatJalaliDateTime(s.lastSyncAt, DateStyle::Long, locale))
            : tr("Last sync: never"));
    m_lastSync->setToolTip(tr("When this computer's copy was last brought up to date"));

    m_pending->setText(s.pending > 0 ? tr("%Ln edit(s) waiting to be sent", nullptr, s.pending)
                                     : tr("All edits sent"));
    m_pending->setToolTip(
        tr("Edits made on this computer are sent to the server at the next sync"));

    m_conflicts->setText(s.conflicts > 0 ? tr("%Ln conflict(s)", nullptr, s.conflicts)
                                         : tr("No conflicts"));
    m_conflicts->setIcon(s.conflicts > 0 ? shellIcon(ShellIcon::Conflicts) : QIcon());
    QFont conflictFont = font();
    conflictFont.setBold(s.conflicts > 0);
    m_conflicts->setFont(conflictFont);
    m_conflicts->setToolTip(
        tr("Edits the server could not take as they were. Click to decide what to keep."));

    const bool syncing = isSyncing(s.phase);
    // During a sync its progress takes the place of the last one's time.
    m_lastSync->setVisible(!syncing);
    m_lastSyncSeparator->setVisible(!syncing);
    m_progress->setVisible(syncing);
    m_progressText->setVisible(syncing);
    m_cancel->setVisible(syncing);
    if (syncing) {
        if (s.progress.percent >= 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(s.progress.percent);
        } else {
            m_progress->setRange(0, 0); // busy: the total is not known yet
        }
        m_progressText->setText(progressText());
    }
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this sync. What was received is kept; the rest follows at "
                            "the next sync."));
}

QString SyncStatusBar::progressText() const
{
    const QLocale locale;
    const SyncClient::SyncProgress &p = m_status.progress;
    QStringList parts;
    if (m_status.phase == SyncPhase::Pushing)
        parts << tr("%Ln edit(s) sent", nullptr, int(p.rowsPushed));
    else
        parts << tr("%Ln row(s) received", nullptr, int(qMin<qint64>(p.rowsPulled, INT_MAX)));
    if (p.percent >= 0)
        parts << tr("%1%", "percent").arg(locale.toString(p.percent));
    if (p.msLeft >= 0)
        parts << timeLeftText(p.msLeft);
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString SyncStatusBar::timeLeftText(qint64 ms)
{
    const qint64 minutes = (ms + 59'999) / 60'000;
    if (ms < 60'000)
        return tr("less than a minute left");
    if (minutes < 90)
        return tr("about %Ln minute(s) left", nullptr, int(minutes));
    return tr("about %Ln hour(s) left", nullptr, int((minutes + 30) / 60));
}

void SyncStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Shahrvand::Ui
