#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Shahrvand {

// The two languages of the user interface. The setting that chooses one is the only
// locale setting the application has: dates, digits, numbers, layout direction and
// translations all follow it.
enum class Language {
    Persian,
    English,
};

constexpr Language defaultLanguage = Language::Persian;

// "fa" or "en": the form stored in settings and sent as Accept-Language.
QString languageCode(Language language);
std::optional<Language> languageFromCode(QStringView code);

// Persian (Iran) or English (United States). Both show Jalali dates.
QLocale localeFor(Language language);
Language languageOf(const QLocale &locale);

Qt::LayoutDirection layoutDirectionFor(Language language);

// The language's own name for itself, for menus: "فارسی", "English".
QString nativeLanguageName(Language language);

} // namespace Shahrvand
