#include "articlehtml.h"

#include "htmltokenizer.h"
#include "textnormalizer.h"

#include <QHash>
#include <QList>

namespace Shahrvand::Knowledge {

namespace {

using Html::Attribute;
using Html::forEachToken;
using Html::isSpace;
using Html::Token;

// ---------------------------------------------------------------------------------------
// The tree builder: kept elements, nested the way an article can hold them, so the
// result reads back to itself.

enum class Category { Root, Inline, TextBlock, Flow, List, Table, Section, Row, Break, Rule };

const QHash<QString, Category> &categories()
{
    static const QHash<QString, Category> map{{QStringLiteral("b"), Category::Inline},
                                              {QStringLiteral("i"), Category::Inline},
                                              {QStringLiteral("u"), Category::Inline},
                                              {QStringLiteral("a"), Category::Inline},
                                              {QStringLiteral("code"), Category::Inline},
                                              {QStringLiteral("span"), Category::Inline},
                                              {QStringLiteral("p"), Category::TextBlock},
                                              {QStringLiteral("h2"), Category::TextBlock},
                                              {QStringLiteral("h3"), Category::TextBlock},
                                              {QStringLiteral("h4"), Category::TextBlock},
                                              {QStringLiteral("pre"), Category::TextBlock},
                                              {QStringLiteral("li"), Category::Flow},
                                              {QStringLiteral("blockquote"), Category::Flow},
                                              {QStringLiteral("td"), Category::Flow},
                                              {QStringLiteral("th"), Category::Flow},
                                              {QStringLiteral("ul"), Category::List},
                                              {QStringLiteral("ol"), Category::List},
                                              {QStringLiteral("table"), Category::Table},
                                              {QStringLiteral("thead"), Category::Section},
                                              {QStringLiteral("tbody"), Category::Section},
                                              {QStringLiteral("tr"), Category::Row},
                                              {QStringLiteral("br"), Category::Break},
                                              {QStringLiteral("hr"), Category::Rule}};
    return map;
}

std::optional<Category> categoryOf(const QString &name)
{
    const auto found = categories().constFind(name);
    return found == categories().cend() ? std::nullopt : std::optional(*found);
}

// Elements that take the dir attribute.
bool isBlock(const QString &name)
{
    const auto category = categoryOf(name);
    return category && *category != Category::Inline && *category != Category::Break &&
           *category != Category::Rule;
}

bool acceptsText(Category parent)
{
    return parent == Category::Root || parent == Category::Flow || parent == Category::TextBlock ||
           parent == Category::Inline;
}

bool accepts(Category parent, const QString &parentName, const QString &child)
{
    const Category category = *categoryOf(child);
    switch (category) {
    case Category::Inline:
    case Category::Break:
        // Links do not nest.
        return acceptsText(parent) && !(child == u"a" && parentName == u"a");
    case Category::TextBlock:
    case Category::List:
    case Category::Table:
    case Category::Rule:
        return parent == Category::Root || parent == Category::Flow;
    case Category::Flow:
        if (child == u"li")
            return parent == Category::List;
        if (child == u"td" || child == u"th")
            return parent == Category::Row;
        return parent == Category::Root || parent == Category::Flow; // blockquote
    case Category::Section:
        return parent == Category::Table;
    case Category::Row:
        return parent == Category::Table || parent == Category::Section;
    case Category::Root:
        break;
    }
    return false;
}

// The parents an element cannot do without, and the one opened when none is open.
QStringList requiredParents(const QString &child)
{
    if (child == u"li")
        return {QStringLiteral("ul"), QStringLiteral("ol")};
    if (child == u"td" || child == u"th")
        return {QStringLiteral("tr")};
    if (child == u"tr")
        return {QStringLiteral("tbody"), QStringLiteral("thead"), QStringLiteral("table")};
    if (child == u"thead" || child == u"tbody")
        return {QStringLiteral("table")};
    return {};
}

QString escaped(QStringView text, bool attribute)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else if (attribute && c == u'"')
            out += QLatin1String("&quot;");
        else
            out += c;
    }
    return out;
}

