#pragma once

#include <QString>
#include <QStringView>

namespace Shahrvand::Knowledge {

// The HTML an article body may hold, whatever wrote it (the workstation's editor, an
// import, a hand-made API call): the result of sanitizeArticleHtml is what is stored and
// what every screen shows.
//
// Kept: p, br, h2, h3, h4, ul, ol, li, b/strong, i/em, u, blockquote, pre, code, table,
// thead, tbody, tr, th, td, hr, and a with an http, https or mailto href; the dir
// attribute (rtl, ltr, auto) on block elements; Qt's QTextDocument::toHtml() output is
// understood: its styled spans become b, i and u, its paragraphs keep their direction.
// strong and em are written b and i, h1 h2, h5 and h6 h4. Elements are nested the way an
// article holds them (a list item in a list, a cell in a row, no block in a paragraph):
// what is missing is opened, what cannot hold the next element is closed.
// Dropped with their content: script, style, head, title, iframe, object, embed, template
// (and noscript, textarea, svg, math, select and the like).
// Dropped, content kept: every other element. Every other attribute goes (on*, style,
// class, src, javascript: links, ...). Entities are decoded and text is re-escaped, so
// the result is well-formed and sanitizeArticleHtml(sanitizeArticleHtml(x)) ==
// sanitizeArticleHtml(x).
QString sanitizeArticleHtml(QStringView html);

// The article's text without markup, for the search index and snippets: block elements
// and br end lines, list items start a line, entities are decoded, runs of spaces fold.
QString articlePlainText(QStringView html);

// An article's text as a search index holds it: normalizeForSearch(text), which joins the
// parts of a word written with ZWNJ ("آیین‌نامه" -> "اییننامه", as if typed
// without a space), followed by those parts as words of their own ("ایین نامه"), so that the word
// is found whether the agent types it with ZWNJ, with nothing or with a space between its parts.
// Queries are normalized with normalizeForSearch() alone.
QString articleSearchForm(QStringView text);

} // namespace Shahrvand::Knowledge
