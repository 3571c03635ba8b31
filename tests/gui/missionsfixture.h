#pragma once

// The missions workspace's world for the GUI tests: a district's missions in every status,
// their people, cases, comments, claims and approvals, pulled into a ShellFixture's cache
// as a first sync leaves them.

#include "principal.h"
#include "shellfixture.h"

namespace Shahrvand::Testing::Missions {

inline constexpr qint64 hourMs = 3'600'000;

// Hossein Moradi (user 30): a field officer of unit 3.
Access::Principal fieldOfficer();

// Users 7 (Maryam, ShellFixture::user()), 12, 21, 30; units 3 and 4; cases 101..103;
// missions 31 (Maryam's draft; Hossein leads it; case 101), 32 (issued; Hossein on it;
// claims of 12.5 M and 2 M rials that count and a draft of 100 M that does not; a comment),
// 33 (in progress in unit 4; case 103; two claims too large to add up), 34 (an approved
// draft with nobody sent; its two approvals), 35 (completed; Maryam on it).
void plant(ShellFixture &fixture);

} // namespace Shahrvand::Testing::Missions
