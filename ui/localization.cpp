#include "localization.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcLocalization, "shahrvand.ui.localization")

namespace Shahrvand::Ui {

namespace {
const auto languageKey = QStringLiteral("ui/language");
}

Localization::Localization(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    apply(savedLanguage(settings));
}

Language Localization::savedLanguage(const QSettings &settings)
{
    const QString code = settings.value(languageKey).toString();
    if (code.isEmpty())
        return defaultLanguage;
    const auto language = languageFromCode(code);
    if (!language) {
        qCWarning(lcLocalization) << "ignoring unknown saved language" << code;
        return defaultLanguage;
    }
    return *language;
}

void Localization::setLanguage(Language language)
{
    m_settings.setValue(languageKey, languageCode(language));
    if (language != m_language)
        apply(language);
}

void Localization::applyWithoutSaving(Language language)
{
    if (language != m_language)
        apply(language);
}

void Localization::apply(Language language)
{
    m_language = language;
    const QString code = languageCode(language);

    if (m_appTranslatorInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtTranslatorInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);

    // Qt's own strings (standard buttons, context menus) come from Qt's catalogue.
    m_qtTranslatorInstalled =
        m_qtTranslator.load(QStringLiteral("qtbase_") + code,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (!m_qtTranslatorInstalled && language != Language::English)
        qCWarning(lcLocalization) << "Qt's own translation is missing for" << code;

    m_appTranslatorInstalled = m_appTranslator.load(QStringLiteral(":/i18n/shahrvand_") + code) &&
                               QCoreApplication::installTranslator(&m_appTranslator);
    if (!m_appTranslatorInstalled)
        qCCritical(lcLocalization) << "Shahrvand translation missing for" << code;

    QLocale::setDefault(localeFor(language));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(layoutDirectionFor(language));

    emit languageChanged(language);
}

} // namespace Shahrvand::Ui
