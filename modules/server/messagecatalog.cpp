#include "messagecatalog.h"

#include "serverlogging.h"

namespace Shahrvand::Server {

MessageCatalog::MessageCatalog()
{
    // Both files are compiled into Shahrvand::Core; a missing one is a packaging error,
    // and the server still answers (in the English source texts) rather than not at all.
    if (!m_persian.load(QStringLiteral(":/i18n/shahrvand_fa.qm")))
        qCCritical(lcApi) << "the Persian catalogue is missing from the resources";
    if (!m_english.load(QStringLiteral(":/i18n/shahrvand_en.qm")))
        qCCritical(lcApi) << "the English catalogue is missing from the resources";
}

QString MessageCatalog::text(Language language, const char *context, const char *source) const
{
    const QTranslator &translator = language == Language::Persian ? m_persian : m_english;
    // QTranslator's lookup is const and touches no shared state, so worker threads may
    // call it concurrently once loading is done.
    QString translated = translator.translate(context, source);
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    return translated;
}

TranslatableText &TranslatableText::arg(const QString &value)
{
    m_arguments.append(QVariant(value));
    return *this;
}

TranslatableText &TranslatableText::arg(qint64 number)
{
    m_arguments.append(QVariant(number));
    return *this;
}

QString TranslatableText::toString(const MessageCatalog &catalog, Language language) const
{
    return fill(catalog.text(language, m_context, m_source), language);
}

QString TranslatableText::toEnglish() const
{
    return fill(QString::fromUtf8(m_source), Language::English);
}

QString TranslatableText::fill(QString text, Language language) const
{
    const QLocale locale = localeFor(language);
    for (const QVariant &argument : m_arguments) {
        if (argument.typeId() == QMetaType::LongLong)
            text = text.arg(locale.toString(argument.toLongLong()));
        else
            text = text.arg(argument.toString());
    }
    return text;
}

} // namespace Shahrvand::Server
