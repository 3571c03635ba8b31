#pragma once

#include <QWidget>

#include <optional>

class QLineEdit;
class QListWidget;

namespace Shahrvand::Ui {

// A choice among a few hundred named things (services, users, teams, articles) found by
// typing: every word typed must appear in the item's text, Persian-normalized (ی/ي, ک/ك,
// ZWNJ, diacritics and digits alike). Up and Down move in the list from the text box,
// Enter takes the highlighted item and moves on to the next field.
class SearchPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPicker(QWidget *parent = nullptr);

    void clearItems();
    // `detail` is shown after the text ("— Water and sewage unit") and searched too, as
    // is `alsoFound` (the name in the other language, a code), which is not shown.
    void addItem(qint64 id, const QString &text, const QString &detail = {},
                 const QString &alsoFound = {});
    void setPlaceholderText(const QString &text);
    // The chosen item, if any.
    std::optional<qint64> current() const;
    QString currentText() const;
    void setCurrent(qint64 id);
    void clearCurrent();
    void setVisibleRows(int rows);

    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *list() const { return m_list; }

signals:
    void currentChanged();
    void activated(); // Enter or a double click

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &typed);

    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Shahrvand::Ui
