#pragma once

#include "entitydef.h"
#include "expected.h"
#include "principal.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

namespace Shahrvand::EntityStore {

// Records, in scope_changes, every row a write brings into or takes out of someone's
// view, so that sync can follow rows across scopes (see migration 3). An audience is
// "unit:<id>", "user:<id>" or "public".
class ScopeTracker final
{
public:
    explicit ScopeTracker(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // `before` is empty for an insert, `after` empty for a delete. Runs in the write's
    // transaction, with the write's version.
    Expected<bool, QString> record(const Entities::EntityDef &entity, const QVariantMap &before,
                                   const QVariantMap &after, qint64 version);

    // The audiences a user belongs to, for matching scope changes on pull.
    static QStringList audiencesOf(const Access::Principal &viewer);

private:
    Expected<bool, QString> add(const QString &entity, qint64 rowId, const QString &audience,
                                bool enter, qint64 version);
    Expected<bool, QString> missionReach(qint64 missionId, qint64 caseIdOnly, qint64 userIdOnly,
                                         bool enter, qint64 version);
    Expected<bool, QString> delegatedReach(qint64 approverId, qint64 delegateId, bool enter,
                                           qint64 version);
    Expected<bool, QString> delegationChanged(const QVariantMap &before, const QVariantMap &after,
                                              qint64 version);

    QSqlDatabase m_db;
};

} // namespace Shahrvand::EntityStore
