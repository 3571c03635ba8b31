#include "knowledgeserverfixture.h"

#include "articlesearchroutes.h"

#include <QTest>
#include <QUrlQuery>

namespace Shahrvand::Testing {

void KnowledgeServerFixture::setUp()
{
    setUpWorld();
    m_approver = addStaff(QStringLiteral("approver"), Access::Role::KnowledgeApprover, w->services);
    startServer([this](Server::ApiServer &server) {
        Api::registerArticleSearchRoutes(server, w->database());
    });
}

QJsonObject KnowledgeServerFixture::create(const Access::Principal &actor, const QJsonObject &input)
{
    QJsonObject row = input;
    if (!row.contains(u"article_type"))
        row.insert(QStringLiteral("article_type"), QStringLiteral("article"));
    const auto created = m_store->create(actor, entity("knowledge_articles"), row, u"test"_qs);
    if (!created) {
        qWarning() << "create refused:" << int(created.error().kind) << created.error().refusalCode
                   << created.error().detail;
        return {};
    }
    return *created;
}

Expected<QJsonObject, EntityStore::StoreError>
KnowledgeServerFixture::update(const Access::Principal &actor, qint64 id, const QJsonObject &input)
{
    return m_store->update(actor, entity("knowledge_articles"), id, input, std::nullopt,
                           u"test"_qs);
}

qint64 KnowledgeServerFixture::publish(const QString &title, const QString &body,
                                       const QString &keywords)
{
    const QJsonObject created = create(w->author, {{QStringLiteral("title"), title},
                                                   {QStringLiteral("body"), body},
                                                   {QStringLiteral("keywords"), keywords}});
    const qint64 id = created.value(u"id").toInteger();
    for (const auto &[who, status] :
         {std::pair{&w->author, u"in_review"_qs}, std::pair{&m_approver, u"approved"_qs},
          std::pair{&m_approver, u"published"_qs}}) {
        const auto moved = update(*who, id, {{QStringLiteral("status"), status}});
        if (!moved) {
            qWarning() << "publishing refused at" << status << moved.error().refusalCode;
            return 0;
        }
    }
    return id;
}

Reply KnowledgeServerFixture::search(const QString &user, const QMap<QString, QString> &params)
{
    QUrlQuery query;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    QUrl address = url(QStringLiteral("/api/v1/articles/search"));
    address.setQuery(query);
    return exchange(QNetworkRequest(address), "GET", user);
}

} // namespace Shahrvand::Testing
