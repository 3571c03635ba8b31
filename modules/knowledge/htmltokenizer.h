#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Shahrvand::Knowledge::Html {

// HTML as a browser reads it, reduced to what an article can hold: text with its
// entities decoded, start and end tags with lower-case names (strong -> b, em -> i,
// h1 -> h2, h5/h6 -> h4) and decoded attribute values. Comments, doctypes and processing
// instructions are skipped; so are elements whose content is never shown (script, style,
// head, iframe, object, template, svg, ...) with everything in them. An unfinished tag
// at the end ends the text. Used by sanitizeArticleHtml and articlePlainText only.

struct Attribute
{
    QString name;
    QString value;
};

struct Token
{
    enum class Kind { Text, Start, End };
    Kind kind = Kind::Text;
    QString name; // Start, End: the element; Text: the decoded text
    QList<Attribute> attributes;
    bool selfClosing = false;
};

class Tokenizer
{
public:
    explicit Tokenizer(QStringView html)
        : m_html(html)
    {}

    // The next token, or nothing at the end of the text.
    std::optional<Token> next();

private:
    Token text();
    void skipMarkupDeclaration();
    std::optional<Token> tag();
    void skipRawText(const QString &name);
    void skipElement(const QString &name);

    QStringView m_html;
    qsizetype m_pos = 0;
};

// HTML's white space.
bool isSpace(QChar c);

template<typename Visit> void forEachToken(QStringView html, Visit &&visit)
{
    Tokenizer tokenizer(html);
    while (const std::optional<Token> token = tokenizer.next())
        visit(*token);
}

} // namespace Shahrvand::Knowledge::Html
