#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Shahrvand::Cache::PullPage {

// A page of GET /sync/changes read from its JSON text without building a document (a
// first sync reads millions of rows; parsing each into a QJsonObject only to write it
// back as text was most of the cache's work). The whole text is checked to be valid JSON
// (and UTF-8) of the page's shape; views point into it.
struct Change
{
    QByteArrayView entity; // the entity's name: plain ASCII, no escapes
    QByteArrayView row;    // the row object's text, as sent
};

struct Drop
{
    QByteArrayView entity;
    qint64 id = 0;
};

struct Page
{
    QList<Change> changes;
    QList<Drop> drops;
    qint64 cursor = 0;
    bool more = false;
    std::optional<qint64> head;
};

// Nothing when the text is not a page (bad JSON, a member of the wrong type, a missing
// cursor).
std::optional<Page> read(QByteArrayView json);

// The raw values (as text) of the top-level members `keys` of the object `row`, in the
// order of `keys`; an empty view for a member that is absent. Keys must be plain ASCII.
// `row` must come from read(), which has checked it.
QList<QByteArrayView> members(QByteArrayView row, const QList<QByteArrayView> &keys);

// A member's text as an integer, a boolean or a string without escapes; nothing when it
// is not one (null, another type, or a string that would need unescaping).
std::optional<qint64> toInteger(QByteArrayView value);
std::optional<bool> toBool(QByteArrayView value);
std::optional<QByteArrayView> toPlainString(QByteArrayView value);

} // namespace Shahrvand::Cache::PullPage
