#include "citizenspage.h"

namespace Shahrvand::Ui {

CitizensPage::CitizensPage(Cache::LocalCache &cache, QWidget *parent)
    : RowListPage(Section::Citizens, cache, QStringLiteral("citizens"),
                  {{QStringLiteral("first_name")},
                   {QStringLiteral("last_name")},
                   {QStringLiteral("father_name")},
                   {QStringLiteral("national_id")},
                   {QStringLiteral("birth_date")}},
                  parent)
{}

QString CitizensPage::emptyText() const
{
    return tr("No citizens in this computer's copy yet. They arrive with the next sync.");
}

} // namespace Shahrvand::Ui
