#include "textsimilarity.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Shahrvand {

namespace {

// Words are runs of letters and digits: punctuation ("تهران،" beside "تهران") separates.
QSet<QString> trigramsOf(QStringView text)
{
    QSet<QString> grams;
    QString padded(1, QLatin1Char(' '));
    const auto endWord = [&] {
        if (padded.size() > 1) {
            padded += QLatin1Char(' ');
            for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
                grams.insert(padded.mid(i, 3));
        }
        padded.resize(1);
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            padded += c;
        else
            endWord();
    }
    endWord();
    return grams;
}

QString sortedWords(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.sort();
    return words.join(QLatin1Char(' '));
}

} // namespace

double trigramSimilarity(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
    const QSet<QString> left = trigramsOf(a);
    const QSet<QString> right = trigramsOf(b);
    qsizetype shared = 0;
    for (const QString &gram : left)
        shared += right.contains(gram) ? 1 : 0;
    const qsizetype all = left.size() + right.size() - shared;
    return all == 0 ? 1.0 : double(shared) / double(all);
}

double editSimilarity(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    // One row of the table at a time.
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return 1.0 - double(row[b.size()]) / double(longer);
}

double nameSimilarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const QString sortedA = sortedWords(a);
    const QString sortedB = sortedWords(b);
    return std::max(
        {trigramSimilarity(a, b), editSimilarity(a, b), editSimilarity(sortedA, sortedB)});
}

} // namespace Shahrvand
