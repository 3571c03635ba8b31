#pragma once

#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <tuple>

namespace Shahrvand::Testing {

// The fields of an approval step's decision, and of a status change.
inline QJsonObject decision(const char *what, const QString &reason = {})
{
    QJsonObject fields{{QStringLiteral("decision"), QString::fromLatin1(what)}};
    if (!reason.isNull())
        fields.insert(QStringLiteral("reason"), reason);
    return fields;
}

inline QJsonObject status(const char *to)
{
    return {{QStringLiteral("status"), QString::fromLatin1(to)}};
}

// Missions and expenses on the server: TestWorld's municipality with an administrator
// (over the whole city), approval rules (missions: the supervisor, finance as well for
// budgeted ones; claims: the supervisor, finance as well from 10,000,000 rials) and an
// expense policy; the entity store, and the real server on loopback with sign-in,
// entities and sync (passwords: "Shahrvand-1405").
class MissionServerFixture : protected ServerFixture
{
protected:
    void setUp();
    void tearDown() { ServerFixture::tearDown(); }

    using Result = Expected<QJsonObject, EntityStore::StoreError>;
    Result create(const Access::Principal &actor, const char *entityName, const QJsonObject &input);
    Result update(const Access::Principal &actor, const char *entityName, qint64 id,
                  const QJsonObject &input);
    Result remove(const Access::Principal &actor, const char *entityName, qint64 id);
    // "ok", the refusal's reason code, "invalid:<field code>", or "kind <n>".
    static QString outcome(const Result &result);

    // A claim of the officer's in team A with these lines (type, amount, receipt), left
    // as a draft; its id.
    qint64 draftClaim(const QList<std::tuple<const char *, qint64, const char *>> &lines);
    // The same, submitted.
    qint64 submittedClaim(const QList<std::tuple<const char *, qint64, const char *>> &lines);
    // The live approval steps of a subject, ordered by chain, step and id.
    QList<QJsonObject> steps(const char *subjectType, qint64 subjectId);
    QJsonObject row(const char *entityName, qint64 id);
    Reply push(const QString &user, const QJsonArray &mutations);

    Access::Principal m_admin;
};

} // namespace Shahrvand::Testing
