// shahrvand: the desktop workstation. Wiring only; the logic is in modules/ and ui/.
#include "appfonts.h"
#include "clock.h"
#include "credentialstore.h"
#include "language.h"
#include "localization.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "signinflow.h"
#include "synccommand.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Shahrvand;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandWorkstationCli)
};

// Saves a picture of `widget` once it has laid itself out and painted, then calls `done`
// with whether the file was written.
void saveScreenshot(QWidget *widget, const QString &file, std::function<void(bool)> done)
{
    QTimer::singleShot(200, widget, [widget, file, done = std::move(done)] {
        const bool saved = widget->grab().save(file, "PNG");
        if (!saved)
            std::fprintf(stderr, "shahrvand: could not write %s\n", qPrintable(file));
        done(saved);
    });
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("Shahrvand"));
    QApplication::setApplicationName(QStringLiteral("Shahrvand"));
    QApplication::setApplicationVersion(QStringLiteral(SHAHRVAND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("shahrvand"));
    // The headless sync needs no display: it runs before any QApplication exists.
    if (argc > 1 && qstrcmp(argv[1], "sync") == 0)
        return runSyncCommand(argc, argv);
    QApplication app(argc, argv);

    Ui::installApplicationFonts();
    QSettings settings;
    Ui::Localization localization(settings);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Shahrvand citizen relationship management workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            Tr::tr("Interface language for this run: fa or en."),
                                            QStringLiteral("code"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Save a picture of the main window (or of the sign-in dialog, when one is "
               "shown) to this PNG file and exit."),
        QStringLiteral("file"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), Tr::tr("The server address to fill in the sign-in dialog."),
        QStringLiteral("url"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        Tr::tr("The user name to fill in the sign-in dialog. With the SHAHRVAND_PASSWORD "
               "environment variable set, this user is signed in straight away."),
        QStringLiteral("name"));
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
    parser.addOption(serverOption);
    parser.addOption(userOption);
    parser.process(app);

    if (parser.isSet(languageOption)) {
        const auto language = languageFromCode(parser.value(languageOption));
        if (!language) {
            std::fprintf(stderr, "shahrvand: %s\n",
                         qPrintable(Tr::tr("unknown language \"%1\"; use fa or en")
                                        .arg(parser.value(languageOption))));
            return 2;
        }
        localization.applyWithoutSaving(*language);
    }
    const QString screenshot = parser.value(screenshotOption);

    // Secrets go to the system keychain, or stay in memory when there is none (the
    // sign-in dialog and the status bar say so); never to the settings file.
    const auto credentials =
        Credentials::openCredentialStore(QStringLiteral("Shahrvand"), settings);
    Ui::SignInOptions options;
    options.serverAddress = parser.value(serverOption);
    options.username = parser.value(userOption);
    if (!options.username.isEmpty()) {
        options.password = qEnvironmentVariable("SHAHRVAND_PASSWORD");
        // Not passed on to anything this process starts.
        qunsetenv("SHAHRVAND_PASSWORD");
    }
    Ui::SignInFlow signIn(*credentials, options);

    // --screenshot before anyone signed in: the picture is of the sign-in dialog.
    int screenshotResult = -1;
    if (!screenshot.isEmpty()) {
        QObject::connect(&signIn, &Ui::SignInFlow::dialogShown, &signIn,
                         [&screenshot, &screenshotResult](Ui::SignInDialog *dialog) {
                             QPointer<Ui::SignInDialog> shown(dialog);
                             saveScreenshot(dialog, screenshot,
                                            [shown, &screenshotResult](bool saved) {
                                                screenshotResult = saved ? 0 : 1;
                                                if (shown)
                                                    shown->reject();
                                            });
                         });
    }

    const SystemClock clock;
    // One signed-in user at a time: after "Sign out" the sign-in dialog comes back.
    for (;;) {
        const std::unique_ptr<Ui::Workspace> workspace = signIn.run();
        if (!workspace)
            return screenshotResult > 0 ? screenshotResult : 0; // the user cancelled

        Ui::MainWindow window(clock, localization, settings, *workspace);
        bool signedOut = false;
        QObject::connect(
            &window, &Ui::MainWindow::signInRequested, &signIn,
            [&signIn, &window, &workspace] { signIn.signInAgain(*workspace, &window); });
        QObject::connect(&window, &Ui::MainWindow::signOutRequested, &window,
                         [&signIn, &window, &workspace, &signedOut] {
                             signIn.signOut(*workspace);
                             signedOut = true;
                             window.close();
                         });
        window.show();
        workspace->engine->start();

        if (!screenshot.isEmpty())
            saveScreenshot(&window, screenshot,
                           [](bool saved) { QCoreApplication::exit(saved ? 0 : 1); });
        const int code = QApplication::exec();
        if (!signedOut)
            return code;
    }
}
