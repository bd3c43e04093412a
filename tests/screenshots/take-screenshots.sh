#!/usr/bin/env bash
# Regenerates the README's screenshots under Xvfb, with real data: a loopback HTTP server
# (tests/integration/http_fixture.py), this computer's own resources, and a few minutes of
# history recorded by `dozor watch` first.
#   tests/screenshots/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs: Xvfb, trayer, xdotool, ImageMagick (import), python3 — .ci/install-deps has them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
out=${2:-$root/installer/screenshots}
record_seconds=${RECORD_SECONDS:-150}
dozor="$build/dozor"
[ -x "$dozor" ] || { echo "no $dozor: build first (cmake --build build)" >&2; exit 1; }
mkdir -p "$out"

work=$(mktemp -d)
pids=()
app=
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export DOZOR_HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" LC_ALL=C.UTF-8 DOZOR_LANG=${DOZOR_LANG:-en}
mkdir -p "$DOZOR_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The fixture stops when its stdin closes: keep a pipe open until this script ends.
mkfifo "$work/fixture.in"
python3 "$root/tests/integration/http_fixture.py" < "$work/fixture.in" > "$work/fixture.out" &
pids+=($!)
exec 3> "$work/fixture.in"
for _ in $(seq 50); do grep -q '^PORT' "$work/fixture.out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/^PORT //p' "$work/fixture.out")
base="http://127.0.0.1:$port"

# Twelve nights of app backups on "this computer" (sizes growing as data does; the one of
# five nights ago cut short, so its verification fails).
backups="$work/backups"
mkdir -p "$backups" "$work/app-data"
for d in $(seq 12 -1 1); do
    stamp=$(date -u -d "-$d day 02:00" +%Y%m%d-%H%M%S)
    head -c $(( (3000 + (12 - d) * 40) * 1024 )) /dev/urandom > "$work/app-data/media.bin"
    tar -czf "$backups/full_$stamp.tar.gz" -C "$work/app-data" media.bin
    if [ "$d" = 5 ]; then truncate -s 1M "$backups/full_$stamp.tar.gz"; fi
done

# A static site deployed from this computer to this computer (its releases under site/).
mkdir -p "$work/site-build/css" "$work/site"
echo "<h1>Spring sale</h1>" > "$work/site-build/index.html"
echo "body { font-family: sans-serif }" > "$work/site-build/css/site.css"
for i in $(seq 1 24); do echo "// module $i" > "$work/site-build/app-$i.js"; done

ws="$DOZOR_HOME/workspace.json"
cat > "$ws" <<JSON
{
  "schema": 1,
  "name": "demo",
  "targets": [
    { "id": "this-computer", "name": "This computer", "local": true, "tags": ["office"] },
    { "id": "shop", "name": "Web shop", "ssh": { "host": "127.0.0.1", "user": "deploy" }, "tags": ["production"] },
    { "id": "blog", "name": "Blog", "ssh": { "host": "127.0.0.1" }, "tags": ["production"] }
  ],
  "checks": [
    { "id": "cpu", "target": "this-computer", "type": "cpu", "interval": 5 },
    { "id": "load", "target": "this-computer", "type": "load", "interval": 5 },
    { "id": "memory", "target": "this-computer", "type": "memory", "interval": 5 },
    { "id": "disk", "target": "this-computer", "type": "disk", "interval": 10 },
    { "id": "uptime", "target": "this-computer", "type": "uptime", "interval": 30 },
    { "id": "backups", "name": "Nightly backup", "type": "backup", "interval": 60,
      "backup": { "source": "app-full" } },
    { "id": "shop-home", "name": "Home page", "target": "shop", "type": "http", "interval": 2, "warn": 600, "crit": 1500,
      "http": { "url": "$base/jitter", "keyword": "shop is open" } },
    { "id": "shop-health", "name": "Health endpoint", "target": "shop", "type": "http", "interval": 3,
      "http": { "url": "$base/keyword", "keyword": "healthy" } },
    { "id": "shop-old-url", "name": "Old URL redirect", "target": "shop", "type": "http", "interval": 5,
      "http": { "url": "$base/redirect", "expect_status": [200] } },
    { "id": "blog-home", "name": "Home page", "target": "blog", "type": "http", "interval": 3,
      "http": { "url": "$base/ok" } },
    { "id": "blog-admin", "name": "Admin", "target": "blog", "type": "http", "interval": 5,
      "http": { "url": "$base/error" } }
  ],
  "backups": [
    { "id": "app-full", "target": "this-computer", "type": "files", "kind": "full",
      "path": "$backups", "pattern": "full_*.tar.gz", "time_format": "full_%Y%m%d-%H%M%S",
      "paths": ["$work/app-data"], "retention": { "keep_daily": 7, "keep_weekly": 2 },
      "restore_to": "$work/app-data" }
  ],
  "deploy": [
    { "id": "site", "target": "this-computer", "kind": "static", "path": "$work/site",
      "from": "$work/site-build", "keep": 5 }
  ],
  "alerts": { "channels": [ { "id": "tray", "type": "tray" } ] }
}
JSON

echo "recording ${record_seconds}s of history…"
# Exits 2 at the end: "Admin" is meant to fail (its end state, as dozor check would say).
"$dozor" watch --workspace "$ws" --for "$record_seconds" > /dev/null 2>&1 || [ $? -le 2 ]
incident=$("$dozor" journal list --workspace "$ws" --json | python3 -c \
    'import json,sys; print(next(i["id"] for i in json.load(sys.stdin)["incidents"] if i["check"] == "blog-admin"))')
