#!/usr/bin/env bash
# Builds the .deb from BUILD_DIR, installs it with apt, checks `dozor --version` and that the
# desktop app starts and paints its overview, then removes the package again.
#   installer/check-deb.sh [BUILD_DIR]        (root or sudo; Debian/Ubuntu)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi

rm -f "$build"/dozor_*.deb
(cd "$build" && cpack -G DEB > /dev/null 2>&1)
deb=$(ls "$build"/dozor_*.deb)
echo "check-deb: $deb ($(du -k "$deb" | cut -f1) KiB)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb --contents "$deb" > "$tmp/contents"
for f in ./usr/bin/dozor ./usr/share/applications/app.dozor.Dozor.desktop \
    ./usr/share/metainfo/app.dozor.Dozor.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/dozor.svg; do
    grep -q " $f\$" "$tmp/contents" || { echo "check-deb: $f missing from the package" >&2; exit 1; }
done
# Stripped: no symbol table left in the packaged binary.
dpkg-deb -x "$deb" "$tmp/root"
readelf --sections "$tmp/root/usr/bin/dozor" > "$tmp/sections"
if grep -q '\.symtab' "$tmp/sections"; then
    echo "check-deb: the packaged binary is not stripped" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -q "$deb" > "$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log" >&2; exit 1; }
trap '"${sudo[@]}" apt-get remove -y -q dozor > /dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

version=$(env -u DISPLAY /usr/bin/dozor --version)
echo "check-deb: $version"
[ "$version" = "dozor $(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt")" ]

# The desktop app: start it offscreen on a fresh home, wait for the first painted overview.
export DOZOR_HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
QT_LOGGING_RULES="dozor.ui=true" /usr/bin/dozor > "$tmp/gui.log" 2>&1 &
gui=$!
for _ in $(seq 100); do grep -q "first overview paint" "$tmp/gui.log" && break; sleep 0.1; done
kill -TERM "$gui"
wait "$gui" || { echo "check-deb: the app did not exit cleanly:" >&2; cat "$tmp/gui.log" >&2; exit 1; }
grep "first overview paint" "$tmp/gui.log" || { echo "check-deb: no overview painted:" >&2; cat "$tmp/gui.log" >&2; exit 1; }
[ -f "$DOZOR_HOME/workspace.json" ]
echo "check-deb: installed, ran, started the desktop app; removing the package"
