#include "benchcache.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace Shahrvand::Bench {

bool applyGeneratedRows(Cache::LocalCache &cache, const QString &entity, qint64 count,
                        const std::function<QJsonObject(qint64 id)> &makeRow, qint64 &cursor)
{
    for (qint64 first = 1; first <= count; first += 10'000) {
        QJsonArray changes;
        for (qint64 id = first; id < first + 10'000 && id <= count; ++id)
            changes.append(QJsonObject{{QStringLiteral("entity"), entity},
                                       {QStringLiteral("row"), makeRow(id)}});
        cursor += changes.size();
        const QJsonObject page{{QStringLiteral("changes"), changes},
                               {QStringLiteral("drops"), QJsonArray()},
                               {QStringLiteral("cursor"), cursor},
                               {QStringLiteral("more"), true}};
        if (const auto applied = cache.applyPullPage(page); !applied) {
            std::fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error().detail));
            return false;
        }
    }
    return true;
}

std::pair<double, double> residentMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {-1, -1};
    double rss = -1;
    double peak = -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto mb = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble() /
                   1024.0;
        };
        if (line.startsWith("VmRSS:"))
            rss = mb();
        else if (line.startsWith("VmHWM:"))
            peak = mb();
    }
    return {rss, peak};
}

} // namespace Shahrvand::Bench
