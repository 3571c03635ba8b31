#pragma once

#include "cacheerror.h"
#include "cachekey.h"
#include "expected.h"
#include "localcache.h"

#include <QString>

#include <memory>

class QWidget;

namespace Shahrvand::Ui {

// Opens this computer's copy for the signed-in user. Opening is instant but once after an
// update of the program: a new version may keep more of each row in the clear, and then the
// first opening fills those columns from every sealed row (a million cases: two minutes).
// So the copy is first opened on a thread of its own, which does that once, while a window
// says what is happening if it takes more than a moment; then it is opened again here, at
// once (a connection belongs to the thread that made it). The same answers as
// LocalCache::open (a wrong key, a damaged file).
Expected<std::unique_ptr<Cache::LocalCache>, Cache::CacheError>
openCacheShowingProgress(const QString &path, const Cache::CacheKey &key, QWidget *parent);

} // namespace Shahrvand::Ui
