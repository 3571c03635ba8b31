#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;
class QDialogButtonBox;
class QLabel;

namespace Shahrvand::Ui {

// Help → Keyboard shortcuts: every action of the window that has a shortcut, grouped by
// the menu it is in, read from the actions themselves each time the dialog is shown, so
// the list cannot fall behind the menus.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    // The listed actions' names and keys, as shown ("Sync now", "Ctrl+R / F5").
    QList<QPair<QString, QString>> listed() const;

    // Keys as shown in the list, named as the menus name them.
    static QString keysText(const QList<QKeySequence> &keys);

public slots:
    void rebuild();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    QMainWindow *m_window = nullptr;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_tree = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Shahrvand::Ui
