#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, starts a throwaway PostgreSQL cluster on loopback and runs
# the whole test suite with ctest against it. The cluster is stopped whatever happens.
#   ./test.sh [CTEST ARGS…]      e.g. ./test.sh -R tst_cli
set -euo pipefail
cd "$(dirname "$0")"

SERVICEDECK_EXTRA_PACKAGES="postgresql python3-icalendar appstream desktop-file-utils dpkg-dev file xvfb xauth ${SERVICEDECK_EXTRA_PACKAGES:-}" ./run.sh --build-only

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "test.sh: PostgreSQL's initdb not found" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/servicedeck-test.XXXXXX")
# initdb refuses to run as root: the cluster belongs to the postgres system user then.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$work"
    as_owner=(runuser -u postgres --)
fi

cleanup() {
    "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || { echo "test.sh: no free port for PostgreSQL" >&2; exit 1; }

"${as_owner[@]}" "$pg_bin/initdb" -D "$work/data" -U servicedeck --auth=trust -E UTF8 \
    --locale=C >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
# Throwaway data: durability settings off for speed.
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/data" -l "$work/postgresql.log" -w \
    -o "-h 127.0.0.1 -p $port -k $work -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$work/postgresql.log" >&2; exit 1; }
echo "test.sh: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export SERVICEDECK_TEST_PG_URL="postgresql://servicedeck@127.0.0.1:$port/postgres"
export SERVICEDECK_TEST_REQUIRE_PG=1
# The sync tests restart a PostgreSQL server of their own, made with these binaries.
export SERVICEDECK_TEST_PG_BIN="$pg_bin"
export QT_QPA_PLATFORM=offscreen

ctest --test-dir build --output-on-failure -j 2 "$@"
