#pragma once

#include "articlewriterules.h"
#include "expected.h"
#include "rowwriter.h"

#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace Shahrvand::EntityStore {

// What a write brings along for the knowledge base, in the write's transaction and
// through its batch: an article's version row (KnowledgeRules::ArticleWritePlan), the
// resolved-case counts of the articles a case_articles row names before and after, and
// for a case just resolved with an article, the link saying that article resolved it.
struct KnowledgeFollowUp
{
    QString entity;
    qint64 rowId = 0;
    QVariantMap before; // the row before the write; empty on create
    QVariantMap after;  // the row after the write; empty on delete
    std::optional<KnowledgeRules::ArticleWritePlan> articlePlan;
    bool caseResolved = false;
};

Expected<bool, Records::WriteError>
writeKnowledgeFollowUp(QSqlDatabase &db, Storage::Backend backend, Records::WriteBatch *batch,
                       const KnowledgeFollowUp &followUp, const Records::WriteContext &context);

} // namespace Shahrvand::EntityStore
