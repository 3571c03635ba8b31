#!/usr/bin/env bash
# README command 1: install what is missing, build, start a local server on an embedded
# SQLite database with the demo city, and open the workstation against it.
# Extra arguments go to the workstation, e.g. --language en.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "start: no graphical display here (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
  echo "start: run this from a desktop session, or under Xvfb: xvfb-run ./scripts/start.sh" >&2
  exit 1
fi

data="${XDG_DATA_HOME:-$HOME/.local/share}/shahrvand-demo"
port="${SHAHRVAND_DEMO_PORT:-8137}"
mkdir -p "$data"
db="sqlite:$data/demo.db"
if [ ! -s "$data/demo.db" ]; then
  echo "start: creating the demo city in $data/demo.db (once; about half a minute)"
  build/app/server/shahrvand-server seed --db "$db" --demo
fi
build/app/server/shahrvand-server serve --db "$db" --listen "127.0.0.1:$port" \
  >"$data/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "start: the local server stopped; its log:" >&2
    cat "$data/server.log" >&2
    exit 1
  fi
  sleep 0.2
done
echo "start: local server on http://127.0.0.1:$port (log: $data/server.log)"
echo "start: signing in as ${SHAHRVAND_DEMO_USER:-supervisor.kazemi};" \
  "other demo users (password Shahrvand-1405): admin, agent.rezaei, field.bagheri, ..."
SHAHRVAND_PASSWORD=Shahrvand-1405 build/app/workstation/shahrvand \
  --server "http://127.0.0.1:$port" --user "${SHAHRVAND_DEMO_USER:-supervisor.kazemi}" "$@"
