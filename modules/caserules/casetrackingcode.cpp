#include "casetrackingcode.h"

#include "casedata.h"
#include "trackingcode.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTranslator>

Q_DECLARE_LOGGING_CATEGORY(lcCaseRules)

namespace Shahrvand::CaseRules {

namespace {

Expected<bool, CaseRuleError> inUse(QSqlDatabase &db, const QString &code)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM cases WHERE tracking_code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        return CaseData::internal(query.lastError().text());
    return query.next();
}

// The Persian catalogue compiled into Shahrvand::Core, loaded once. The server installs no
// translator (each answer has its own language), so stored sentences are translated here.
const QTranslator &persianCatalogue()
{
    static const QTranslator *const catalogue = [] {
        auto *translator = new QTranslator;
        if (!translator->load(QStringLiteral(":/i18n/shahrvand_fa.qm")))
            qCWarning(lcCaseRules) << "the Persian catalogue is missing from the resources";
        return translator;
    }();
    return *catalogue;
}

} // namespace

Expected<TrackingCodeChoice, CaseRuleError> chooseTrackingCode(QSqlDatabase &db,
                                                               const QString &proposed)
{
    TrackingCodeChoice choice;
    if (!proposed.isEmpty()) {
        const auto used = inUse(db, proposed);
        if (!used)
            return used.error();
        if (!*used) {
            choice.code = proposed;
            return choice;
        }
        choice.displaced = proposed;
    }
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString code = TrackingCode::generate(*QRandomGenerator::system()).compact();
        const auto used = inUse(db, code);
        if (!used)
            return used.error();
        if (!*used) {
            choice.code = code;
            return choice;
        }
    }
    return CaseData::internal(QStringLiteral("no unused tracking code after 8 attempts"));
}

QString trackingCodeChangedNote(const QString &proposed, const QString &given)
{
    static const char *const source = QT_TRANSLATE_NOOP(
        "Shahrvand::CaseRules",
        "The tracking code %1, proposed when this case was registered offline, was already "
        "in use by another case; this case's tracking code is %2. Give the citizen the new "
        "code.");
    const auto shown = [](const QString &code) {
        const auto parsed = TrackingCode::parse(code);
        return parsed ? parsed->displayForm() : code;
    };
    QString persian = persianCatalogue().translate("Shahrvand::CaseRules", source);
    if (persian.isEmpty())
        persian = QString::fromUtf8(source);
    const QString english = QString::fromUtf8(source);
    return persian.arg(shown(proposed), shown(given)) + QLatin1Char('\n') +
           english.arg(shown(proposed), shown(given));
}

} // namespace Shahrvand::CaseRules
