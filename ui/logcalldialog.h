#pragma once

#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class DateTimeField;

// A contact with a citizen written down from the Citizen 360 view, as an interactions row
// made in the cache (with its outbox entry: the next sync sends it):
//  - Call: a call received or made, when it started and ended, and what was said.
//  - Message: a message to send by SMS, e-mail or Telegram. Nothing sends messages yet
//    (the notifications feature will): the message is kept as an outbound interaction whose
//    notes begin with CitizenTimelineModel::queuedMarker(), and the dialog and the timeline
//    say plainly that it is queued, not sent.
class LogContactDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Call, Message };

    LogContactDialog(Cache::LocalCache &cache, const QJsonObject &citizen, Mode mode,
                     QWidget *parent = nullptr);

    // For tests: what "now" is (ms since the epoch).
    void setClock(std::function<qint64()> now);

    // Writes the interaction; empty on success (savedId() then says which row), else what
    // is wrong, shown in the dialog, with nothing typed lost.
    QString save();
    std::optional<qint64> savedId() const { return m_saved; }

    QComboBox *direction() const { return m_direction; }
    QComboBox *channel() const { return m_channel; }
    DateTimeField *started() const { return m_started; }
    DateTimeField *ended() const { return m_ended; }
    QPlainTextEdit *text() const { return m_text; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *queuedLabel() const { return m_queued; }
    QPushButton *saveButton() const { return m_save; }

    void accept() override;

private:
    void updateConsent();

    Cache::LocalCache &m_cache;
    QJsonObject m_citizen;
    Mode m_mode;
    std::function<qint64()> m_now;
    std::optional<qint64> m_saved;

    QComboBox *m_direction = nullptr;
    QComboBox *m_channel = nullptr;
    DateTimeField *m_started = nullptr;
    DateTimeField *m_ended = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_queued = nullptr;
    QLabel *m_consent = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Shahrvand::Ui
