#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Shahrvand::Ui {

// The confirmation before a citizen's personal data is erased (issue 6, retention rules of
// POST /api/v1/citizens/{id}/erase): what is deleted, what is kept without the citizen's
// words, that it cannot be undone, and the reason (required: it goes to the audit trail).
// "Erase" stays disabled until a reason is written and the box is ticked.
class CitizenEraseDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CitizenEraseDialog(const QString &citizenName, QWidget *parent = nullptr);
    ~CitizenEraseDialog() override;

    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *understoodBox() const { return m_understood; }
    QPushButton *eraseButton() const { return m_erase; }

private:
    void updateButton();

    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_understood = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace Shahrvand::Ui
