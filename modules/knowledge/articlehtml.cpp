#include "articlehtml.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Shahrvand::Knowledge {

namespace {

// ---------------------------------------------------------------------------------------
// Tokenizer: HTML as a browser reads it, reduced to what an article can hold. Elements
// whose content is never shown (script, style, ...) are swallowed here whole.

struct Attribute
{
    QString name;
    QString value;
};

struct Token
{
    enum class Kind { Text, Start, End };
    Kind kind = Kind::Text;
    QString name; // lower case, aliases folded (strong -> b); Text: the decoded text
    QList<Attribute> attributes;
    bool selfClosing = false;
};

// Raw text: their content is not markup, and it is never kept.
const QSet<QString> rawTextDropped{QStringLiteral("script"),   QStringLiteral("style"),
                                   QStringLiteral("title"),    QStringLiteral("textarea"),
                                   QStringLiteral("xmp"),      QStringLiteral("iframe"),
                                   QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                   QStringLiteral("noscript"), QStringLiteral("plaintext")};
// Dropped with everything inside them, up to their end tag.
const QSet<QString> dropped{QStringLiteral("head"),     QStringLiteral("object"),
                            QStringLiteral("template"), QStringLiteral("svg"),
                            QStringLiteral("math"),     QStringLiteral("applet"),
                            QStringLiteral("select"),   QStringLiteral("frameset")};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QString canonicalName(QString name)
{
    name = name.toLower();
    if (name == u"strong")
        return QStringLiteral("b");
    if (name == u"em")
        return QStringLiteral("i");
    if (name == u"h1")
        return QStringLiteral("h2");
    if (name == u"h5" || name == u"h6")
        return QStringLiteral("h4");
    return name;
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities{
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0x00A0},
        {QStringLiteral("zwnj"), 0x200C},   {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("lrm"), 0x200E},    {QStringLiteral("rlm"), 0x200F},
        {QStringLiteral("shy"), 0x00AD},    {QStringLiteral("laquo"), 0x00AB},
        {QStringLiteral("raquo"), 0x00BB},  {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("mdash"), 0x2014},  {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("bull"), 0x2022},   {QStringLiteral("middot"), 0x00B7},
        {QStringLiteral("copy"), 0x00A9},   {QStringLiteral("reg"), 0x00AE},
        {QStringLiteral("trade"), 0x2122},  {QStringLiteral("times"), 0x00D7},
        {QStringLiteral("divide"), 0x00F7}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("deg"), 0x00B0},
        {QStringLiteral("plusmn"), 0x00B1}, {QStringLiteral("euro"), 0x20AC},
        {QStringLiteral("thinsp"), 0x2009}, {QStringLiteral("ensp"), 0x2002},
        {QStringLiteral("emsp"), 0x2003},   {QStringLiteral("sect"), 0x00A7},
        {QStringLiteral("para"), 0x00B6}};
    return entities;
}

void appendCodePoint(QString &out, char32_t code)
{
    // NUL, surrogates and what lies beyond Unicode become the replacement character.
    if (code == 0 || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        code = 0xFFFD;
    out.append(QString::fromUcs4(&code, 1));
}

// Text with its entities decoded and control characters other than tab and line feed
// removed (a carriage return is a line end's, never wanted on its own).
QString decodeText(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'&') {
            const qsizetype semicolon = raw.indexOf(u';', i + 1);
            if (semicolon > i + 1 && semicolon - i <= 33) {
                const QStringView body = raw.mid(i + 1, semicolon - i - 1);
                if (body.startsWith(u'#')) {
                    const bool hex = body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X');
                    const QStringView digits = body.mid(hex ? 2 : 1);
                    bool ok = !digits.isEmpty() && digits.size() <= 8;
                    for (QChar d : digits) {
                        const bool hexLetter = (d >= u'a' && d <= u'f') || (d >= u'A' && d <= u'F');
                        ok = ok && ((d >= u'0' && d <= u'9') || (hex && hexLetter));
                    }
                    if (ok) {
                        const uint code = digits.toUInt(&ok, hex ? 16 : 10);
                        appendCodePoint(out, ok ? code : 0xFFFD);
                        i = semicolon;
                        continue;
                    }
                } else if (const auto found = namedEntities().constFind(body.toString());
                           found != namedEntities().cend()) {
                    appendCodePoint(out, *found);
                    i = semicolon;
                    continue;
                }
            }
            out.append(c);
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7F)
            continue;
        out.append(c);
    }
    return out;
}

class Tokenizer
{
public:
    explicit Tokenizer(QStringView html)
        : m_html(html)
    {}

    // The next token, or nothing at the end of the text.
    std::optional<Token> next()
    {
        while (m_pos < m_html.size()) {
            if (m_html.at(m_pos) != u'<' || m_pos + 1 >= m_html.size())
                return text();
            const QChar after = m_html.at(m_pos + 1);
            if (after == u'!' || after == u'?') {
                skipMarkupDeclaration();
                continue;
            }
            if (isAsciiLetter(after) || (after == u'/' && m_pos + 2 < m_html.size() &&
                                         isAsciiLetter(m_html.at(m_pos + 2)))) {
                auto tag = this->tag();
                if (!tag) // an unfinished tag at the end: nothing more to read
                    return std::nullopt;
                if (tag->kind == Token::Kind::Start && rawTextDropped.contains(tag->name)) {
                    if (!tag->selfClosing || tag->name == u"script")
                        skipRawText(tag->name);
                    continue;
                }
                if (tag->kind == Token::Kind::Start && dropped.contains(tag->name) &&
                    !tag->selfClosing) {
                    skipElement(tag->name);
                    continue;
                }
                return tag;
            }
            return text();
        }
        return std::nullopt;
    }

private:
    Token text()
    {
        // A '<' that starts no tag is text.
        qsizetype end = m_html.indexOf(u'<', m_pos + 1);
        if (end < 0)
            end = m_html.size();
        Token token;
        token.name = decodeText(m_html.mid(m_pos, end - m_pos));
        m_pos = end;
        return token;
    }

