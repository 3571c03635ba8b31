#pragma once

// Making a cache file of an earlier version out of a fresh one, for the upgrade tests.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace Shahrvand::Testing {

// Drops what cache versions 4 and 5 added, the knowledge index (its tables and triggers):
// a file of version 3 or earlier has none of it.
inline bool dropKnowledgeIndex(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kb_%'")))
        return false;
    QStringList triggers;
    while (query.next())
        triggers.append(query.value(0).toString());
    for (const QString &trigger : std::as_const(triggers)) {
        if (!query.exec(QStringLiteral("DROP TRIGGER ") + trigger))
            return false;
    }
    for (const char *table :
         {"kb_fts", "kb_heads", "kb_articles", "kb_article_services", "kb_dirty"}) {
        if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS ") + QString::fromLatin1(table)))
            return false;
    }
    return true;
}

} // namespace Shahrvand::Testing
