#include "cacheopening.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <optional>

namespace Shahrvand::Ui {

Expected<std::unique_ptr<Cache::LocalCache>, Cache::CacheError>
openCacheShowingProgress(const QString &path, const Cache::CacheKey &key, QWidget *parent)
{
    std::optional<Cache::CacheError> failure;
    QThread *opening = QThread::create([&path, &key, &failure] {
        auto opened = Cache::LocalCache::open(path, key);
        if (!opened)
            failure = opened.error();
    });
    QEventLoop loop;
    QObject::connect(opening, &QThread::finished, &loop, &QEventLoop::quit);
    QPointer<QProgressDialog> progress;
    QTimer patience;
    patience.setSingleShot(true);
    QObject::connect(&patience, &QTimer::timeout, &loop, [&progress, parent] {
        progress = new QProgressDialog(
            QCoreApplication::translate(
                "Shahrvand::Ui::CacheOpening",
                "Updating the copy of your work on this computer for the new version of "
                "Shahrvand. This happens once, and takes a few minutes for a large copy."),
            QString(), 0, 0, parent);
        progress->setObjectName(QStringLiteral("cacheUpgradeProgress"));
        progress->setWindowTitle(
            QCoreApplication::translate("Shahrvand::Ui::CacheOpening", "Shahrvand"));
        progress->setWindowModality(Qt::ApplicationModal);
        progress->setMinimumDuration(0);
        progress->show();
    });
    opening->start();
    patience.start(400);
    if (!opening->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    opening->wait();
    delete opening;
    patience.stop();
    delete progress.data();
    if (failure)
        return *failure;
    return Cache::LocalCache::open(path, key);
}

} // namespace Shahrvand::Ui
