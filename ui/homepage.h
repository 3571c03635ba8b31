#pragma once

#include <QWidget>

class QLabel;

namespace Shahrvand::Ui {

// What the workstation shows before a work area is opened: who we are and what day
// it is. The work areas (cases, citizens, knowledge, ...) attach beside it.
class HomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    void setToday(const QString &formattedDate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Shahrvand::Ui
