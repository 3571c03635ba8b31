#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Shahrvand::Cache {

// What went wrong with the workstation's cache, with a translated message the user can
// read. `detail` carries an internal cause (SQL error text) for the log, never for the
// screen.
struct CacheError
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Cache::CacheError)

public:
    enum class Kind {
        CannotOpen,    // the file cannot be created or opened (folder, permissions, disk)
        WrongKey,      // the key does not open this cache (another user's, or corrupted)
        TooNew,        // written by a newer Shahrvand
        Storage,       // an SQL error while reading or writing
        UnknownEntity, // not an entity of the registry
        NotFound,      // no such row in the cache
        Invalid,       // the user's input breaks a field rule; see fieldMessages
        NotAllowed,    // the user's roles may not write this entity
        BadPage,       // what the server sent is not a page of changes (nothing was applied)
        Unreadable,    // a file to attach cannot be read
        EmptyFile,     // a file to attach has no bytes
        FileTooLarge,  // a file to attach is larger than LocalCache::maxAttachmentBytes
        FileType,      // a file to attach is none of the accepted kinds (by its content)
    };

    Kind kind = Kind::Storage;
    QString detail;
    QStringList fieldMessages; // Invalid: one translated message per problem

    QString message() const;
};

} // namespace Shahrvand::Cache
