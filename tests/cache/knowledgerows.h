#pragma once

// Article rows and pull pages for the knowledge index's tests, as the server sends them.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Shahrvand::Testing {

inline QJsonObject article(qint64 id, const QString &title, const QString &body,
                           const QJsonObject &more = {})
{
    QJsonObject row{{QStringLiteral("id"), id},
                    {QStringLiteral("version"), id},
                    {QStringLiteral("deleted"), false},
                    {QStringLiteral("article_type"), QStringLiteral("faq")},
                    {QStringLiteral("language"), QStringLiteral("fa")},
                    {QStringLiteral("status"), QStringLiteral("published")},
                    {QStringLiteral("visibility"), QStringLiteral("internal")},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("body"), body},
                    {QStringLiteral("resolved_case_count"), 0}};
    for (auto it = more.begin(); it != more.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

inline QJsonObject change(const QString &entity, const QJsonObject &row)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("row"), row}};
}

inline QJsonObject page(const QJsonArray &changes, qint64 cursor)
{
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("drops"), QJsonArray()},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("more"), false}};
}

} // namespace Shahrvand::Testing
