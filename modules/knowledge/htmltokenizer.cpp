#include "htmltokenizer.h"

#include <QHash>
#include <QSet>

namespace Shahrvand::Knowledge::Html {

namespace {

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

} // namespace

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

namespace {

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

} // namespace

std::optional<Token> Tokenizer::next()
{
    while (m_pos < m_html.size()) {
        if (m_html.at(m_pos) != u'<' || m_pos + 1 >= m_html.size())
            return text();
        const QChar after = m_html.at(m_pos + 1);
        if (after == u'!' || after == u'?') {
            skipMarkupDeclaration();
            continue;
        }
        if (isAsciiLetter(after) ||
            (after == u'/' && m_pos + 2 < m_html.size() && isAsciiLetter(m_html.at(m_pos + 2)))) {
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

Token Tokenizer::text()
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

void Tokenizer::skipMarkupDeclaration()
{
    if (m_html.mid(m_pos).startsWith(u"<!--")) {
        const qsizetype end = m_html.indexOf(u"-->", m_pos + 4);
        m_pos = end < 0 ? m_html.size() : end + 3;
        return;
    }
    const qsizetype end = m_html.indexOf(u'>', m_pos);
    m_pos = end < 0 ? m_html.size() : end + 1;
}

std::optional<Token> Tokenizer::tag()
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
void Tokenizer::skipRawText(const QString &name)
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
void Tokenizer::skipElement(const QString &name)
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

} // namespace Shahrvand::Knowledge::Html
