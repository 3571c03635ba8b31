#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Shahrvand::Knowledge {

// A piece of an article's plain text around the words a search matched, for a result
// list: at most `maxChars` characters, cut at word boundaries, "…" where it was cut, and
// the places of the matched words in it.
struct ArticleSnippet
{
    QString text;
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    QList<Range> highlights; // in text, in order, not overlapping
};

// `queryWords` are normalizeForSearch() words of the query; a word of the text matches
// when its search form equals one of them, or begins with the last one when
// `lastIsPrefix` (as the agent types). Words are compared one by one, so "کتاب‌ها" in
// the text matches "کتابها" and "کتاب‌ها" typed. The snippet starts near the first
// place with the most matched words; with no match, it is the text's beginning.
ArticleSnippet makeSnippet(const QString &plainText, const QStringList &queryWords,
                           bool lastIsPrefix, int maxChars = 200);

// The same ranges over a whole short text (a title).
QList<ArticleSnippet::Range> matchedWords(const QString &text, const QStringList &queryWords,
                                          bool lastIsPrefix);

} // namespace Shahrvand::Knowledge
