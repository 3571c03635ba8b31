#pragma once

#include "serverfixture.h"

#include <QJsonObject>
#include <QMap>

namespace Shahrvand::Testing {

inline QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The knowledge base on the server, for the suites that test it: TestWorld's
// municipality with a knowledge approver added, the entity store, and the real server on
// loopback with sign-in, entities, sync and article search (passwords: "Shahrvand-1405").
class KnowledgeServerFixture : protected ServerFixture
{
protected:
    void setUp();
    void tearDown() { ServerFixture::tearDown(); }

    // The article's way to the agents' screens through the store, as its author and an
    // approver take it; returns its id.
    qint64 publish(const QString &title, const QString &body, const QString &keywords = {});
    QJsonObject create(const Access::Principal &actor, const QJsonObject &input);
    Expected<QJsonObject, EntityStore::StoreError> update(const Access::Principal &actor, qint64 id,
                                                          const QJsonObject &input);
    Reply search(const QString &user, const QMap<QString, QString> &params);

    Access::Principal m_approver;
};

} // namespace Shahrvand::Testing
