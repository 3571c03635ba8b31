#include "appfonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFonts, "shahrvand.ui.fonts")

namespace Shahrvand::Ui {

QStringList installApplicationFonts()
{
    static const char *const faces[] = {
        ":/fonts/Vazirmatn-Regular.ttf",
        ":/fonts/Vazirmatn-Medium.ttf",
        ":/fonts/Vazirmatn-Bold.ttf",
    };
    for (const char *face : faces) {
        if (QFontDatabase::addApplicationFont(QString::fromLatin1(face)) < 0)
            qCWarning(lcFonts) << "could not load bundled font" << face;
    }

    const QStringList families = {
        QStringLiteral("Vazirmatn"),
        QStringLiteral("Noto Sans Arabic"),
        QStringLiteral("Noto Sans"),
    };
    QFont font = QApplication::font();
    font.setFamilies(families);
    font.setPointSize(10);
    font.setHintingPreference(QFont::PreferVerticalHinting);
    // Qt 6.4 measures wrapped lines without kerning but draws Vazirmatn with it, so long
    // Persian lines ran past their width and were clipped; draw them as measured.
    font.setKerning(false);
    QApplication::setFont(font);
    return families;
}

} // namespace Shahrvand::Ui
