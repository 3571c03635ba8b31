// shahrvand-server create-user: adds a user from the command line. This is how the
// operator of a fresh installation creates the first administrator (who needs no unit,
// since units come from seeding or the administration screens); the password is read
// from standard input so that it never appears in the process list or shell history:
//
//   printf '%s\n' "$PASSWORD" | shahrvand-server create-user
//       --db sqlite:/var/lib/shahrvand/shahrvand.db --username admin --role administrator
#include "clock.h"
#include "commands.h"
#include "commandsupport.h"
#include "role.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Shahrvand::ServerCommands {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandServerCli)
};

QString validRoleCodes()
{
    QStringList codes;
    for (const Access::Role role : Access::allRoles())
        codes << Access::roleCode(role);
    return codes.join(QStringLiteral(", "));
}

// The first line of standard input, without its line break.
QString readPassword()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
} // namespace

int createUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Adds a user. The password is read from the first line of standard input."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption usernameOption(QStringLiteral("username"),
                                            Tr::tr("The user name to sign in with."),
                                            QStringLiteral("name"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"),
        Tr::tr("A role of the user (repeat for more): %1.").arg(validRoleCodes()),
        QStringLiteral("role"));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"),
        Tr::tr("The code of a unit the user belongs to (repeat for more). Only an "
               "administrator may have none."),
        QStringLiteral("code"));
    const QCommandLineOption displayNameOption(QStringLiteral("display-name"),
                                               Tr::tr("The name shown to others (default: the "
                                                      "user name)."),
                                               QStringLiteral("text"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            Tr::tr("The user's language: fa or en (default fa)."),
                                            QStringLiteral("fa|en"), QStringLiteral("fa"));
    parser.addOptions(
        {db, usernameOption, roleOption, unitOption, displayNameOption, languageOption});
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("create-user"), arguments, &exitCode))
        return exitCode;

    Auth::NewUser user;
    user.username = parser.value(usernameOption);
    if (user.username.trimmed().isEmpty())
        return fail(Tr::tr("say which user name to create with --username"), 2);
    const QStringList roleCodes = parser.values(roleOption);
    if (roleCodes.isEmpty())
        return fail(
            Tr::tr("give the user at least one --role; the roles are: %1").arg(validRoleCodes()),
            2);
    for (const QString &code : roleCodes) {
        const auto role = Access::roleFromCode(code.trimmed());
        if (!role)
            return fail(
                Tr::tr("unknown role \"%1\"; the roles are: %2").arg(code, validRoleCodes()), 2);
        user.roles << *role;
    }
    user.displayName = parser.value(displayNameOption);
    user.language = parser.value(languageOption);
    if (user.language != QLatin1String("fa") && user.language != QLatin1String("en"))
        return fail(Tr::tr("the language must be fa or en, not \"%1\"").arg(user.language), 2);

    const QStringList unitCodes = parser.values(unitOption);
    if (unitCodes.isEmpty() && !user.roles.contains(Access::Role::Administrator))
        return fail(Tr::tr("give the user a unit with --unit; only an administrator may "
                           "have none"),
                    2);

    user.password = readPassword();
    if (user.password.isEmpty())
        return fail(Tr::tr("no password: write it as the first line of standard input"), 2);
    // Checked before the database is touched (create() checks again).
    if (const auto weak = Auth::PasswordPolicy::check(user.password, user.username))
        return fail(Auth::PasswordHasher::describe(*weak));

    const auto database = openMigratedDatabase(parser.value(db));
    if (!database)
        return fail(database.error());
    QSqlDatabase connection = (*database)->connection();
    Storage::Transaction transaction(connection, (*database)->backend());
    if (!transaction.isActive())
        return fail(Tr::tr("could not begin a transaction: %1").arg(transaction.error()));
    Auth::UserDirectory directory(connection, (*database)->backend());
    for (const QString &code : unitCodes) {
        const auto unit = directory.unitByCode(code);
        if (!unit)
            return fail(Tr::tr("there is no unit with the code \"%1\"").arg(code));
        user.units << *unit;
    }

    const SystemClock clock;
    const Records::WriteContext context{std::nullopt,
                                        QStringLiteral("shahrvand-server create-user"),
                                        clock.now().toMSecsSinceEpoch()};
    const auto created = directory.create(user, context);
    if (!created) {
        const Auth::UserError &error = created.error();
        if (error.kind == Auth::UserError::Kind::DuplicateUsername)
            return fail(Tr::tr("there is already a user named \"%1\"").arg(error.detail));
        return fail(Auth::UserDirectory::describe(error));
    }
    if (!transaction.commit())
        return fail(Tr::tr("could not save the user: %1").arg(transaction.error()));
    std::printf("%s\n", qPrintable(created->toString()));
    return 0;
}

} // namespace Shahrvand::ServerCommands
