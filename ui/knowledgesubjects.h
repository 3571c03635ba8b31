#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QComboBox;
class QTreeWidget;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// The knowledge base's subject tree, read from the cache once per screen (an organisation
// has tens or hundreds of subjects): names in the interface's language, paths, and the
// subjects under a subject.
class KnowledgeSubjects final
{
public:
    explicit KnowledgeSubjects(Cache::LocalCache &cache);
    void reload();

    bool isEmpty() const { return m_rows.isEmpty(); }
    QString name(qint64 id) const;
    // "Water › Bills": the names from the top down.
    QString path(qint64 id) const;
    // The subject and every subject under it.
    QList<qint64> withDescendants(qint64 id) const;
    // The subjects as a tree (item data: Qt::UserRole = id), under an "All subjects" item
    // whose id is 0.
    void fillTree(QTreeWidget *tree) const;
    // "No subject" (no data) then every subject, indented by depth.
    void fillCombo(QComboBox *combo) const;

private:
    void addChildren(qint64 parent, int depth, const std::function<void(qint64, int)> &visit) const;

    Cache::LocalCache &m_cache;
    QHash<qint64, QJsonObject> m_rows;
    QHash<qint64, QList<qint64>> m_children; // 0: the top
};

} // namespace Shahrvand::Ui
