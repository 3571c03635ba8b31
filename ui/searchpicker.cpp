#include "searchpicker.h"

#include "textnormalizer.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;
} // namespace

SearchPicker::SearchPicker(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    setFocusProxy(m_edit);
    setVisibleRows(5);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &SearchPicker::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, &SearchPicker::currentChanged);
    connect(m_list, &QListWidget::itemActivated, this, &SearchPicker::activated);
}

void SearchPicker::clearItems()
{
    m_list->clear();
}

void SearchPicker::addItem(qint64 id, const QString &text, const QString &detail,
                           const QString &alsoFound)
{
    auto *item =
        new QListWidgetItem(detail.isEmpty() ? text : tr("%1 — %2").arg(text, detail), m_list);
    item->setData(IdRole, id);
    item->setData(SearchRole, normalizeForSearch(QString(text + u' ' + detail + u' ' + alsoFound)));
}

void SearchPicker::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

std::optional<qint64> SearchPicker::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    return item->data(IdRole).toLongLong();
}

QString SearchPicker::currentText() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->text() : QString();
}

void SearchPicker::setCurrent(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == id) {
            m_list->item(row)->setHidden(false);
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    }
}

void SearchPicker::clearCurrent()
{
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
}

void SearchPicker::setVisibleRows(int rows)
{
    m_list->setFixedHeight(m_list->fontMetrics().height() * rows + 8 + 2 * m_list->frameWidth());
}

void SearchPicker::filter(const QString &typed)
{
    const QStringList words = normalizeForSearch(typed).split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString text = item->data(SearchRole).toString();
        bool match = true;
        for (const QString &word : words)
            match = match && text.contains(word);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    // The first match is the choice unless the user moves: typing then Enter is enough.
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    if (!first)
        m_list->setCurrentItem(nullptr);
    emit currentChanged();
}

bool SearchPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            int row = m_list->currentRow();
            for (int next = row + step; next >= 0 && next < m_list->count(); next += step) {
                if (!m_list->item(next)->isHidden()) {
                    m_list->setCurrentRow(next);
                    break;
                }
            }
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && current() &&
            key->modifiers() == Qt::NoModifier) {
            // Taken: on to the next field, as a form filled from the keyboard expects.
            emit activated();
            focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Shahrvand::Ui