"$dozor" journal add --workspace "$ws" --incident "$incident" --severity critical --target blog \
    --title "Blog admin returns 500 after the plugin update" \
    --what "The admin page answers HTTP 500; the public pages are fine." \
    --cause "The update left a plugin that needs a newer PHP." \
    --fix "Plugin rolled back; pinned in the deploy recipe." \
    --follow-ups "Add a staging check for the admin page." > /dev/null

# Verifications (one fails: the archive cut short) and a backup made now, as jobs.
for n in 1 2 3 5; do
    name=$(ls "$backups" | sort -r | sed -n "${n}p")
    "$dozor" backup verify app-full "$name" --workspace "$ws" > /dev/null 2>&1 || true
done
"$dozor" backup run app-full --workspace "$ws" > /dev/null 2>&1 || true
# Two deploys of the site, then a change for the next one (shown in the deploy dialog).
"$dozor" deploy this-computer site --yes --deploy-anyway --workspace "$ws" > /dev/null 2>&1
echo "// module 3, fixed" > "$work/site-build/app-3.js"
"$dozor" deploy this-computer site --yes --deploy-anyway --workspace "$ws" > /dev/null 2>&1
echo "<h1>Summer sale</h1>" > "$work/site-build/index.html"
rm "$work/site-build/app-24.js"

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.1; done
trayer --edge bottom --align right --widthtype pixel --width 120 --height 24 > /dev/null 2>&1 &
pids+=($!)
sleep 1

# Starts the app on a page, waits for its window, leaves it running ($app).
launch() {
    DOZOR_LANG=${DOZOR_LANG:-en} "$dozor" --workspace "$ws" --page "$1" > "$work/app.log" 2>&1 &
    app=$!
    timeout 30 xdotool search --sync --onlyvisible --name 'Dozor' > /dev/null
    sleep "${2:-6}"
    window=$(xdotool search --onlyvisible --name 'Dozor' | head -1)
    xdotool windowsize "$window" 1280 776 windowmove "$window" 0 0
    sleep 1
}
stop_app() {
    kill -TERM "$app"
    wait "$app" 2>/dev/null || true
}
shot() {
    import -window root "$work/raw.png"
    convert "$work/raw.png" -strip "$out/$1"
    echo "wrote $out/$1"
}

launch overview
shot overview.png
stop_app

launch target:shop
shot target-page.png
# The check editor over the target page: Ctrl+N, a name (the field that has focus), Tab
# past the ID to the URL, then Run now (Ctrl+R).
xdotool windowfocus --sync "$window" key ctrl+n
timeout 30 xdotool search --sync --onlyvisible --name 'Add check' > /dev/null
dialog=$(xdotool search --onlyvisible --name 'Add check' | head -1)
xdotool windowmove "$dialog" 360 90
xdotool windowfocus --sync "$dialog"
sleep 0.5
xdotool type --delay 20 "Checkout"
xdotool key Tab Tab
xdotool type --delay 20 "$base/jitter?page=checkout"
xdotool key ctrl+r
sleep 3
shot check-editor.png
stop_app

launch journal # the newest open incident is selected, its story below
shot journal.png
stop_app

launch backups 8 # listed on the first visit
shot backups.png
# The restore wizard on the newest backup, at its preview: the live folder has a file the
# backup does not, and the archive's file was touched since (checksums say: metadata only).
echo "notes taken since the backup" > "$work/app-data/notes.txt"
touch "$work/app-data/media.bin"
xdotool mousemove 460 255 click 1
sleep 1
xdotool key alt+t
timeout 30 xdotool search --sync --onlyvisible --name 'Restore a backup' > /dev/null
wizard=$(xdotool search --onlyvisible --name 'Restore a backup' | head -1)
xdotool windowmove "$wizard" 140 40
sleep 2
xdotool windowfocus --sync "$wizard" key Return
sleep 1
xdotool key Return
sleep 4
shot restore-wizard.png
stop_app
launch jobs
shot jobs.png
stop_app
# The server's page with its deploys, then the deploy dialog at what will change.
launch target:this-computer 3
shot deploy-target.png
xdotool mousemove 1140 471 click 1
timeout 30 xdotool search --sync --onlyvisible --name 'Deploy site to' > /dev/null
deploy=$(xdotool search --onlyvisible --name 'Deploy site to' | head -1)
xdotool windowmove "$deploy" 200 60
sleep 3
shot deploy-dialog.png
stop_app

# Dark (Settings → Appearance → Dark), then Russian.
settings="$DOZOR_HOME/desktop.ini"
set_appearance() {
    python3 - "$settings" "$1" <<'PY'
import configparser, sys
path, mode = sys.argv[1], sys.argv[2]
c = configparser.ConfigParser(interpolation=None)
c.optionxform = str
c.read(path)
if not c.has_section("ui"):
    c.add_section("ui")
c.set("ui", "appearance", mode)
with open(path, "w") as f:
    c.write(f, space_around_delimiters=False)
PY
}
set_appearance dark
launch overview
shot overview-dark.png
stop_app
launch target:this-computer
shot target-page-dark.png
stop_app
set_appearance light

DOZOR_LANG=ru launch overview
shot overview-ru.png
stop_app
DOZOR_LANG=ru launch target:shop
shot target-page-ru.png
stop_app
DOZOR_LANG=ru launch backups 8
shot backups-ru.png
stop_app
