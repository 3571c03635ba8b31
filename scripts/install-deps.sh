#!/usr/bin/env bash
# Installs every Debian 12 package Shahrvand needs to build, run, test and package.
# The one place dependencies are listed: the README's two commands and CI all call it.
# Idempotent: packages already present are not reinstalled, and apt is not touched
# at all when nothing is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qt6-qpa-plugins libqt6opengl6-dev libgl-dev libxkbcommon-dev
  # storage, crypto, credentials
  libsqlite3-dev sqlite3 libpq-dev libsodium-dev qtkeychain-qt6-dev
  # PostgreSQL for the server tests (pg_virtualenv comes with postgresql-common)
  postgresql postgresql-contrib
  # fonts: Vazirmatn is bundled; Noto is the fallback
  fonts-noto-core
  # headless GUI tests, screenshots and the keychain under test: QtKeychain loads
  # libsecret at run time (it is not a dependency of its package); the credential and
  # sign-in suites run under dbus-run-session (dbus-daemon) with gnome-keyring-daemon
  xvfb xauth dbus dbus-daemon dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  # packaging (CPack DEB)
  dpkg-dev fakeroot file
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
