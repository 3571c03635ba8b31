#pragma once

#include "localcache.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <functional>
#include <utility>

// Shared by the workstation benchmarks that build a large cache without a server.
namespace Shahrvand::Bench {

// Generated rows of `entity` (ids 1..count, made by `makeRow`) applied through the
// cache's own pull path in pages of 10,000, as a first sync leaves them. `cursor` is
// carried from page to page (and from entity to entity). False, with a line on stderr,
// when a page is refused.
bool applyGeneratedRows(Cache::LocalCache &cache, const QString &entity, qint64 count,
                        const std::function<QJsonObject(qint64 id)> &makeRow, qint64 &cursor);

// This process's resident and peak resident memory in MB (Linux); -1 when unknown.
std::pair<double, double> residentMemoryMb();

} // namespace Shahrvand::Bench
