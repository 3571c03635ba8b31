// shahrvand: the desktop workstation. Wiring only; the logic is in modules/ and ui/.
#include "appfonts.h"
#include "clock.h"
#include "language.h"
#include "localization.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Shahrvand;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShahrvandWorkstationCli)
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("Shahrvand"));
    QApplication::setApplicationName(QStringLiteral("Shahrvand"));
    QApplication::setApplicationVersion(QStringLiteral(SHAHRVAND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("shahrvand"));
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
        Tr::tr("Save a picture of the main window to this PNG file and exit."),
        QStringLiteral("file"));
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
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

    const SystemClock clock;
    Ui::MainWindow window(clock, localization, settings);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Let the window lay itself out and paint once before taking the picture.
        QTimer::singleShot(200, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "shahrvand: could not write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
