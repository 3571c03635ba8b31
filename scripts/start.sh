#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the workstation.
# Extra arguments go to the workstation, e.g. --language en.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "start: no graphical display here (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
  echo "start: run this from a desktop session, or under Xvfb: xvfb-run ./scripts/start.sh" >&2
  exit 1
fi
exec build/app/workstation/shahrvand "$@"
