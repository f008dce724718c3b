#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the README's pictures: seeds a demo database with servicedeck-cli (fixed random seed,
# the changes in the current month) and runs servicedeck-screenshots on it under Xvfb, which
# writes queue.png, ticket.png, cmdb.png, calendar.png and dashboard.png into images/ here.
#   packaging/screenshots/make-screenshots.sh [--no-build] [BUILD_DIR]     (default: build)
# --no-build takes the executables in BUILD_DIR as they are.
# Without xvfb-run, or with SERVICEDECK_SCREENSHOTS_PLATFORM=offscreen, Qt's offscreen
# platform draws the window instead.
set -euo pipefail

build_first=1
if [ "${1:-}" = --no-build ]; then
    build_first=0
    shift
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out="$here/images"

if [ "$build_first" -eq 1 ]; then
    cmake --build "$build" --target servicedeck-cli servicedeck-screenshots
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/servicedeck-screenshots.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The same words, dates and times on every machine.
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$work/runtime"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi

db="sqlite:$work/demo.db"
"$build/bin/servicedeck-cli" --db "$db" init >/dev/null
"$build/bin/servicedeck-cli" --db "$db" seed --tickets 4000 --cis 400 --changes 120 \
    --random-seed 20260101 --change-month "$(date -u +%Y-%m)" 2>"$work/seed.log" \
    || { cat "$work/seed.log" >&2; exit 1; }

mkdir -p "$out"
shots=("$build/bin/servicedeck-screenshots" --db "$db" --out "$out" --size 1280x800)
platform=${SERVICEDECK_SCREENSHOTS_PLATFORM:-}
if [ -z "$platform" ] && ! command -v xvfb-run >/dev/null; then
    echo "make-screenshots.sh: xvfb-run not found (Debian: xvfb); drawing offscreen" >&2
    platform=offscreen
fi
if [ "$platform" = offscreen ]; then
    QT_QPA_PLATFORM=offscreen "${shots[@]}"
else
    xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" env QT_QPA_PLATFORM=xcb "${shots[@]}"
fi
