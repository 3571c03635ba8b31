#pragma once

// The approvals inbox's world for the GUI tests: a small municipality's claims, a mission,
// their lines and a receipt, pulled into a ShellFixture's cache as a first sync leaves them.

#include "shellfixture.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Shahrvand::Testing::Approvals {

inline constexpr qint64 hourMs = 3'600'000;
// Two days and two hours after the rows were made.
inline qint64 nowMs()
{
    return ShellFixture::createdAtMs() + 50 * hourMs;
}

QJsonObject row(qint64 id, const QJsonObject &fields, qint64 version = 1);
// An expense claim of unit 3, submitted (id - 50) hours after the rows were made.
QJsonObject claim(qint64 id, const QString &title, qint64 total, qint64 claimant = 21,
                  const QString &status = QStringLiteral("submitted"), qint64 version = 2);
// A step for the supervisors of unit 3; decided ones by user 12, two hours in.
QJsonObject step(qint64 id, const QString &type, qint64 subject, int number = 1,
                 const QString &role = QStringLiteral("supervisor"),
                 const QString &decision = QStringLiteral("pending"), qint64 version = 1);
// A photographed receipt, as PNG.
QByteArray receiptPng();

// Users 21, 22, 12, 30; unit 3; claims 50 (12.5 M rials, at its second step), 51 (0.85 M),
// 52 (48 M), 53 (2.3 M); mission 31 (a draft, budgeted); steps 1..6 (step 2, claim 50's
// first, approved); the taxi receipt of line 501, kept in the cache.
void plant(ShellFixture &fixture);
// The claimant's receipts reached the server long ago: their rows are the server's, and the
// outbox is the approver's alone (the bytes stay in this copy until released).
void settleAttachments(ShellFixture &fixture);

// Translations of the approvals not yet merged into translations/*.ts can be tried from a
// .qm made of /work/tr-approvals.tsv (SHAHRVAND_EXTRA_QM), to look at the screens; they are
// Persian, so they are installed only while the interface is.
void useExtraTranslations(bool persian);

} // namespace Shahrvand::Testing::Approvals
