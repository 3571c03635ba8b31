#include "navigationbar.h"

#include "shellicons.h"

#include <QEvent>

namespace Shahrvand::Ui {

namespace {

ShellIcon iconOf(Section section)
{
    switch (section) {
    case Section::Cases:
        return ShellIcon::Cases;
    case Section::Citizens:
        return ShellIcon::Citizens;
    case Section::Knowledge:
        return ShellIcon::Knowledge;
    case Section::Missions:
        return ShellIcon::Missions;
    case Section::Approvals:
        return ShellIcon::Approvals;
    case Section::Dashboards:
        return ShellIcon::Dashboards;
    }
    Q_UNREACHABLE();
}

} // namespace

NavigationBar::NavigationBar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setIconSize(QSize(24, 24));
    setSpacing(2);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setSelectionMode(QAbstractItemView::SingleSelection);
    QFont itemFont = font();
    itemFont.setPointSizeF(itemFont.pointSizeF() * 1.1);
    setFont(itemFont);

    for (Section section : allSections()) {
        auto *item = new QListWidgetItem(shellIcon(iconOf(section)), QString(), this);
        item->setData(Qt::UserRole, int(section));
        item->setSizeHint(QSize(0, 40));
    }
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit sectionChosen(allSections().at(row));
    });
    retranslate();
}

Section NavigationBar::currentSection() const
{
    const int row = currentRow();
    return row >= 0 ? allSections().at(row) : Section::Cases;
}

void NavigationBar::setCurrentSection(Section section)
{
    setCurrentRow(int(allSections().indexOf(section)));
}

QSize NavigationBar::sizeHint() const
{
    int width = 0;
    const QFontMetrics metrics(font());
    for (int row = 0; row < count(); ++row)
        width = qMax(width, metrics.horizontalAdvance(item(row)->text()));
    return QSize(width + iconSize().width() + 48, QListWidget::sizeHint().height());
}

void NavigationBar::retranslate()
{
    for (int row = 0; row < count(); ++row) {
        const Section section = allSections().at(row);
        item(row)->setText(sectionName(section));
        item(row)->setToolTip(sectionDescription(section));
    }
    updateGeometry();
}

void NavigationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

} // namespace Shahrvand::Ui
