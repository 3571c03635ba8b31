#!/usr/bin/env bash
# README command 2 (and CI): install what is missing, build, and run every test
# through CTest. GUI tests run headless on Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
exec ctest --output-on-failure --parallel "${SHAHRVAND_JOBS:-$(nproc)}" "$@"