    void skipMarkupDeclaration()
    {
        if (m_html.mid(m_pos).startsWith(u"<!--")) {
            const qsizetype end = m_html.indexOf(u"-->", m_pos + 4);
            m_pos = end < 0 ? m_html.size() : end + 3;
            return;
        }
        const qsizetype end = m_html.indexOf(u'>', m_pos);
        m_pos = end < 0 ? m_html.size() : end + 1;
    }

    std::optional<Token> tag()
    {
        Token token;
        qsizetype i = m_pos + 1;
        if (m_html.at(i) == u'/') {
            token.kind = Token::Kind::End;
            ++i;
        } else {
            token.kind = Token::Kind::Start;
        }
        const qsizetype nameStart = i;
        while (i < m_html.size() && !isSpace(m_html.at(i)) && m_html.at(i) != u'/' &&
               m_html.at(i) != u'>')
            ++i;
        token.name = canonicalName(m_html.mid(nameStart, i - nameStart).toString());
        while (true) {
            while (i < m_html.size() && (isSpace(m_html.at(i)) || m_html.at(i) == u'/')) {
                token.selfClosing = m_html.at(i) == u'/';
                ++i;
            }
            if (i >= m_html.size()) {
                m_pos = m_html.size();
                return std::nullopt;
            }
            if (m_html.at(i) == u'>') {
                m_pos = i + 1;
                return token;
            }
            token.selfClosing = false;
            const qsizetype attrStart = i;
            while (i < m_html.size() && !isSpace(m_html.at(i)) && m_html.at(i) != u'/' &&
                   m_html.at(i) != u'>' && (i == attrStart || m_html.at(i) != u'='))
                ++i;
            Attribute attribute;
            attribute.name = m_html.mid(attrStart, i - attrStart).toString().toLower();
            qsizetype j = i;
            while (j < m_html.size() && isSpace(m_html.at(j)))
                ++j;
            if (j < m_html.size() && m_html.at(j) == u'=') {
                ++j;
                while (j < m_html.size() && isSpace(m_html.at(j)))
                    ++j;
                if (j >= m_html.size()) {
                    m_pos = m_html.size();
                    return std::nullopt;
                }
                const QChar quote = m_html.at(j);
                qsizetype valueStart = j;
                qsizetype valueEnd = 0;
                if (quote == u'"' || quote == u'\'') {
                    valueStart = j + 1;
                    valueEnd = m_html.indexOf(quote, valueStart);
                    if (valueEnd < 0) {
                        m_pos = m_html.size();
                        return std::nullopt;
                    }
                    i = valueEnd + 1;
                } else {
                    valueEnd = j;
                    while (valueEnd < m_html.size() && !isSpace(m_html.at(valueEnd)) &&
                           m_html.at(valueEnd) != u'>')
                        ++valueEnd;
                    i = valueEnd;
                }
                attribute.value = decodeText(m_html.mid(valueStart, valueEnd - valueStart));
            }
            if (token.kind == Token::Kind::Start)
                token.attributes << attribute;
        }
    }

    // Past the end tag of a raw text element, or to the end when it has none.
    void skipRawText(const QString &name)
    {
        qsizetype from = m_pos;
        while (true) {
            const qsizetype close = m_html.indexOf(u"</", from);
            if (close < 0) {
                m_pos = m_html.size();
                return;
            }
            const qsizetype after = close + 2 + name.size();
            if (m_html.mid(close + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0 &&
                (after >= m_html.size() || isSpace(m_html.at(after)) || m_html.at(after) == u'>' ||
                 m_html.at(after) == u'/')) {
                const qsizetype end = m_html.indexOf(u'>', after);
                m_pos = end < 0 ? m_html.size() : end + 1;
                return;
            }
            from = close + 2;
        }
    }

    // Past the end tag that closes `name`, counting nested ones; the head ends at the body.
    void skipElement(const QString &name)
    {
        int depth = 1;
        while (const auto token = next()) {
            if (token->kind == Token::Kind::Start && name == u"head" && token->name == u"body")
                return; // the body is not kept either: only what follows it
            if (token->name != name)
                continue;
            if (token->kind == Token::Kind::Start && !token->selfClosing)
                ++depth;
            else if (token->kind == Token::Kind::End && --depth == 0)
                return;
        }
    }

    QStringView m_html;
    qsizetype m_pos = 0;
};

template<typename Visit> void forEachToken(QStringView html, Visit &&visit)
{
    Tokenizer tokenizer(html);
    while (const std::optional<Token> token = tokenizer.next())
        visit(*token);
}

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

} // namespace Shahrvand::Knowledge
