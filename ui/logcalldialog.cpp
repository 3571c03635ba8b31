#include "logcalldialog.h"

#include "citizenprofile.h"
#include "citizentimelinemodel.h"
#include "datetimefield.h"
#include "fieldtext.h"
#include "localcache.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

constexpr qint64 minuteMs = 60'000;

QString problemsOf(const Cache::CacheError &error)
{
    return error.fieldMessages.isEmpty() ? error.message() : error.fieldMessages.join(u'\n');
}

} // namespace

LogContactDialog::LogContactDialog(Cache::LocalCache &cache, const QJsonObject &citizen, Mode mode,
                                   QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_citizen(citizen)
    , m_mode(mode)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    const QString name = CitizenProfile::fullName(citizen);
    setWindowTitle(mode == Mode::Call ? tr("Log a call with %1").arg(name)
                                      : tr("Send a message to %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(form);
    if (mode == Mode::Call) {
        m_direction = new QComboBox(this);
        m_direction->setObjectName(QStringLiteral("direction"));
        m_direction->addItem(tr("The citizen called"), QStringLiteral("inbound"));
        m_direction->addItem(tr("We called the citizen"), QStringLiteral("outbound"));
        form->addRow(tr("Call"), m_direction);
        m_started = new DateTimeField(this);
        m_started->setObjectName(QStringLiteral("started"));
        form->addRow(tr("Started"), m_started);
        m_ended = new DateTimeField(this);
        m_ended->setObjectName(QStringLiteral("ended"));
        form->addRow(tr("Ended"), m_ended);
    } else {
        m_channel = new QComboBox(this);
        m_channel->setObjectName(QStringLiteral("channel"));
        for (const char *code : {"sms", "email", "telegram"}) {
            const QString channel = QString::fromLatin1(code);
            m_channel->addItem(FieldText::displayValue(u"interactions", u"channel", channel),
                               channel);
        }
        if (const int preferred =
                m_channel->findData(citizen.value(u"preferred_channel").toString());
            preferred >= 0)
            m_channel->setCurrentIndex(preferred);
        form->addRow(tr("Send by"), m_channel);
        m_consent = new QLabel(this);
        m_consent->setWordWrap(true);
        form->addRow(QString(), m_consent);
        connect(m_channel, &QComboBox::currentIndexChanged, this, &LogContactDialog::updateConsent);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(fontMetrics().height() * 5);
    form->addRow(mode == Mode::Call ? tr("What was said") : tr("Message"), m_text);
    if (mode == Mode::Message) {
        m_queued = new QLabel(tr("Not sent yet: this computer cannot send messages until the "
                                 "notifications feature is in place. The message is kept in the "
                                 "citizen's timeline as queued, and will be sent then."),
                              this);
        m_queued->setObjectName(QStringLiteral("queuedNotice"));
        m_queued->setWordWrap(true);
        m_queued->setFrameShape(QFrame::StyledPanel);
        m_queued->setMargin(6);
        layout->addWidget(m_queued);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(mode == Mode::Call ? tr("Save the call") : tr("Queue the message"),
                                QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogContactDialog::reject);
    layout->addWidget(buttons);
    setClock(m_now);
    updateConsent();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 75), sizeHint().height());
}

void LogContactDialog::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    if (m_started)
        m_started->setValue(m_now() / minuteMs * minuteMs);
}

void LogContactDialog::updateConsent()
{
    if (!m_consent)
        return;
    const QString channel = m_channel->currentData().toString();
    const bool refused = (channel == u"sms" && !m_citizen.value(u"consent_sms").toBool()) ||
                         (channel == u"email" && !m_citizen.value(u"consent_email").toBool());
    m_consent->setText(refused ? tr("The citizen has not agreed to receive messages this way.")
                               : QString());
    m_consent->setVisible(refused);
}

QString LogContactDialog::save()
{
    QJsonObject fields{{QStringLiteral("citizen_id"), m_citizen.value(u"id")}};
    const QString text = m_text->toPlainText().trimmed();
    QString problem;
    if (m_mode == Mode::Call) {
        const auto started = m_started->value();
        const auto ended = m_ended->value();
        if (!started)
            problem = started.error();
        else if (started->isNull())
            problem = tr("Enter when the call started.");
        else if (!ended)
            problem = ended.error();
        else if (ended->isDouble() && ended->toInteger() < started->toInteger())
            problem = tr("The call cannot end before it started.");
        if (problem.isEmpty()) {
            fields.insert(QStringLiteral("channel"), QStringLiteral("phone"));
            fields.insert(QStringLiteral("direction"), m_direction->currentData().toString());
            fields.insert(QStringLiteral("started_at"), *started);
            if (ended->isDouble())
                fields.insert(QStringLiteral("ended_at"), *ended);
            if (!text.isEmpty())
                fields.insert(QStringLiteral("notes"), text);
        }
    } else {
        if (text.isEmpty())
            problem = tr("Write the message first.");
        fields.insert(QStringLiteral("channel"), m_channel->currentData().toString());
        fields.insert(QStringLiteral("direction"), QStringLiteral("outbound"));
        fields.insert(QStringLiteral("started_at"), m_now());
        fields.insert(QStringLiteral("notes"), CitizenTimelineModel::queuedMarker() + text);
    }
    if (problem.isEmpty()) {
        const auto created = m_cache.create(QStringLiteral("interactions"), fields);
        if (created)
            m_saved = *created;
        else
            problem = problemsOf(created.error());
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    return problem;
}

void LogContactDialog::accept()
{
    if (save().isEmpty())
        QDialog::accept();
}

} // namespace Shahrvand::Ui
