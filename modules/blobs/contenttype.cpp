#include "contenttype.h"

#include "filecontent.h"

namespace Shahrvand::Blobs {

// One set of rules for the server and the workstation (modules/core/filecontent), so a
// file the workstation keeps for upload is one the server takes.
const QStringList &acceptedContentTypes()
{
    return FileContent::acceptedTypes();
}

QString sniffContentType(const QByteArray &head)
{
    return FileContent::sniffType(head);
}

bool contentMatches(const QString &declared, const QByteArray &head)
{
    return acceptedContentTypes().contains(declared) && sniffContentType(head) == declared;
}

} // namespace Shahrvand::Blobs
