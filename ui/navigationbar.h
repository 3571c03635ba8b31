#pragma once

#include "section.h"

#include <QListWidget>

namespace Shahrvand::Ui {

// The side bar that leads to the sections: an icon and a name each, reached with the
// keyboard (Tab to it, then the arrow keys) as well as the mouse.
class NavigationBar final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    Section currentSection() const;
    void setCurrentSection(Section section);

    QSize sizeHint() const override;

signals:
    void sectionChosen(Shahrvand::Ui::Section section);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace Shahrvand::Ui
