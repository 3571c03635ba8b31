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
    icon->setPixmap(QIcon(QStringLiteral(":/icons/shahrvand.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    icon->setMinimumSize(96, 96);

    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("homeTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);

    m_subtitle = new QLabel(card);
    QFont subtitleFont = font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.3);
    m_subtitle->setFont(subtitleFont);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);

    m_today = new QLabel(card);
    m_today->setObjectName(QStringLiteral("homeToday"));
    QFont todayFont = font();
    todayFont.setPointSizeF(todayFont.pointSizeF() * 1.6);
    m_today->setFont(todayFont);
    m_today->setAlignment(Qt::AlignCenter);

    m_hint = new QLabel(card);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(48, 36, 48, 36);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_subtitle);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(m_today);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(m_hint);

    // Centred with stretches rather than an alignment flag: an aligned widget is sized
    // by its size hint, which clips word-wrapped labels; this way it gets its
    // height-for-width.
    card->setMinimumWidth(520);
    card->setMaximumWidth(680);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    retranslate();
}

void HomePage::setToday(const QString &formattedDate)
{
    m_today->setText(formattedDate);
}

void HomePage::retranslate()
{
    m_title->setText(tr("Shahrvand"));
    m_subtitle->setText(tr("Citizen relationship management"));
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
