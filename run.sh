#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (Debian packages), builds ServiceDeck, creates a demo database on the
# first run and starts the program on it.
#   ./run.sh                 build and start on the demo database
#   ./run.sh --build-only    install and build only (used by ./test.sh)
#   ./run.sh -- ARGS…        pass ARGS to servicedeck (e.g. -- --db postgresql://…)
set -euo pipefail
cd "$(dirname "$0")"

build_only=0
app_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build-only) build_only=1 ;;
        --) shift; app_args=("$@"); break ;;
        *) app_args+=("$1") ;;
    esac
    shift
done

packages=(cmake ninja-build g++ ccache pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev libsqlite3-dev
          qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev)
# Qt Charts' CMake package needs Qt OpenGL's, which Debian ships in libqt6opengl6-dev: only
# recommended by qt6-base-dev, so not installed with --no-install-recommends.
# Qt's SVG plugins draw the icons: qt6-svg-plugins where the distribution packages them apart,
# inside libqt6svg6 where it has no such package (Debian 12).
if apt-cache show qt6-svg-plugins >/dev/null 2>&1; then packages+=(qt6-svg-plugins); fi
# shellcheck disable=SC2206
packages+=(${SERVICEDECK_EXTRA_PACKAGES:-})

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "run.sh: installing ${missing[*]}" >&2
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# Configured again until it has once succeeded: a configure that failed (a package missing)
# leaves a cache behind but no build.ninja.
if [ ! -f build/build.ninja ]; then
    cmake --preset default >/dev/null
fi
cmake --build --preset default

[ "$build_only" -eq 1 ] && exit 0

data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/ServiceDeck/ServiceDeck"
demo="$data_dir/demo.db"
if [ ! -f "$demo" ]; then
    mkdir -p "$data_dir"
    echo "run.sh: creating the demo database $demo" >&2
    build/bin/servicedeck-cli --db "sqlite:$demo" init >/dev/null
    build/bin/servicedeck-cli --db "sqlite:$demo" seed --tickets 20000 --cis 2000 --changes 400
fi
if [ ${#app_args[@]} -eq 0 ]; then
    app_args=(--db "sqlite:$demo")
fi
exec build/bin/servicedeck "${app_args[@]}"
