#include "datetimefield.h"

#include "jalalidate.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

namespace Shahrvand::Ui {

DateTimeField::DateTimeField(QWidget *parent)
    : QWidget(parent)
    , m_date(new QLineEdit(this))
    , m_time(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date);
    layout->addWidget(m_time);
    layout->addStretch();
    m_date->setMinimumWidth(170);
    m_date->setMaximumWidth(260);
    m_time->setFixedWidth(80);
    m_time->setMaxLength(5);
    for (QLineEdit *edit : {m_date, m_time})
        connect(edit, &QLineEdit::textEdited, this, &DateTimeField::edited);
    retranslate();
}

void DateTimeField::setValue(const QJsonValue &milliseconds)
{
    if (!milliseconds.isDouble()) {
        m_date->clear();
        m_time->clear();
        return;
    }
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(milliseconds.toInteger(), Qt::UTC)
                               .toTimeZone(iranTimeZone());
    m_date->setText(formatJalaliDate(when.date(), DateStyle::Numeric, locale()));
    m_time->setText(toLocalDigits(when.time().toString(QStringLiteral("HH:mm")), locale()));
}

Expected<QJsonValue, QString> DateTimeField::value() const
{
    const QString dateText = m_date->text().trimmed();
    const QString timeText = fromLocalDigits(m_time->text().trimmed());
    if (dateText.isEmpty()) {
        if (!timeText.isEmpty())
            return tr("Enter the date as well as the time.");
        return QJsonValue(QJsonValue::Null);
    }
    const auto date = parseJalaliDate(dateText);
    if (!date)
        return describe(date.error());
    QTime time(0, 0);
    if (!timeText.isEmpty()) {
        time = QTime::fromString(timeText, QStringLiteral("H:mm"));
        if (!time.isValid())
            return tr("Enter the time as hours:minutes, for example 14:30.");
    }
    return QJsonValue(QDateTime(*date, time, iranTimeZone()).toMSecsSinceEpoch());
}

void DateTimeField::setReadOnly(bool readOnly)
{
    m_date->setReadOnly(readOnly);
    m_time->setReadOnly(readOnly);
}

void DateTimeField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateTimeField::retranslate()
{
    m_date->setPlaceholderText(
        tr("Date, for example %1").arg(toLocalDigits(QStringLiteral("1405/09/02"), locale())));
    m_time->setPlaceholderText(toLocalDigits(QStringLiteral("08:30"), locale()));
    m_date->setAccessibleName(tr("Date"));
    m_time->setAccessibleName(tr("Time"));
}

} // namespace Shahrvand::Ui
