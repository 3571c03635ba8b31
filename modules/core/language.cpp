#include "language.h"

namespace Shahrvand {

QString languageCode(Language language)
{
    switch (language) {
    case Language::Persian:
        return QStringLiteral("fa");
    case Language::English:
        return QStringLiteral("en");
    }
    Q_UNREACHABLE();
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QString lower = code.trimmed().toString().toLower();
    // Accept region-qualified forms such as fa_IR, fa-IR, en_US.
    const QString base = lower.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    if (base == QLatin1String("fa") || base == QLatin1String("per") || base == QLatin1String("fas"))
        return Language::Persian;
    if (base == QLatin1String("en") || base == QLatin1String("eng"))
        return Language::English;
    return std::nullopt;
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::Persian:
        return QLocale(QLocale::Persian, QLocale::Iran);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    Q_UNREACHABLE();
}

Language languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::Persian ? Language::Persian : Language::English;
}

Qt::LayoutDirection layoutDirectionFor(Language language)
{
    return language == Language::Persian ? Qt::RightToLeft : Qt::LeftToRight;
}

QString nativeLanguageName(Language language)
{
    switch (language) {
    case Language::Persian:
        return QStringLiteral("فارسی");
    case Language::English:
        return QStringLiteral("English");
    }
    Q_UNREACHABLE();
}

} // namespace Shahrvand
