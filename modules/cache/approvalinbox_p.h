#pragma once

// What the approvals inbox's two halves share: making the items (approvalinbox_build.cpp)
// and reading them (approvalinbox.cpp).

#include "approvalinbox.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Shahrvand::Cache::ApprovalIndexing {

inline const QString steps = QStringLiteral("approval_steps");

// Steps made again per transaction: the UI's edits wait for one at most.
constexpr int batchSteps = 2000;
// page() makes every marked step again when this few are marked; more are a pull's, left
// to the sync engine (the steps edited here are always made first).
constexpr int pageRefreshSteps = 2000;

// A stored time: milliseconds since the epoch, or ISO text; 0 when neither.
qint64 millisecondsOf(const QJsonValue &value);

// The subject types of the inbox and their entities.
QString entityOfSubject(const QString &subjectType); // empty for other types
// Whether a claim or a mission (its row as the user sees it) still waits for approval.
bool subjectWaits(const QString &subjectType, const QJsonObject &subject);
// The claim's title or the mission's purpose.
QString titleOf(const QString &subjectType, const QJsonObject &subject);

inline QByteArray itemAddress(qint64 stepId)
{
    return "approval_items:" + QByteArray::number(stepId);
}

// All: every marked step, batch after batch. EditedHere: one batch of the steps edited on
// this computer, and of the rest only when few are marked.
enum class Scope { All, EditedHere };
Expected<int, CacheError> refreshItems(LocalCache &cache, const RowCipher &cipher, Scope scope,
                                       const std::atomic<bool> *cancel);

} // namespace Shahrvand::Cache::ApprovalIndexing
