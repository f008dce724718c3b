#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a build tree with cpack and checks it the way a distribution
# would: control data and dependencies, the file list, the desktop file and AppStream metadata
# with their validators, and the command-line tool run from the unpacked package.
#   check_package.sh BUILD_DIR VERSION
# Fails (exit 1) at the first check that does not hold, saying which.
set -euo pipefail

build=${1:?usage: check_package.sh BUILD_DIR VERSION}
version=${2:?usage: check_package.sh BUILD_DIR VERSION}
app_id=org.servicedeck.ServiceDeck

fail() {
    echo "check_package.sh: FAIL: $*" >&2
    exit 1
}
pass() {
    echo "check_package.sh: ok: $*"
}

for tool in cpack dpkg-deb dpkg-shlibdeps file appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null \
        || fail "$tool is not installed (Debian: dpkg-dev, file, appstream, desktop-file-utils)"
done
[ -f "$build/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build"

work=$(mktemp -d "${TMPDIR:-/tmp}/servicedeck-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- build the package ------------------------------------------------------------------------
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$work"/out/*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $work/out, found ${#debs[@]}"
deb=${debs[0]}
pass "built $(basename "$deb")"

# --- control data -----------------------------------------------------------------------------
info=$(dpkg-deb --info "$deb") || fail "dpkg-deb --info cannot read the package"
field() {
    dpkg-deb --field "$deb" "$1"
}
[ "$(field Package)" = servicedeck ] || fail "Package is '$(field Package)', not servicedeck"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
depends_names=$(tr ',|' '\n\n' <<<"$depends" | awk 'NF {print $1}')
# From dpkg-shlibdeps (the libraries the executables link), and the plugins named by hand.
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
               libqt6sql6-sqlite libqt6svg6; do
    grep -qxF "$package" <<<"$depends_names" \
        || fail "Depends lacks $package (is dpkg-shlibdeps installed?): $depends"
done
pass "control: $(grep -E '^ (Package|Version|Architecture):' <<<"$info" | tr -s ' ' | tr '\n' ';')"
pass "depends: $depends"

# --- file list --------------------------------------------------------------------------------
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}') || fail "dpkg-deb --contents failed"
expect=(./usr/bin/servicedeck
        ./usr/bin/servicedeck-cli
        "./usr/share/applications/$app_id.desktop"
        "./usr/share/metainfo/$app_id.metainfo.xml"
        "./usr/share/icons/hicolor/scalable/apps/$app_id.svg")
for path in "${expect[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done
for page in servicedeck servicedeck-cli; do
    grep -Eqx "\./usr/share/man/man1/$page\.1(\.gz)?" <<<"$contents" \
        || fail "the package lacks the man page $page.1"
done
# Only what a user runs: no tests, no build tools, no headers or static libraries.
unwanted=$(grep -E '/tst_|screenshots|/include/|\.a$|\.cmake$' <<<"$contents" || true)
[ -z "$unwanted" ] || fail "the package holds files that do not belong in it: $unwanted"
pass "contents: $(grep -vc '/$' <<<"$contents") files"

# --- unpack and validate the metadata ---------------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file does not name the icon $app_id"
grep -qx "Exec=servicedeck" "$desktop" || fail "the desktop file does not start servicedeck"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $app_id.metainfo.xml"
grep -q "<release version=\"$version\"" "$metainfo" \
    || fail "the metainfo's release is not version $version"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $app_id.desktop"
grep -q "<svg" "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    || fail "the icon is not an SVG"
for page in servicedeck servicedeck-cli; do
    man="$root/usr/share/man/man1/$page.1"
    [ -f "$man" ] || man="$man.gz"
    upper=$(tr '[:lower:]' '[:upper:]' <<<"$page")
    { if [[ $man == *.gz ]]; then gzip -dc "$man"; else cat "$man"; fi; } \
        | grep -q "^\.TH $upper 1 .*$version" || fail "$page.1 has no title line for $version"
done
pass "desktop file, AppStream metadata, icon and man pages"

# --- run from the unpacked package ------------------------------------------------------------
for program in servicedeck servicedeck-cli; do
    missing=$(ldd "$root/usr/bin/$program" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$program needs libraries that are not there: $missing"
done
cli="$root/usr/bin/servicedeck-cli"
db="sqlite:$work/x.db"
"$cli" --version | grep -qx "servicedeck-cli $version" || fail "servicedeck-cli --version is not $version"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/servicedeck" --version \
    | grep -q "$version" || fail "servicedeck --version does not print $version"
"$cli" --db "$db" init || fail "servicedeck-cli init failed"
number=$("$cli" --db "$db" ticket create --kind incident --title "Packaged printer jam") \
    || fail "servicedeck-cli ticket create failed"
result=$("$cli" --db "$db" query "kind:incident" --format json) \
    || fail "servicedeck-cli query failed"
grep -q "Packaged printer jam" <<<"$result" \
    || fail "the query does not find the new ticket $number: $result"
pass "servicedeck-cli from the package: init, ticket create ($number), query"
echo "check_package.sh: all checks passed"
