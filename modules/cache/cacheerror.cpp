#include "cacheerror.h"

#include "localcache.h"

namespace Shahrvand::Cache {

QString CacheError::message() const
{
    switch (kind) {
    case Kind::CannotOpen:
        return tr("The offline copy on this computer cannot be opened. Check that the disk is "
                  "not full and that you may write to your user folder.");
    case Kind::WrongKey:
        return tr("The offline copy on this computer was locked with another key and cannot be "
                  "read.");
    case Kind::TooNew:
        return tr("The offline copy on this computer was written by a newer version of "
                  "Shahrvand. Update this program.");
    case Kind::Storage:
        return tr("The offline copy on this computer could not be read or written.");
    case Kind::UnknownEntity:
        return tr("This kind of record is not known to this version of Shahrvand.");
    case Kind::NotFound:
        return tr("This record is no longer on this computer.");
    case Kind::Invalid:
        return fieldMessages.isEmpty() ? tr("Some values are not valid.")
                                       : fieldMessages.join(QLatin1Char('\n'));
    case Kind::NotAllowed:
        return tr("Your role does not allow changing this kind of record.");
    case Kind::BadPage:
        return tr("The server sent changes this program cannot read. It may run another "
                  "version of Shahrvand; tell your administrator.");
    case Kind::Unreadable:
        return tr("The file could not be read. Check that it still exists and that you may "
                  "open it.");
    case Kind::EmptyFile:
        return tr("The file is empty.");
    case Kind::FileTooLarge:
        return tr("The file is larger than %1 MB. Attach a smaller one (a photo at a lower "
                  "resolution, or the document in parts).")
            .arg(LocalCache::maxAttachmentBytes / (1024 * 1024));
    case Kind::FileType:
        return tr("Only photos (JPEG, PNG, WebP), PDF documents and plain text can be "
                  "attached.");
    }
    return {};
}

} // namespace Shahrvand::Cache
