#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Shahrvand::FileContent {

// The kinds of file an attachment may be: photos (JPEG, PNG, WebP), PDF documents and
// plain text. The workstation checks a file by its first bytes before it keeps it for
// upload, so that the server (modules/blobs/contenttype, which calls these) does not refuse
// it a day later, after the agent has left the desk.
const QStringList &acceptedTypes();

// The type the first bytes show (`head`: at least the first 512 bytes, or the whole
// file), or an empty string when none of the accepted ones.
QString sniffType(const QByteArray &head);

} // namespace Shahrvand::FileContent
