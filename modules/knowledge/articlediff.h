#pragma once

#include <QList>
#include <QString>

namespace Shahrvand::Knowledge {

// What changed between two versions of an article's plain text, word by word (a word
// keeps the spaces and line ends after it), as the history screen shows it: kept words,
// removed words (struck out) and added words. Texts longer than `maxWords` words are
// compared line by line instead, so a long regulation still diffs at once.
struct DiffPart
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

QList<DiffPart> diffWords(const QString &before, const QString &after, int maxWords = 2000);

} // namespace Shahrvand::Knowledge
