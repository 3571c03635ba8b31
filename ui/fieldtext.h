#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace Shahrvand::Ui {

// How the rows of the registry's entities read to people: entity and field names, the
// words for stored codes ("waiting_citizen"), and values as the user understands them
// (Jalali dates, the interface's digits, yes/no for booleans, rials for money).
class FieldText final
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::FieldText)

public:
    // "Case", "Expense claim"; the API name itself for an unknown entity.
    static QString entityName(QStringView entity);
    // "Tracking code", "Date of birth"; the column name itself for an unknown field.
    static QString fieldLabel(QStringView field);
    // A stored code of an enumeration ("in_progress", "senior_agent") in words; the
    // code itself when it is not one we know.
    static QString codeText(QStringView code);

    // One value of `field` of a row of `entity`, as text. Empty for null or missing.
    static QString displayValue(QStringView entity, QStringView field, const QJsonValue &value,
                                const QLocale &locale = QLocale());

    static QString yes();
    static QString no();
};

} // namespace Shahrvand::Ui
