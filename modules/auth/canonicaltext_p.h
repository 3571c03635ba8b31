#pragma once

#include <QString>
#include <QStringView>

// The forms in which user names and passwords are compared. Persian is typed on several
// keyboard layouts that produce different code points for the same letter (Arabic yeh
// U+064A and kaf U+0643 on older layouts, Persian yeh U+06CC and keheh U+06A9 on the
// standard one) and different digits (Persian, Arabic-Indic, ASCII). A clerk who chose a
// password on one workstation must be able to type it on another, so both forms are
// folded the same way before hashing and before comparing.
namespace Shahrvand::Auth::detail {

// NFKC, then Arabic yeh/alef maksura -> Persian yeh, Arabic kaf -> keheh, Persian and
// Arabic-Indic digits -> ASCII. Nothing is trimmed: spaces in a password are part of it.
QString canonicalPassword(QStringView password);

// canonicalPassword(), trimmed and in lower case: "Admin" and "admin " are one user.
QString canonicalUsername(QStringView username);

// Characters as people count them (code points, not UTF-16 units).
qsizetype codePointCount(QStringView text);

} // namespace Shahrvand::Auth::detail
