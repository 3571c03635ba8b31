#include "pullpage_p.h"

#include <cctype>

#include <charconv>
#include <cstring>

namespace Shahrvand::Cache::PullPage {

namespace {

constexpr int maxDepth = 64;

// A strict JSON reader over a byte range (RFC 8259): values are checked and skipped, and
// their text is handed out as views.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    bool atEnd()
    {
        space();
        return m_p == m_end;
    }

    bool take(char c)
    {
        space();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool peek(char c)
    {
        space();
        return m_p != m_end && *m_p == c;
    }

    // A string's contents (between the quotes, escapes left as they are).
    bool string(QByteArrayView *contents, bool *escaped = nullptr)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        bool hasEscape = false;
        while (m_p != m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (contents)
                    *contents = QByteArrayView(start, m_p - start);
                if (escaped)
                    *escaped = hasEscape;
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                hasEscape = true;
                if (++m_p == m_end)
                    return false;
                switch (*m_p) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    break;
                case 'u':
                    for (int i = 0; i < 4; ++i) {
                        if (++m_p == m_end || !std::isxdigit(static_cast<unsigned char>(*m_p)))
                            return false;
                    }
                    break;
                default:
                    return false;
                }
            }
            ++m_p;
        }
        return false;
    }

    // Any value; its text in `text`.
    bool value(QByteArrayView *text = nullptr, int depth = 0)
    {
        space();
        const char *start = m_p;
        if (m_p == m_end || depth > maxDepth)
            return false;
        bool ok = false;
        switch (*m_p) {
        case '{':
            ok = object(depth);
            break;
        case '[':
            ok = array(depth);
            break;
        case '"':
            ok = string(nullptr);
            break;
        case 't':
            ok = literal("true");
            break;
        case 'f':
            ok = literal("false");
            break;
        case 'n':
            ok = literal("null");
            break;
        default:
            ok = number();
        }
        if (ok && text)
            *text = QByteArrayView(start, m_p - start);
        return ok;
    }

private:
    void space()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }

    bool number()
    {
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p != m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return false;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    bool object(int depth)
    {
        ++m_p; // {
        if (take('}'))
            return true;
        do {
            if (!string(nullptr) || !take(':') || !value(nullptr, depth + 1))
                return false;
        } while (take(','));
        return take('}');
    }

    bool array(int depth)
    {
        ++m_p; // [
        if (take(']'))
            return true;
        do {
            if (!value(nullptr, depth + 1))
                return false;
        } while (take(','));
        return take(']');
    }

    const char *m_p;
    const char *m_end;
};

bool plainName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

// An entity's name: a string of plain ASCII, no escapes.
bool readEntityName(Scanner &scanner, QByteArrayView *name)
{
    bool escaped = false;
    return scanner.string(name, &escaped) && !escaped && plainName(*name);
}

// {"entity": "...", "row": {...}}
bool readChange(Scanner &scanner, Change *change)
{
    if (!scanner.take('{'))
        return false;
    bool haveEntity = false;
    bool haveRow = false;
    do {
        QByteArrayView key;
        if (!scanner.string(&key) || !scanner.take(':'))
            return false;
        if (key == "entity") {
            bool escaped = false;
            if (!scanner.string(&change->entity, &escaped) || escaped || !plainName(change->entity))
                return false;
            haveEntity = true;
        } else if (key == "row") {
            if (!scanner.peek('{') || !scanner.value(&change->row, 1))
                return false;
            haveRow = true;
        } else if (!scanner.value(nullptr, 1)) {
            return false;
        }
    } while (scanner.take(','));
    return scanner.take('}') && haveEntity && haveRow;
}

// {"entity": "...", "id": n}
bool readDrop(Scanner &scanner, Drop *drop)
{
    if (!scanner.take('{'))
        return false;
    bool haveEntity = false;
    bool haveId = false;
    do {
        QByteArrayView key;
        if (!scanner.string(&key) || !scanner.take(':'))
            return false;
        if (key == "entity") {
            if (!readEntityName(scanner, &drop->entity))
                return false;
            haveEntity = true;
        } else if (key == "id") {
            QByteArrayView text;
            if (!scanner.value(&text, 1))
                return false;
            const auto id = toInteger(text);
            if (!id)
                return false;
            drop->id = *id;
            haveId = true;
        } else if (!scanner.value(nullptr, 1)) {
            return false;
        }
    } while (scanner.take(','));
    return scanner.take('}') && haveEntity && haveId;
}

} // namespace

