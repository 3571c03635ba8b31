#include "savedqueue.h"

#include "localcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Shahrvand::Ui {

namespace {

const QString metaKey = QStringLiteral("saved_queues");

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

// Conditions of a saved queue meet the base view's: a status the view leaves out stays out.
QStringList narrowed(const QStringList &base, const QStringList &chosen)
{
    if (base.isEmpty())
        return chosen;
    QStringList both;
    for (const QString &value : chosen) {
        if (base.contains(value))
            both << value;
    }
    return both.isEmpty() ? QStringList{QStringLiteral("-")} : both; // "-": matches nothing
}

} // namespace

Cache::CaseQueueFilter SavedQueue::apply(Cache::CaseQueueFilter filter) const
{
    if (!statuses.isEmpty())
        filter.statuses = narrowed(filter.statuses, statuses);
    if (!priorities.isEmpty())
        filter.priorities = priorities;
    if (!channels.isEmpty())
        filter.channels = narrowed(filter.channels, channels);
    if (!serviceIds.isEmpty())
        filter.serviceIds = serviceIds;
    filter.onlyTeamIds = teamIds;
    filter.onlyOwnerIds = ownerIds;
    return filter;
}

QList<SavedQueue> SavedQueue::load(const Cache::LocalCache &cache)
{
    QList<SavedQueue> queues;
    const QJsonArray array = QJsonDocument::fromJson(cache.meta(metaKey).toUtf8()).array();
    const QList<Cache::CaseQueueView> views = Cache::CaseQueue::views();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        SavedQueue queue;
        queue.name = object.value(u"name").toString().trimmed();
        const int base = object.value(u"base").toInt(int(Cache::CaseQueueView::All));
        queue.base = views.contains(Cache::CaseQueueView(base)) ? Cache::CaseQueueView(base)
                                                                : Cache::CaseQueueView::All;
        queue.statuses = stringsOf(object.value(u"statuses"));
        queue.priorities = stringsOf(object.value(u"priorities"));
        queue.channels = stringsOf(object.value(u"channels"));
        for (const QJsonValue &id : object.value(u"services").toArray())
            queue.serviceIds << id.toInteger();
        for (const QJsonValue &id : object.value(u"teams").toArray())
            queue.teamIds << id.toInteger();
        for (const QJsonValue &id : object.value(u"owners").toArray())
            queue.ownerIds << id.toInteger();
        if (!queue.name.isEmpty())
            queues << queue;
    }
    return queues;
}

QString SavedQueue::store(Cache::LocalCache &cache, const QList<SavedQueue> &queues)
{
    QJsonArray array;
    for (const SavedQueue &queue : queues) {
        const auto numbers = [](const QList<qint64> &ids) {
            QJsonArray array;
            for (const qint64 id : ids)
                array.append(id);
            return array;
        };
        const QJsonArray services = numbers(queue.serviceIds);
        array.append(QJsonObject{{QStringLiteral("name"), queue.name},
                                 {QStringLiteral("base"), int(queue.base)},
                                 {QStringLiteral("statuses"), strings(queue.statuses)},
                                 {QStringLiteral("priorities"), strings(queue.priorities)},
                                 {QStringLiteral("channels"), strings(queue.channels)},
                                 {QStringLiteral("services"), services},
                                 {QStringLiteral("teams"), numbers(queue.teamIds)},
                                 {QStringLiteral("owners"), numbers(queue.ownerIds)}});
    }
    const auto stored = cache.setMeta(
        metaKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    return stored ? QString() : stored.error().message();
}

} // namespace Shahrvand::Ui
