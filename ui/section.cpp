#include "section.h"

namespace Shahrvand::Ui {

const QList<Section> &allSections()
{
    static const QList<Section> sections{Section::Cases,     Section::Citizens,
                                         Section::Knowledge, Section::Missions,
                                         Section::Approvals, Section::Dashboards};
    return sections;
}

QString sectionCode(Section section)
{
    switch (section) {
    case Section::Cases:
        return QStringLiteral("cases");
    case Section::Citizens:
        return QStringLiteral("citizens");
    case Section::Knowledge:
        return QStringLiteral("knowledge");
    case Section::Missions:
        return QStringLiteral("missions");
    case Section::Approvals:
        return QStringLiteral("approvals");
    case Section::Dashboards:
        return QStringLiteral("dashboards");
    }
    Q_UNREACHABLE();
}

std::optional<Section> sectionFromCode(QStringView code)
{
    for (Section section : allSections()) {
        if (sectionCode(section) == code)
            return section;
    }
    return std::nullopt;
}

QString sectionName(Section section)
{
    switch (section) {
    case Section::Cases:
        return SectionText::tr("Cases");
    case Section::Citizens:
        return SectionText::tr("Citizens");
    case Section::Knowledge:
        return SectionText::tr("Knowledge");
    case Section::Missions:
        return SectionText::tr("Missions");
    case Section::Approvals:
        return SectionText::tr("Approvals");
    case Section::Dashboards:
        return SectionText::tr("Dashboards");
    }
    Q_UNREACHABLE();
}

QString sectionDescription(Section section)
{
    switch (section) {
    case Section::Cases:
        return SectionText::tr("The cases of your teams and the cases you own, as last synced.");
    case Section::Citizens:
        return SectionText::tr("The citizens you may see, as last synced.");
    case Section::Knowledge:
        return SectionText::tr("Knowledge articles: answers, instructions and regulations.");
    case Section::Missions:
        return SectionText::tr("Missions of your units and the missions you are assigned to.");
    case Section::Approvals:
        return SectionText::tr("Approval steps waiting for your decision.");
    case Section::Dashboards:
        return SectionText::tr("What your offline copy holds, at a glance.");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand::Ui
