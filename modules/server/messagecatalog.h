#pragma once

#include "language.h"

#include <QList>
#include <QString>
#include <QTranslator>
#include <QVariant>

namespace Shahrvand::Server {

// The compiled Persian and English catalogues, loaded once and read from any thread.
// Requests in different languages are answered at the same time, so the server never
// installs a translator application-wide: each answer is translated into its own
// request's language through this object.
class MessageCatalog final
{
public:
    MessageCatalog();
    MessageCatalog(const MessageCatalog &) = delete;
    MessageCatalog &operator=(const MessageCatalog &) = delete;

    // The translation of `source` in `context`, or `source` itself when the catalogue
    // lacks it (so an untranslated message still says something).
    QString text(Language language, const char *context, const char *source) const;

private:
    QTranslator m_persian;
    QTranslator m_english;
};

// A message whose language is not known yet: errors are built deep inside validation
// or a handler and translated only when the answer is written, in the language of the
// request it answers.
class TranslatableText final
{
public:
    // Named `translate` on purpose: lupdate extracts every call of that name, so
    //     TranslatableText::translate("Shahrvand::Server::Cases", "The case was closed.")
    // puts the text in the catalogues under that context without translating it now.
    static TranslatableText translate(const char *context, const char *source)
    {
        return TranslatableText(context, source);
    }

    // Fill %1, %2... in order. Numbers are written with the digits of the language.
    TranslatableText &arg(const QString &value);
    TranslatableText &arg(qint64 number);

    QString toString(const MessageCatalog &catalog, Language language) const;
    // The English form, for logs.
    QString toEnglish() const;

private:
    TranslatableText(const char *context, const char *source)
        : m_context(context)
        , m_source(source)
    {}

    QString fill(QString text, Language language) const;

    const char *m_context;
    const char *m_source;
    QList<QVariant> m_arguments;
};

} // namespace Shahrvand::Server
