#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway Radicale (CalDAV) server on loopback for the CalDAV publisher's tests.
#   tests/services/radicale.sh start DIR   starts it with config, storage and log in DIR and prints
#                                          the export lines for SERVICEDECK_TEST_CALDAV_*
#   tests/services/radicale.sh stop DIR    stops the server started in DIR
# The user and its password are made for the run (htpasswd, plain: Radicale 3.1 needs no extra
# package for it, and the file lives only in DIR). The rights let the user own /USER/ and nothing
# else. Works as root and as a normal user; everything but the export lines goes to
# DIR/radicale.log.
set -euo pipefail

usage() {
    echo "usage: $0 start DIR | stop DIR" >&2
    exit 1
}

[ $# -eq 2 ] || usage
action=$1
dir=$2

# Radicale is a module of the system's python3 (Debian's python3-radicale); another python3
# earlier in PATH would not have it.
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3)

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Any HTTP status (401 included) means the server answers.
answers() {
    "$python" - "$1" <<'EOF' >/dev/null 2>&1
import http.client, sys
connection = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=2)
connection.request("OPTIONS", "/")
connection.getresponse()
EOF
}

stop_server() {
    local pidfile="$dir/radicale.pid"
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

start_server() {
    command -v radicale >/dev/null || "$python" -c 'import radicale' 2>/dev/null || {
        echo "radicale.sh: Radicale is not installed (Debian package radicale)" >&2
        exit 1
    }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    stop_server
    local log="$dir/radicale.log"
    : >"$log"

    local user password
    user="servicedeck-$(tr -dc 'a-z0-9' </dev/urandom | head -c 8 || true)"
    password=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 || true)
    (umask 077 && printf '%s:%s\n' "$user" "$password" >"$dir/users")
    mkdir -p "$dir/collections"

    # A port can be taken between the check and Radicale's bind: then try another one.
    local port="" attempt candidate pid
    for attempt in 1 2 3 4 5; do
        port=""
        for candidate in $(shuf -i 20000-60000 -n 50); do
            if port_free "$candidate"; then
                port=$candidate
                break
            fi
        done
        [ -n "$port" ] || { echo "radicale.sh: no free port" >&2; exit 1; }

        cat >"$dir/config" <<EOF
[server]
hosts = 127.0.0.1:$port

[auth]
type = htpasswd
htpasswd_filename = $dir/users
htpasswd_encryption = plain
delay = 0

[rights]
type = owner_only

[storage]
filesystem_folder = $dir/collections

[web]
type = none

[logging]
level = info
mask_passwords = True
EOF
        echo "radicale.sh: attempt $attempt on port $port" >>"$log"
        # setsid: the server does not share the caller's process group, so a Ctrl-C meant for
        # the caller's command does not kill it half-way; stop DIR ends it.
        if command -v radicale >/dev/null; then
            setsid radicale --config "$dir/config" >>"$log" 2>&1 </dev/null &
        else
            setsid "$python" -m radicale --config "$dir/config" >>"$log" 2>&1 </dev/null &
        fi
        pid=$!
        echo "$pid" >"$dir/radicale.pid"
        for _ in $(seq 1 100); do
            if answers "$port"; then
                printf 'export SERVICEDECK_TEST_CALDAV_URL=http://127.0.0.1:%s/%s/servicedeck-changes/\n' \
                    "$port" "$user"
                printf 'export SERVICEDECK_TEST_CALDAV_USER=%s\n' "$user"
                printf 'export SERVICEDECK_TEST_CALDAV_PASSWORD=%s\n' "$password"
                return 0
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        stop_server
    done
    echo "radicale.sh: Radicale did not start; see $log" >&2
    tail -n 20 "$log" >&2 || true
    exit 1
}

case "$action" in
start) start_server ;;
stop) stop_server ;;
*) usage ;;
esac
