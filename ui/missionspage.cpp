#include "missionspage.h"

namespace Shahrvand::Ui {

MissionsPage::MissionsPage(Cache::LocalCache &cache, QWidget *parent)
    : RowListPage(Section::Missions, cache, QStringLiteral("missions"),
                  {{QStringLiteral("order_number")},
                   {QStringLiteral("status")},
                   {QStringLiteral("planned_start")},
                   {QStringLiteral("destination_name")},
                   {QStringLiteral("purpose")}},
                  parent)
{}

QString MissionsPage::emptyText() const
{
    return tr("No missions in this computer's copy yet. They arrive with the next sync.");
}

} // namespace Shahrvand::Ui
