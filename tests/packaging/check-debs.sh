#!/usr/bin/env bash
# Usage: check-debs.sh BUILD_DIR OUTPUT_DIR VERSION
# Packs the workstation and server .deb files from BUILD_DIR and checks what is inside:
# files, control fields, maintainer scripts, and that the packaged binaries run.
set -euo pipefail
build=$1 out=$2 version=$3
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; fail "cpack failed"; }

ws=$(ls "$out"/shahrvand_"$version"_*.deb 2>/dev/null | head -n1)
srv=$(ls "$out"/shahrvand-server_"$version"_*.deb 2>/dev/null | head -n1)
[ -f "$ws" ] || { ls "$out"; fail "no workstation package"; }
[ -f "$srv" ] || { ls "$out"; fail "no server package"; }

expect_file() { # package path
  dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|' | grep -qx "$2" || fail "$(basename "$1") lacks $2"
}
expect_field() { # package field pattern
  local value; value=$(dpkg-deb -f "$1" "$2")
  echo "$value" | grep -Eq "$3" || fail "$(basename "$1") field $2 is '$value', expected /$3/"
}

expect_file "$ws" /usr/bin/shahrvand
expect_file "$ws" /usr/share/applications/shahrvand.desktop
expect_file "$ws" /usr/share/icons/hicolor/scalable/apps/shahrvand.svg
expect_file "$ws" /usr/share/doc/shahrvand/copyright
expect_field "$ws" Package '^shahrvand$'
expect_field "$ws" Version "^$version"
expect_field "$ws" Depends 'libqt6widgets6'
expect_field "$ws" Depends 'qt6-qpa-plugins'

expect_file "$srv" /usr/bin/shahrvand-server
expect_file "$srv" /lib/systemd/system/shahrvand-server.service
expect_file "$srv" /etc/shahrvand/server.conf
expect_file "$srv" /usr/share/doc/shahrvand-server/copyright
expect_field "$srv" Package '^shahrvand-server$'
expect_field "$srv" Depends 'libqt6httpserver6'
expect_field "$srv" Depends 'adduser'

# The server's configuration is a conffile (kept on upgrade), and the maintainer
# scripts create the system user and the data folder.
ctrl="$out/server-control"; mkdir -p "$ctrl"; dpkg-deb -e "$srv" "$ctrl"
grep -qx /etc/shahrvand/server.conf "$ctrl/conffiles" || fail "server.conf is not a conffile"
grep -q 'adduser --system' "$ctrl/postinst" || fail "postinst does not create the system user"
grep -q '/var/lib/shahrvand' "$ctrl/postinst" || fail "postinst does not create /var/lib/shahrvand"
unit="$out/unit"; mkdir -p "$unit"; dpkg-deb -x "$srv" "$unit"
grep -q '^User=shahrvand' "$unit/lib/systemd/system/shahrvand-server.service" || fail "unit does not drop privileges"
grep -q '^ExecStart=/usr/bin/shahrvand-server serve' "$unit/lib/systemd/system/shahrvand-server.service" || fail "unit ExecStart"

# The packaged binaries are the real ones and start.
"$unit/usr/bin/shahrvand-server" --version | grep -q "$version" || fail "packaged server does not run"
wsroot="$out/ws"; mkdir -p "$wsroot"; dpkg-deb -x "$ws" "$wsroot"
QT_QPA_PLATFORM=offscreen "$wsroot/usr/bin/shahrvand" --version | grep -q "$version" || fail "packaged workstation does not run"
desktop-file-validate "$wsroot/usr/share/applications/shahrvand.desktop" 2>/dev/null || \
  grep -q '^Exec=shahrvand' "$wsroot/usr/share/applications/shahrvand.desktop" || fail ".desktop file"

echo "packages ok: $(basename "$ws") $(basename "$srv")"
