#pragma once

#include <QDir>
#include <QString>

namespace Shahrvand::Testing {

// Call first in a suite's initTestCase(): settings, caches and application data go to
// the test-mode folders (~/.qttest/...), never to a user's real ones.
void isolateUserFolders();

// Where a suite writes files a person should look at after the run (screenshots,
// exported documents): $SHAHRVAND_TEST_ARTIFACTS, set by CTest to build/test-artifacts.
QDir artifactDirectory();

// A string of `bytes` bytes of mixed Persian, Arabic, Latin and digit text, for
// hostile-input tests of anything that takes text.
QString largeMixedText(qsizetype bytes);

} // namespace Shahrvand::Testing
