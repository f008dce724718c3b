#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, starts a throwaway PostgreSQL cluster, Request Tracker 5 and
# Radicale on loopback and runs the whole test suite with ctest against them. The servers are
# stopped and their data removed whatever happens.
#   ./test.sh [CTEST ARGS…]      e.g. ./test.sh -R tst_cli
set -euo pipefail
cd "$(dirname "$0")"

SERVICEDECK_EXTRA_PACKAGES="postgresql python3-icalendar appstream desktop-file-utils dpkg-dev file xvfb xauth request-tracker5 rt5-db-sqlite rt5-standalone radicale openssl ${SERVICEDECK_EXTRA_PACKAGES:-}" ./run.sh --build-only

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
    tests/services/rt.sh stop "$work/rt" >/dev/null 2>&1 || true
    tests/services/radicale.sh stop "$work/radicale" >/dev/null 2>&1 || true
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

# Request Tracker and Radicale, each with throwaway data and credentials made for this run; the
# scripts print the export lines the connector tests read.
mkdir -p "$work/rt" "$work/radicale"
rt_env=$(tests/services/rt.sh start "$work/rt") \
    || { echo "test.sh: Request Tracker did not start; see $work/rt" >&2; cat "$work/rt/"*.log >&2 || true; exit 1; }
eval "$rt_env"
echo "test.sh: Request Tracker on $SERVICEDECK_TEST_RT_URL"
caldav_env=$(tests/services/radicale.sh start "$work/radicale") \
    || { echo "test.sh: Radicale did not start" >&2; cat "$work/radicale/"*.log >&2 || true; exit 1; }
eval "$caldav_env"
echo "test.sh: Radicale on $SERVICEDECK_TEST_CALDAV_URL"
export SERVICEDECK_TEST_REQUIRE_REMOTES=1

export QT_QPA_PLATFORM=offscreen

ctest --test-dir build --output-on-failure -j 2 "$@"
