#include "casespage.h"

namespace Shahrvand::Ui {

CasesPage::CasesPage(Cache::LocalCache &cache, QWidget *parent)
    : RowListPage(Section::Cases, cache, QStringLiteral("cases"),
                  {{QStringLiteral("tracking_code")},
                   {QStringLiteral("status")},
                   {QStringLiteral("priority")},
                   {QStringLiteral("created_at"), [] { return tr("Opened"); }},
                   {QStringLiteral("subject")}},
                  parent)
{}

QString CasesPage::emptyText() const
{
    return tr("No cases in this computer's copy yet. They arrive with the next sync.");
}

} // namespace Shahrvand::Ui
