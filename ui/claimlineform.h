#pragma once

#include "claimdraft.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Shahrvand::Ui {

// The form under a claim's lines: one line's type, Jalali date, amount in rials (Persian,
// Arabic or Latin digits, with or without separators), vendor, description and receipt (a
// photo or a PDF, checked as it is chosen). What was typed is checked when the line is put
// into the claim; a mistake is said under the form and nothing typed is lost.
class ClaimLineForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimLineForm(QWidget *parent = nullptr);

    // For tests: what the file dialog would answer.
    void setFileChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }

    // The line to edit (its values in the fields), or a new one when nothing.
    void showLine(const std::optional<ClaimLineDraft> &line);
    bool isEditingLine() const { return m_editing.has_value(); }
    // Something was typed or chosen since the form was last filled or cleared.
    bool hasPendingInput() const { return m_touched; }
    // The line as typed, or nothing with the problems shown under the form.
    std::optional<ClaimLineDraft> readLine();
    // Chooses the receipt file (checked at once); false with the problem shown when it
    // cannot be attached.
    bool setReceiptFile(const QString &path);

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *vendorEdit() const { return m_vendor; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLabel *receiptLabel() const { return m_receipt; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *receiptButton() const { return m_chooseReceipt; }
    QPushButton *putButton() const { return m_put; }
    QPushButton *clearButton() const { return m_clear; }

signals:
    // The line was read without a mistake: to add it, or to replace the one edited.
    void lineReady(const Shahrvand::Ui::ClaimLineDraft &line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseReceipt();
    void reformatAmount();
    void showError(const QStringList &problems);
    void showReceiptName();
    void retranslate();

    std::function<QString()> m_chooser;
    std::optional<ClaimLineDraft> m_editing;
    bool m_touched = false;
    ClaimLineDraft m_receiptOf; // the receipt fields of what is being typed
    QComboBox *m_type = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_vendor = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_receipt = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_labels[6] = {};
    QPushButton *m_chooseReceipt = nullptr;
    QPushButton *m_put = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace Shahrvand::Ui
