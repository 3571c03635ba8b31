#pragma once

#include "language.h"

#include <QObject>
#include <QTranslator>

class QSettings;

namespace Shahrvand::Ui {

// Owns the application's one language setting and everything that follows from it:
// the Shahrvand and Qt translations, QLocale's default (so dates and digits follow),
// and the layout direction (Persian lays out right to left).
class Localization final : public QObject
{
    Q_OBJECT

public:
    // Reads the saved language from `settings` (Persian when none is saved). The
    // settings object must outlive this one.
    explicit Localization(QSettings &settings, QObject *parent = nullptr);

    Language language() const { return m_language; }

    // Switches the whole application now and saves the choice.
    void setLanguage(Language language);
    // Switches for this run only (command-line override); nothing is saved.
    void applyWithoutSaving(Language language);

    static Language savedLanguage(const QSettings &settings);

signals:
    void languageChanged(Shahrvand::Language language);

private:
    void apply(Language language);

    QSettings &m_settings;
    Language m_language = defaultLanguage;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appTranslatorInstalled = false;
    bool m_qtTranslatorInstalled = false;
};

} // namespace Shahrvand::Ui