std::optional<Page> read(QByteArrayView json)
{
    if (!json.isValidUtf8())
        return std::nullopt;
    Scanner scanner(json);
    Page page;
    bool haveCursor = false;
    if (!scanner.take('{'))
        return std::nullopt;
    if (!scanner.take('}')) {
        do {
            QByteArrayView key;
            if (!scanner.string(&key) || !scanner.take(':'))
                return std::nullopt;
            if (key == "changes" || key == "drops") {
                const bool changes = key == "changes";
                if (!scanner.take('['))
                    return std::nullopt;
                if (!scanner.take(']')) {
                    do {
                        if (changes) {
                            Change change;
                            if (!readChange(scanner, &change))
                                return std::nullopt;
                            page.changes.append(change);
                        } else {
                            Drop drop;
                            if (!readDrop(scanner, &drop))
                                return std::nullopt;
                            page.drops.append(drop);
                        }
                    } while (scanner.take(','));
                    if (!scanner.take(']'))
                        return std::nullopt;
                }
            } else {
                QByteArrayView text;
                if (!scanner.value(&text))
                    return std::nullopt;
                if (key == "cursor") {
                    const auto cursor = toInteger(text);
                    if (!cursor)
                        return std::nullopt;
                    page.cursor = *cursor;
                    haveCursor = true;
                } else if (key == "more") {
                    const auto more = toBool(text);
                    if (!more)
                        return std::nullopt;
                    page.more = *more;
                } else if (key == "head") {
                    page.head = toInteger(text);
                }
            }
        } while (scanner.take(','));
        if (!scanner.take('}'))
            return std::nullopt;
    }
    if (!scanner.atEnd() || !haveCursor)
        return std::nullopt;
    return page;
}

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The end of the string starting at `p` (its opening quote), in text read() has checked.
const char *skipCheckedString(const char *p, const char *end)
{
    ++p;
    while (p != end) {
        if (*p == '"')
            return p + 1;
        // An escape's next character is never the closing quote (\u's four are hex digits).
        p += *p == '\\' ? 2 : 1;
    }
    return end;
}

// The end of the value starting at `p`, in text read() has checked: nothing is checked
// again, only quotes and brackets followed.
const char *skipCheckedValue(const char *p, const char *end)
{
    if (p == end)
        return p;
    if (*p == '"')
        return skipCheckedString(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p != end) {
            const char c = *p;
            if (c == '"') {
                p = skipCheckedString(p, end);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return p + 1;
            ++p;
        }
        return p;
    }
    // A number or a literal.
    while (p != end && *p != ',' && *p != '}' && *p != ']' && !isSpace(*p))
        ++p;
    return p;
}

} // namespace

// Called for every row of a first sync: it walks the row once, without the strict
// Scanner's checks, which read() has already made on the whole page.
QList<QByteArrayView> members(QByteArrayView row, const QList<QByteArrayView> &keys)
{
    QList<QByteArrayView> values(keys.size());
    const char *p = row.data();
    const char *const end = p + row.size();
    const auto space = [&] {
        while (p != end && isSpace(*p))
            ++p;
    };
    space();
    if (p == end || *p != '{')
        return values;
    ++p;
    qsizetype found = 0;
    for (;;) {
        space();
        if (p == end || *p != '"')
            break;
        const char *const keyStart = p + 1;
        p = skipCheckedString(p, end);
        const qsizetype keySize = p - 1 - keyStart;
        space();
        if (p == end || *p != ':')
            break;
        ++p;
        space();
        const char *const valueStart = p;
        p = skipCheckedValue(p, end);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QByteArrayView key = keys.at(i);
            if (keySize > 0 && key.size() == keySize && key.front() == *keyStart &&
                std::memcmp(key.data(), keyStart, size_t(keySize)) == 0) {
                if (values.at(i).isNull()) {
                    values[i] = QByteArrayView(valueStart, p - valueStart);
                    ++found;
                }
                break;
            }
        }
        if (found == keys.size())
            break;
        space();
        if (p == end || *p != ',')
            break;
        ++p;
    }
    return values;
}

std::optional<qint64> toInteger(QByteArrayView value)
{
    qint64 result = 0;
    const char *end = value.data() + value.size();
    const auto [last, error] = std::from_chars(value.data(), end, result);
    if (value.isEmpty() || error != std::errc() || last != end)
        return std::nullopt;
    return result;
}

std::optional<bool> toBool(QByteArrayView value)
{
    if (value == "true")
        return true;
    if (value == "false")
        return false;
    return std::nullopt;
}

std::optional<QByteArrayView> toPlainString(QByteArrayView value)
{
    if (value.size() < 2 || value.front() != '"' || value.back() != '"')
        return std::nullopt;
    const QByteArrayView contents = value.sliced(1, value.size() - 2);
    if (contents.contains('\\'))
        return std::nullopt;
    return contents;
}

} // namespace Shahrvand::Cache::PullPage
