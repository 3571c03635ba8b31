#pragma once

#include "database.h"
#include "expected.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>

// What every command shares: how it reports, and how it reaches the database.
namespace Shahrvand::ServerCommands {

// Prints "shahrvand-server: <message>" to stderr and returns `exitCode`.
int fail(const QString &message, int exitCode = 1);

// The --db option (or --database) every command that touches data takes.
QCommandLineOption databaseOption();

// Parses `arguments` (after the command name) with `parser`, with --help added.
// Returns false after printing the error (or the help) when the command should stop;
// *exitCode then says how.
bool parseArguments(QCommandLineParser &parser, const QString &command,
                    const QStringList &arguments, int *exitCode);

// Opens the database named by --db and brings its schema up to date, printing what it
// did. Commands that work on data call this first.
Expected<std::shared_ptr<Storage::Database>, QString> openMigratedDatabase(const QString &url);

} // namespace Shahrvand::ServerCommands
