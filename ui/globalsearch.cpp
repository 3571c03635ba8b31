#include "globalsearch.h"

#include "shellicons.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QTimer>

namespace Shahrvand::Ui {

GlobalSearchBox::GlobalSearchBox(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("globalSearch"));
    setClearButtonEnabled(true);
    addAction(shellIcon(ShellIcon::Search), QLineEdit::LeadingPosition);
    setMinimumWidth(260);
    setMaximumWidth(420);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit queryChanged(text()); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_debounce->stop();
            emit queryChanged(text);
        } else {
            m_debounce->start();
        }
    });
    retranslate();
}

void GlobalSearchBox::setSearchable(bool searchable)
{
    m_searchable = searchable;
    setEnabled(searchable);
    retranslate();
}

void GlobalSearchBox::retranslate()
{
    setPlaceholderText(m_searchable ? tr("Search this section's list")
                                    : tr("This section has no list to search"));
}

void GlobalSearchBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_debounce->stop();
        emit queryChanged(text());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void GlobalSearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

} // namespace Shahrvand::Ui
