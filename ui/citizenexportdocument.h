#pragma once

#include <QJsonObject>
#include <QString>

namespace Shahrvand::Ui {

// Everything held about a citizen (the server's export, GET /api/v1/citizens/{id}/export)
// as a printable document for a subject access request: A4 portrait, right to left in
// Persian, Jalali dates and the interface's digits. A heading with the citizen and the
// date, then the profile, contacts, cases with their notes, status history and missions,
// interactions, survey answers, files and the audit trail.
class CitizenExportDocument final
{
public:
    // The document as HTML (for QTextDocument).
    static QString html(const QJsonObject &exported, qint64 nowMs);
    // Prints it to a PDF at `path` (whole or not at all); the problem, translated, or empty.
    static QString printToPdf(const QJsonObject &exported, const QString &path, qint64 nowMs);
};

} // namespace Shahrvand::Ui
