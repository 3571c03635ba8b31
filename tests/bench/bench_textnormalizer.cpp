// Throughput of normalizeForSearch on the two shapes of input it meets: whole documents
// being indexed and the short titles, names and addresses that make up most records.
//
//   bench_textnormalizer           ~10 MB text and 200,000 titles, best of 5 runs
//   bench_textnormalizer --quick   a tiny run, for CTest to check the benchmark still works
//
// Prints the figures; exits with 1 if a result is not what normalization guarantees, so the
// quick run is a real smoke test.

#include "textnormalizer.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <limits>
#include <utility>

using Shahrvand::normalizeForSearch;

namespace {

// Words as they arrive from real forms: Arabic keyboard letters, ZWNJ or a space in
// compound words, diacritics, three digit systems, bidi marks from copy-paste, English.
QStringList vocabulary()
{
    return {
        QStringLiteral("درخواست‌های"),
        QStringLiteral("درخواست ها"),
        QStringLiteral("شهروندان"),
        QStringLiteral("می‌خواهم"),
        QStringLiteral("می خواهم"),
        QStringLiteral("پیگیری"),
        QStringLiteral("كد"),
        QStringLiteral("ملي"),
        QStringLiteral("شهرداری"),
        QStringLiteral("منطقهٔ"),
        QStringLiteral("مُحَمَّد"),
        QStringLiteral("خیابان"),
        QStringLiteral("آزادی"),
        QStringLiteral("بزرگ‌تر"),
        QStringLiteral("۰۹۱۲۳۴۵۶۷۸۹"),
        QStringLiteral("٠٩١٢"),
        QStringLiteral("1403"),
        QStringLiteral("\u200Fتهران\u200F"),
        QStringLiteral("،"),
        QStringLiteral("؟"),
        QStringLiteral("Request"),
        QStringLiteral("District"),
        QStringLiteral("permit"),
        QStringLiteral("SLA"),
        QStringLiteral("شکایت"),
        QStringLiteral("پسماند"),
        QStringLiteral("روشنایی"),
        QStringLiteral("معابر"),
        QStringLiteral("ﻛﺪ"),
        QStringLiteral("نمی شود"),
    };
}

QString randomWords(QRandomGenerator &random, const QStringList &words, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += random.bounded(8) == 0 ? QStringLiteral("\u00A0") : QStringLiteral(" ");
        text += words.at(random.bounded(int(words.size())));
    }
    return text;
}

QString largeText(QRandomGenerator &random, const QStringList &words, qsizetype utf8Bytes)
{
    QString text;
    text.reserve(utf8Bytes);
    qsizetype bytes = 0;
    while (bytes < utf8Bytes) {
        const QString line = randomWords(random, words, 12) + QLatin1Char('\n');
        bytes += line.toUtf8().size();
        text += line;
    }
    return text;
}

using Clock = std::chrono::steady_clock;

// Best of `runs`, in seconds: the least disturbed run on a shared machine.
template<typename Work> double bestSeconds(int runs, Work work)
{
    double best = std::numeric_limits<double>::max();
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        work();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return best;
}

bool isFixedPoint(const QString &normalized)
{
    return normalizeForSearch(normalized) == normalized;
}

} // namespace

int main(int argc, char **argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const qsizetype largeBytes = quick ? 64 * 1024 : 10 * 1024 * 1024;
    const int titleCount = quick ? 2000 : 200000;
    const int runs = quick ? 1 : 5;

    QRandomGenerator random(1403); // fixed, so runs compare like with like
    const QStringList words = vocabulary();
    const QString text = largeText(random, words, largeBytes);
    const QByteArray utf8 = text.toUtf8();
    QStringList titles;
    titles.reserve(titleCount);
    for (int i = 0; i < titleCount; ++i)
        titles << randomWords(random, words, 2 + random.bounded(6));
    qsizetype titleCharacters = 0;
    for (const QString &title : titles)
        titleCharacters += title.size();

    std::printf("normalizeForSearch benchmark%s, best of %d\n", quick ? " (quick)" : "", runs);

    QString normalizedText;
    const double megabytes = double(utf8.size()) / (1024.0 * 1024.0);
    const double textSeconds =
        bestSeconds(runs, [&] { normalizedText = normalizeForSearch(text); });
    std::printf("  large text, QStringView:   %7.2f MB (UTF-8 size) in %8.2f ms = %8.1f MB/s\n",
                megabytes, textSeconds * 1e3, megabytes / textSeconds);

    QString normalizedUtf8;
    const double utf8Seconds =
        bestSeconds(runs, [&] { normalizedUtf8 = normalizeForSearch(utf8); });
    std::printf("  large text, UTF-8 bytes:   %7.2f MB              in %8.2f ms = %8.1f MB/s\n",
                megabytes, utf8Seconds * 1e3, megabytes / utf8Seconds);

    QList<QString> normalizedTitles(titles.size());
    const double titleSeconds = bestSeconds(runs, [&] {
        for (qsizetype i = 0; i < titles.size(); ++i)
            normalizedTitles[i] = normalizeForSearch(titles.at(i));
    });
    std::printf("  short titles: %d strings, %.1f characters on average\n", titleCount,
                double(titleCharacters) / titleCount);
    std::printf("    %.2f ms = %.2f million strings/s = %.0f ns per string\n", titleSeconds * 1e3,
                titleCount / titleSeconds / 1e6, titleSeconds * 1e9 / titleCount);

    // What every run must give, fast or slow.
    bool ok = !normalizedText.isEmpty() && normalizedText == normalizedUtf8 &&
              isFixedPoint(normalizedText);
    for (const QString &title : std::as_const(normalizedTitles))
        ok = ok && !title.isEmpty() && isFixedPoint(title);
    if (!ok) {
        std::fprintf(stderr, "normalizeForSearch gave an inconsistent result\n");
        return 1;
    }
    return 0;
}
