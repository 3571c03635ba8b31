#pragma once

// `shahrvand sync --server URL --user NAME`: one full sync cycle without a window, for a
// laptop's scheduled sync and for tests. Prints what was pulled, pushed and found in
// conflict; exits non-zero on failure. Called by main() before any QApplication exists.
int runSyncCommand(int argc, char *argv[]);
