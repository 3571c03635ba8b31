#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

// Menu titles and action texts without their mnemonic ampersands and trailing dots.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    if (text.endsWith(u'\u2026'))
        text.chop(1);
    return text.trimmed();
}

void collect(QMenu *menu, QList<QAction *> &into)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), into);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            into << action;
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    resize(560, 620);
    retranslate();
}

QString ShortcutsDialog::keysText(const QList<QKeySequence> &keys)
{
    QStringList parts;
    // Qt names the keys in the interface language ("کنترل+R"). Each sequence is isolated
    // and takes the direction of its own first letter, so that in Persian "کنترل+R / F5"
    // reads as two sequences rather than "R / F5" run together.
    for (const QKeySequence &key : keys)
        parts << QChar(0x2068) + key.toString(QKeySequence::NativeText) + QChar(0x2069);
    return parts.join(QStringLiteral("  /  "));
}

void ShortcutsDialog::rebuild()
{
    m_tree->clear();
    QSet<QAction *> listed;
    auto addGroup = [this, &listed](const QString &title, const QList<QAction *> &actions) {
        if (actions.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (QAction *action : actions) {
            auto *item =
                new QTreeWidgetItem(group, {plain(action->text()), keysText(action->shortcuts())});
            item->setIcon(0, action->icon());
            item->setTextAlignment(1, Qt::AlignCenter);
            listed.insert(action);
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        QList<QAction *> actions;
        collect(top->menu(), actions);
        addGroup(plain(top->menu()->title()), actions);
    }
    // Actions that are in no menu still belong here.
    QList<QAction *> others;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (!listed.contains(action) && !action->shortcuts().isEmpty())
            others << action;
    }
    addGroup(tr("Other"), others);
    m_tree->expandAll();
}

QList<QPair<QString, QString>> ShortcutsDialog::listed() const
{
    QList<QPair<QString, QString>> rows;
    for (int group = 0; group < m_tree->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *parent = m_tree->topLevelItem(group);
        for (int row = 0; row < parent->childCount(); ++row)
            rows.append({parent->child(row)->text(0), parent->child(row)->text(1)});
    }
    return rows;
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("Every command of the main window can be reached from the keyboard with "
                        "these keys."));
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    rebuild();
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    rebuild();
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The actions hear of the new language in their own time; list them after that.
        QMetaObject::invokeMethod(this, &ShortcutsDialog::rebuild, Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}

} // namespace Shahrvand::Ui
