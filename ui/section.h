#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Shahrvand::Ui {

// The work areas the navigation bar leads to, in the order of the bar and of the
// shortcuts Ctrl+1 to Ctrl+6.
enum class Section {
    Cases,
    Citizens,
    Knowledge,
    Missions,
    Approvals,
    Dashboards,
};

const QList<Section> &allSections();

// The stable name kept in settings: "cases", "citizens", ...
QString sectionCode(Section section);
std::optional<Section> sectionFromCode(QStringView code);

struct SectionText
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::Section)
};

// The section's name for people, in the current interface language.
QString sectionName(Section section);
// What the section's page shows, in one sentence.
QString sectionDescription(Section section);

} // namespace Shahrvand::Ui
