#include "visibletexts.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QTreeWidget>

#include <algorithm>

namespace Shahrvand::Testing {

QStringList visibleTexts(QWidget *root)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QStringList texts;
    auto add = [&](const QString &text) {
        QString plain = text;
        plain.remove(tags);
        // Shortcut columns of menus (after a tab) are key names or times.
        if (!plain.trimmed().isEmpty())
            texts << plain;
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        add(widget->windowTitle());
        add(widget->toolTip());
        add(widget->statusTip());
        add(widget->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            add(line->placeholderText());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title());
        if (auto *menu = qobject_cast<QMenu *>(widget))
            add(menu->title());
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                add(list->item(row)->text());
                add(list->item(row)->toolTip());
            }
        }
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (int group = 0; group < tree->topLevelItemCount(); ++group) {
                const QTreeWidgetItem *item = tree->topLevelItem(group);
                add(item->text(0));
                for (int child = 0; child < item->childCount(); ++child)
                    add(item->child(child)->text(0));
            }
        }
        // Column headers, where a header is shown (a list's model answers "1" otherwise).
        if (auto *header = qobject_cast<QHeaderView *>(widget);
            header && header->orientation() == Qt::Horizontal && !header->isHidden() &&
            header->model()) {
            for (int column = 0; column < header->model()->columnCount(); ++column)
                add(header->model()->headerData(column, Qt::Horizontal).toString());
        }
        for (QAction *action : widget->actions()) {
            add(action->text().section(u'\t', 0, 0));
            add(action->toolTip());
            add(action->statusTip());
        }
    }
    return texts;
}

QStringList notPersian(const QStringList &texts, const QStringList &allowed)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression asciiDigit(QStringLiteral("[0-9]"));
    QStringList problems;
    for (const QString &text : texts) {
        QString rest = text;
        for (const QString &exception : allowed)
            rest.remove(exception);
        if (rest.contains(latin) || rest.contains(asciiDigit))
            problems << text;
    }
    return problems;
}

bool showsLabel(QWidget *root, const QString &text)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&text](const QLabel *label) {
        return label->isVisible() && label->text() == text;
    });
}

} // namespace Shahrvand::Testing
