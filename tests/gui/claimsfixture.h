#pragma once

// The claimant's world for the expense claims GUI tests: expense policies, a submitted claim
// whose taxi receipt is Approvals::receiptPng(), a returned one with the approver's reason,
// an approved one; and the steps a claimant takes in the editor.

#include "expensepolicy.h"
#include "shellfixture.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPixmap>
#include <QString>

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {
class ClaimEditor;
}

namespace Shahrvand::Testing::Claims {

QString sha256Of(const QByteArray &bytes);
// Another photographed receipt, different from Approvals::receiptPng().
QByteArray otherReceiptPng();
// Users 7 and 12; units 3 and 4; mission 31 (M-1405-031); policies for transport (a cap of
// 10 M a claim, a receipt above 2 M), per diem (3 M a day) and lodging (a receipt above
// 5 M); user 7's claims 60 (submitted, for mission 31, its taxi line 601 naming
// receiptPng()), 61 (returned, with the reason) and 62 (approved).
void plantClaims(ShellFixture &fixture);
// What the outbox would push once the files it names are uploaded.
QList<QJsonObject> mutationsOf(Cache::LocalCache &cache, const QString &entity);
// Types a line into the editor's form and puts it into the claim.
void addLine(Ui::ClaimEditor &editor, const QString &type, const QString &date,
             const QString &amount, const QString &vendor, const QString &receipt = {});
// The widget as drawn once the layouts have followed the last changes.
QPixmap grabbed(QWidget &widget);
QList<Missions::FindingCode> codesOf(const Ui::ClaimEditor &editor);

} // namespace Shahrvand::Testing::Claims
