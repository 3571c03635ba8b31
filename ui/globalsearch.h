#pragma once

#include <QLineEdit>

class QTimer;

namespace Shahrvand::Ui {

// The search box of the tool bar. For now it narrows the current section's list to the
// rows already read whose text matches every word typed (spelling variants of Persian
// letters, digits and half-spaces folded alike); the page says how many rows that was.
// Searching the server comes with the workspaces of later issues.
class GlobalSearchBox final : public QLineEdit
{
    Q_OBJECT

public:
    explicit GlobalSearchBox(QWidget *parent = nullptr);

    // Whether the current section has a list to search.
    void setSearchable(bool searchable);

signals:
    // The text, a moment after the user stops typing (at once when cleared).
    void queryChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();

    QTimer *m_debounce = nullptr;
    bool m_searchable = true;
};

} // namespace Shahrvand::Ui
