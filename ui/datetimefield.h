#pragma once

#include "expected.h"

#include <QJsonValue>
#include <QWidget>

class QLineEdit;

namespace Shahrvand::Ui {

// A moment typed as a Jalali date and a 24-hour time, in Iran's time: "1405/09/02" and
// "08:30", with Persian, Arabic-Indic or Latin digits and the month names parseJalaliDate
// takes. Both empty is no moment; a date alone is its midnight.
class DateTimeField final : public QWidget
{
    Q_OBJECT

public:
    explicit DateTimeField(QWidget *parent = nullptr);

    // A timestamp (milliseconds since the epoch), or null for none.
    void setValue(const QJsonValue &milliseconds);
    // What is typed: a timestamp, null for none, or a translated sentence saying what is
    // wrong (for example "Enter the time as hours:minutes, for example 14:30.").
    Expected<QJsonValue, QString> value() const;
    void setReadOnly(bool readOnly);

    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *timeEdit() const { return m_time; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_date = nullptr;
    QLineEdit *m_time = nullptr;
};

} // namespace Shahrvand::Ui
