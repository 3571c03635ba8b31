#pragma once

#include <QWidget>

class QLabel;

namespace Shahrvand::Ui {

// The welcome at the top of the dashboards: the product, who is signed in and what day
// it is.
class HomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    void setToday(const QString &formattedDate);
    void setUserName(const QString &displayName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_userName;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_greeting = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Shahrvand::Ui
