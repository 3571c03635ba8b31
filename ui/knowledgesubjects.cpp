#include "knowledgesubjects.h"

#include "casecatalog.h"
#include "localcache.h"

#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

namespace Shahrvand::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::KnowledgeSubjects)
};

} // namespace

KnowledgeSubjects::KnowledgeSubjects(Cache::LocalCache &cache)
    : m_cache(cache)
{
    reload();
}

void KnowledgeSubjects::reload()
{
    m_rows.clear();
    m_children.clear();
    std::optional<qint64> after;
    for (;;) {
        const auto page = m_cache.rows(QStringLiteral("knowledge_subjects"), 500, after);
        if (!page || page->isEmpty())
            break;
        for (const QJsonObject &row : *page)
            m_rows.insert(row.value(u"id").toInteger(), row);
        after = page->last().value(u"id").toInteger();
        if (page->size() < 500)
            break;
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        qint64 parent = it->value(u"parent_id").toInteger();
        if (!m_rows.contains(parent))
            parent = 0;
        m_children[parent].append(it.key());
    }
    const QCollator collator(QLocale().collation());
    for (QList<qint64> &children : m_children) {
        std::sort(children.begin(), children.end(),
                  [&](qint64 a, qint64 b) { return collator.compare(name(a), name(b)) < 0; });
    }
}

QString KnowledgeSubjects::name(qint64 id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? QString() : CaseCatalog::nameOf(*it);
}

QString KnowledgeSubjects::path(qint64 id) const
{
    QStringList names;
    QSet<qint64> seen; // a loop in the rows must not hang the screen
    for (qint64 at = id; m_rows.contains(at) && !seen.contains(at);
         at = m_rows.value(at).value(u"parent_id").toInteger()) {
        seen.insert(at);
        names.prepend(name(at));
    }
    return names.join(QStringLiteral(" › "));
}

QList<qint64> KnowledgeSubjects::withDescendants(qint64 id) const
{
    QList<qint64> ids{id};
    addChildren(id, 0, [&](qint64 child, int) { ids.append(child); });
    return ids;
}

void KnowledgeSubjects::addChildren(qint64 parent, int depth,
                                    const std::function<void(qint64, int)> &visit) const
{
    if (depth > 32)
        return;
    for (qint64 child : m_children.value(parent)) {
        visit(child, depth);
        addChildren(child, depth + 1, visit);
    }
}

void KnowledgeSubjects::fillTree(QTreeWidget *tree) const
{
    tree->clear();
    auto *all = new QTreeWidgetItem(tree, {Tr::tr("All subjects")});
    all->setData(0, Qt::UserRole, qint64(0));
    QHash<qint64, QTreeWidgetItem *> items;
    addChildren(0, 0, [&](qint64 id, int) {
        const qint64 parent = m_rows.value(id).value(u"parent_id").toInteger();
        QTreeWidgetItem *under = items.value(parent, all);
        auto *item = new QTreeWidgetItem(under, {name(id)});
        item->setData(0, Qt::UserRole, id);
        items.insert(id, item);
    });
    tree->expandToDepth(0);
}

void KnowledgeSubjects::fillCombo(QComboBox *combo) const
{
    combo->clear();
    combo->addItem(Tr::tr("No subject"));
    addChildren(0, 0, [&](qint64 id, int depth) {
        combo->addItem(QString(depth * 3, u' ') + name(id), id);
    });
}

} // namespace Shahrvand::Ui
