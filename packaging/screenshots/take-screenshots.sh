#!/bin/sh
# SPDX-License-Identifier: MIT
# Takes the screenshots in this folder: the app on an X server of the screen's size (Xvfb),
# fed by the test panel, with the documented example category open and a service selected.
# Needs xvfb-run, ImageMagick's import, xdotool and, for the dark one, qt6-gtk-platformtheme.
#
# usage: packaging/screenshots/take-screenshots.sh [BUILD_DIR]    (default: build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
app="$root/${1:-build}/app/smm-price-browser"
out="$root/packaging/screenshots"
work=$(mktemp -d)
trap 'kill $panel_pid 2>/dev/null; rm -rf "$work"' EXIT

sleep infinity | python3 "$root/tests/support/fake_panel.py" --catalog-size 3000 >"$work/panel" &
panel_pid=$!
while ! grep -q PORT "$work/panel" 2>/dev/null; do sleep 0.1; done
port=$(awk '/PORT/ {print $2}' "$work/panel")

# shot NAME WIDTHxHEIGHT LANGUAGE [dark]
shot() {
    home="$work/home-$1"
    mkdir -p "$home"
    cat >"$work/run-$1.sh" <<SCRIPT
"$app" --api-url "http://127.0.0.1:$port/smm" --category "[IG] Instagram Likes Indonesia" &
sleep 5
# No window manager here: the window is placed and sized as a maximized one would be.
window=\$(xdotool search --onlyvisible --name "SMM Price Browser" | head -n 1)
xdotool windowmove \$window 0 0 windowsize \$window ${2%x*} ${2#*x} windowfocus \$window
sleep 1
xdotool key ctrl+l Tab
sleep 1
import -window root "$out/$1.png"
kill %1
SCRIPT
    theme=
    [ "${4:-}" = dark ] && theme="QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark"
    # shellcheck disable=SC2086 # $theme is a list of assignments
    env -u LC_ALL HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" LANGUAGE="$3" LANG="$3.UTF-8" $theme \
        xvfb-run -a -s "-screen 0 ${2}x24" sh "$work/run-$1.sh"
}

shot main-window 1366x768 en_US
shot main-window-id 1366x768 id_ID
shot netbook-1024x600 1024x600 en_US
shot netbook-1024x600-id 1024x600 id_ID
shot dark 1366x768 en_US dark
