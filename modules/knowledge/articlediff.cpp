#include "articlediff.h"

#include <vector>

namespace Shahrvand::Knowledge {

namespace {

// Words with the white space that follows them, so joining the pieces gives the text back.
QStringList splitWords(const QString &text)
{
    QStringList words;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        words.append(text.mid(start, i - start));
        start = i;
    }
    return words;
}

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

// Compared without the trailing space: a word that moved to the end of a line is kept.
QString key(const QString &piece)
{
    qsizetype end = piece.size();
    while (end > 0 && piece.at(end - 1).isSpace())
        --end;
    return piece.left(end);
}

void append(QList<DiffPart> &parts, DiffPart::Kind kind, const QString &text)
{
    if (!parts.isEmpty() && parts.last().kind == kind)
        parts.last().text += text;
    else
        parts.append({kind, text});
}

} // namespace

QList<DiffPart> diffWords(const QString &before, const QString &after, int maxWords)
{
    QStringList a = splitWords(before);
    QStringList b = splitWords(after);
    if (a.size() > maxWords || b.size() > maxWords) {
        a = splitLines(before);
        b = splitLines(after);
    }
    // The common beginning and end need no table.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && key(a.at(head)) == key(b.at(head)))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           key(a.at(a.size() - 1 - tail)) == key(b.at(b.size() - 1 - tail)))
        ++tail;
    QList<DiffPart> parts;
    for (qsizetype i = 0; i < head; ++i)
        append(parts, DiffPart::Kind::Same, b.at(i));

    // Longest common subsequence of the middles.
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = key(a.at(head + i)) == key(b.at(head + j))
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && key(a.at(head + i)) == key(b.at(head + j))) {
            append(parts, DiffPart::Kind::Same, b.at(head + j));
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            append(parts, DiffPart::Kind::Added, b.at(head + j));
            ++j;
        } else {
            append(parts, DiffPart::Kind::Removed, a.at(head + i));
            ++i;
        }
    }
    for (qsizetype k = b.size() - tail; k < b.size(); ++k)
        append(parts, DiffPart::Kind::Same, b.at(k));
    return parts;
}

} // namespace Shahrvand::Knowledge
