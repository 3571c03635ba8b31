#!/bin/sh
# with-keychain.sh <command> [arguments...]
#
# Runs a command (a test) against a real keychain of its own: a private D-Bus session bus
# and a GNOME keyring daemon (Secret Service) unlocked with a throw-away password, in a
# temporary home folder, so that no real keyring, settings or cache is read or touched.
# Works as root and without a display (CI). Needs dbus-run-session (dbus-daemon) and
# gnome-keyring-daemon (gnome-keyring); scripts/install-deps.sh installs both.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keychain: $tool is missing; run scripts/install-deps.sh" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/shahrvand-keychain.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
# QtKeychain picks KWallet for a KDE session; these tests are about the Secret Service.
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION

status=0
dbus-run-session -- sh -c '
    printf %s keychain-test-password |
        gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' with-keychain "$@" || status=$?
exit "$status"