// A link's target when it is one an article may hold: http, https or mailto.
std::optional<QString> safeHref(const QString &value)
{
    QString href = value.trimmed();
    // What a browser ignores inside a scheme ("java\tscript:") must not hide one.
    for (QChar c : std::as_const(href)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return std::nullopt;
    }
    for (const auto scheme :
         {QLatin1String("http://"), QLatin1String("https://"), QLatin1String("mailto:")}) {
        if (href.startsWith(scheme, Qt::CaseInsensitive) && href.size() > scheme.size())
            return href;
    }
    return std::nullopt;
}

// Qt's rich text writes character formats as styled spans: <span style=" font-weight:700;">.
QStringList inlineFormatsOfStyle(const QString &style)
{
    QStringList formats;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    for (const QString &declaration : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed().toLower();
        if (property == u"font-weight") {
            bool number = false;
            const int weight = value.toInt(&number);
            bold = number ? weight >= 600 : (value == u"bold" || value == u"bolder");
        } else if (property == u"font-style") {
            italic = value == u"italic" || value == u"oblique";
        } else if (property == u"text-decoration" || property == u"text-decoration-line") {
            underline = value.contains(u"underline");
        }
    }
    if (bold)
        formats << QStringLiteral("b");
    if (italic)
        formats << QStringLiteral("i");
    if (underline)
        formats << QStringLiteral("u");
    return formats;
}

class Sanitizer
{
public:
    QString result()
    {
        closeTo(0);
        return m_out;
    }

    void add(const Token &token)
    {
        switch (token.kind) {
        case Token::Kind::Text:
            addText(token.name);
            return;
        case Token::Kind::Start:
            addStart(token);
            return;
        case Token::Kind::End:
            addEnd(token.name);
            return;
        }
    }

private:
    struct Open
    {
        QString name;      // the element as read (span for a styled span)
        QStringList wrote; // the elements written for it, outermost first
    };

    Category topCategory() const
    {
        return m_open.isEmpty() ? Category::Root : *categoryOf(m_open.last().name);
    }
    QString topName() const { return m_open.isEmpty() ? QString() : m_open.last().name; }

    void closeTo(qsizetype depth)
    {
        while (m_open.size() > depth) {
            const Open open = m_open.takeLast();
            for (auto it = open.wrote.crbegin(); it != open.wrote.crend(); ++it)
                m_out += QLatin1String("</") + *it + QLatin1Char('>');
        }
    }

    void push(const QString &name, QStringList wrote, const QString &attributes = {})
    {
        for (const QString &element : std::as_const(wrote))
            m_out += QLatin1Char('<') + element + (element == name ? attributes : QString()) +
                     QLatin1Char('>');
        m_open.append({name, std::move(wrote)});
    }

    // Closes or opens elements until the one on top may hold `child`.
    void makeRoomFor(const QString &child)
    {
        for (int guard = 0; guard < 8 && !accepts(topCategory(), topName(), child); ++guard) {
            const QStringList parents = requiredParents(child);
            if (parents.isEmpty()) {
                closeTo(m_open.size() - 1);
                continue;
            }
            qsizetype found = -1;
            for (qsizetype i = m_open.size() - 1; i >= 0 && found < 0; --i) {
                if (parents.contains(m_open.at(i).name))
                    found = i;
                // A list item stays inside its table cell.
                else if (child == u"li" &&
                         (m_open.at(i).name == u"td" || m_open.at(i).name == u"th"))
                    break;
            }
            if (found >= 0) {
                closeTo(found + 1);
                continue;
            }
            const QString parent = child == u"li" ? QStringLiteral("ul") : parents.constLast();
            makeRoomFor(parent);
            push(parent, {parent});
        }
    }

    // Opens what text needs around it where text cannot stand (in a list or a table).
    bool makeRoomForText()
    {
        for (int guard = 0; guard < 4 && !acceptsText(topCategory()); ++guard) {
            switch (topCategory()) {
            case Category::List:
                push(QStringLiteral("li"), {QStringLiteral("li")});
                break;
            case Category::Table:
            case Category::Section:
                push(QStringLiteral("tr"), {QStringLiteral("tr")});
                break;
            case Category::Row:
                push(QStringLiteral("td"), {QStringLiteral("td")});
                break;
            default:
                return false;
            }
        }
        return acceptsText(topCategory());
    }

