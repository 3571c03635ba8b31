#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Shahrvand::Blobs {

// The kinds of file the product accepts: photos of receipts and of the field, PDFs and
// plain text. A declared type must agree with the file's first bytes, so a program
// cannot be uploaded as "image/jpeg".
const QStringList &acceptedContentTypes();

// The type the first bytes show, or an empty string when none of the accepted ones.
QString sniffContentType(const QByteArray &head);

bool contentMatches(const QString &declared, const QByteArray &head);

} // namespace Shahrvand::Blobs
