#include "homepage.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("HomePage"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("homeCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(
        QStringLiteral("#homeCard { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 12px; }"));

    auto *icon = new QLabel(card);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/shahrvand.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    icon->setMinimumSize(72, 72);

    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("homeTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_subtitle = new QLabel(card);
    QFont subtitleFont = font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.2);
    m_subtitle->setFont(subtitleFont);
    m_subtitle->setWordWrap(true);

    m_greeting = new QLabel(card);
    m_greeting->setObjectName(QStringLiteral("homeGreeting"));
    m_greeting->setWordWrap(true);

    m_today = new QLabel(card);
    m_today->setObjectName(QStringLiteral("homeToday"));
    QFont todayFont = font();
    todayFont.setPointSizeF(todayFont.pointSizeF() * 1.4);
    m_today->setFont(todayFont);
    m_today->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);

    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *words = new QVBoxLayout;
    words->setSpacing(4);
    words->addWidget(m_title);
    words->addWidget(m_subtitle);
    words->addWidget(m_greeting);

    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(words, 1);
    top->addWidget(m_today, 0, Qt::AlignTop);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 18, 24, 18);
    cardLayout->setSpacing(12);
    cardLayout->addLayout(top);
    cardLayout->addWidget(m_hint);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(card);

    retranslate();
}

void HomePage::setToday(const QString &formattedDate)
{
    m_today->setText(formattedDate);
}

void HomePage::setUserName(const QString &displayName)
{
    m_userName = displayName;
    retranslate();
}

void HomePage::retranslate()
{
    m_title->setText(tr("Shahrvand"));
    m_subtitle->setText(tr("Citizen relationship management"));
    m_greeting->setText(m_userName.isEmpty() ? QString() : tr("Welcome, %1.").arg(m_userName));
    m_greeting->setVisible(!m_userName.isEmpty());
    m_hint->setText(tr("Every request a citizen makes, by phone, in person or online, "
                       "becomes a case they can follow with its tracking code."));
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Shahrvand::Ui