    void addText(const QString &text)
    {
        if (text.isEmpty())
            return;
        if (!acceptsText(topCategory()) || topCategory() == Category::Root) {
            // Spaces between blocks (Qt writes a line break after each) are not content.
            bool blank = true;
            for (QChar c : text)
                blank = blank && isSpace(c);
            if (blank)
                return;
        }
        if (!makeRoomForText())
            return;
        m_out += escaped(text, false);
    }

    void addStart(const Token &token)
    {
        const QString &name = token.name;
        const auto category = categoryOf(name);
        if (!category)
            return; // dropped, content kept
        QString attributes;
        QStringList wrote{name};
        if (name == u"span") {
            // Only its bold, italic and underline survive, as b, i and u.
            wrote.clear();
            for (const Attribute &attribute : token.attributes) {
                if (attribute.name == u"style") {
                    wrote = inlineFormatsOfStyle(attribute.value);
                    break;
                }
            }
        } else if (name == u"a") {
            std::optional<QString> href;
            for (const Attribute &attribute : token.attributes) {
                if (attribute.name == u"href") {
                    href = safeHref(attribute.value);
                    break;
                }
            }
            if (!href)
                return; // a link to nowhere safe: its text stays, as text
            attributes = QLatin1String(" href=\"") + escaped(*href, true) + QLatin1Char('"');
        } else if (isBlock(name)) {
            for (const Attribute &attribute : token.attributes) {
                const QString value = attribute.value.trimmed().toLower();
                if (attribute.name == u"dir" &&
                    (value == u"rtl" || value == u"ltr" || value == u"auto")) {
                    attributes = QLatin1String(" dir=\"") + value + QLatin1Char('"');
                    break;
                }
            }
        }

        if (*category == Category::Break || *category == Category::Rule) {
            if (*category == Category::Break && !acceptsText(topCategory()))
                return;
            makeRoomFor(name);
            m_out += QLatin1Char('<') + name + QLatin1Char('>');
            return;
        }
        if (*category == Category::Inline) {
            if (!makeRoomForText())
                return;
        }
        makeRoomFor(name);
        if (token.selfClosing && *category == Category::Inline)
            return; // <b/> holds nothing
        push(name, wrote, attributes);
    }

    void addEnd(const QString &name)
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).name == name) {
                closeTo(i);
                return;
            }
        }
    }

    QList<Open> m_open;
    QString m_out;
};

} // namespace

QString sanitizeArticleHtml(QStringView html)
{
    Sanitizer sanitizer;
    forEachToken(html, [&](const Token &token) { sanitizer.add(token); });
    return sanitizer.result();
}

QString articlePlainText(QStringView html)
{
    // Lines of words: a block or a br ends the line, a cell is a word apart.
    QStringList lines;
    QString line;
    bool pendingSpace = false;
    const auto endLine = [&] {
        if (!line.isEmpty())
            lines << line;
        line.clear();
        pendingSpace = false;
    };
    forEachToken(html, [&](const Token &token) {
        if (token.kind == Token::Kind::Text) {
            for (QChar c : token.name) {
                if (isSpace(c) || c == QChar(0x00A0)) {
                    pendingSpace = !line.isEmpty();
                } else {
                    if (pendingSpace)
                        line += u' ';
                    pendingSpace = false;
                    line += c;
                }
            }
            return;
        }
        const auto category = categoryOf(token.name);
        if (token.name == u"div" || token.name == u"body" ||
            (category && *category != Category::Inline)) {
            if (token.name == u"td" || token.name == u"th")
                pendingSpace = !line.isEmpty();
            else
                endLine();
        }
    });
    endLine();
    return lines.join(u'\n');
}

QString articleSearchForm(QStringView text)
{
    const QString joined = normalizeForSearch(text);
    constexpr char16_t zwnj = 0x200C;
    if (!text.contains(QChar(zwnj)))
        return joined;
    // The words with a ZWNJ, split at it (the rest of the text is in `joined` already).
    QString parts;
    qsizetype start = 0;
    while (start < text.size()) {
        while (start < text.size() && text.at(start).isSpace())
            ++start;
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QStringView word = text.mid(start, end - start);
        if (word.contains(QChar(zwnj))) {
            parts += word.toString().replace(QChar(zwnj), QChar(u' '));
            parts += QChar(u' ');
        }
        start = end;
    }
    const QString split = normalizeForSearch(parts);
    return split.isEmpty() ? joined : joined + QChar(u' ') + split;
}

} // namespace Shahrvand::Knowledge
