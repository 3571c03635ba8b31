#!/usr/bin/env bash
# Installs whatever is missing, then builds Shahrvand (Release, warnings as errors)
# into build/. Shared by the README's two commands and CI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSHAHRVAND_WERROR=ON
cmake --build build --parallel "${SHAHRVAND_JOBS:-$(nproc)}"
