#include "knowledgepage.h"

namespace Shahrvand::Ui {

KnowledgePage::KnowledgePage(Cache::LocalCache &cache, QWidget *parent)
    : RowListPage(Section::Knowledge, cache, QStringLiteral("knowledge_articles"),
                  {{QStringLiteral("article_type")},
                   {QStringLiteral("status")},
                   {QStringLiteral("updated_at")},
                   {QStringLiteral("title")}},
                  parent)
{}

QString KnowledgePage::emptyText() const
{
    return tr("No knowledge articles in this computer's copy yet. They arrive with the next "
              "sync.");
}

} // namespace Shahrvand::Ui
