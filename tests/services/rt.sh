#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts and stops a throwaway Request Tracker 5 (Debian's request-tracker5, rt5-db-sqlite,
# rt5-standalone) on 127.0.0.1 for the connector tests.
#
#   tests/services/rt.sh start DIR   prints the export lines for SERVICEDECK_TEST_RT_URL/TOKEN
#   tests/services/rt.sh stop DIR
#
# Everything lives in DIR: the SQLite database, the site configuration, Mason's cache, the log and
# the pid file. RT reads its site configuration from RT_SITE_CONFIG and RT_SITE_CONFIG_DIR, so the
# configuration in /etc/request-tracker5 is neither read nor changed. Only the export lines go to
# stdout; everything else goes to DIR/rt.log.
set -eu

RT_LIB=/usr/share/request-tracker5/lib
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
RT_SETUP=/usr/sbin/rt-setup-database

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
action=$1
dir=$2

stop_rt() {
    if [ -f "$dir/rt.pid" ]; then
        pid=$(cat "$dir/rt.pid")
        if kill "$pid" 2>/dev/null; then
            # Starlet's master stops its workers on TERM; wait so the port is free on return.
            i=0
            while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
                sleep 0.1
                i=$((i + 1))
            done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$dir/rt.pid"
    fi
}

free_port() {
    perl -MIO::Socket::INET -e '
        my $s = IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1", LocalPort => 0)
            or die "no free port: $!\n";
        print $s->sockport, "\n";'
}

case "$action" in
stop)
    stop_rt
    exit 0
    ;;
start) ;;
*) usage ;;
esac

for f in "$RT_SERVER" "$RT_SETUP"; do
    if [ ! -x "$f" ]; then
        echo "rt.sh: $f is missing; install request-tracker5 rt5-db-sqlite rt5-standalone" >&2
        exit 1
    fi
done

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
stop_rt
rm -rf "$dir/site.d" "$dir/mason" "$dir/sessions" "$dir/rtdb" "$dir/rtdb"-*
mkdir -p "$dir/site.d" "$dir/mason" "$dir/sessions"
: >"$dir/rt.log"
log="$dir/rt.log"

port=$(free_port)
tz=UTC
cat >"$dir/RT_SiteConfig.pm" <<CONF
# Throwaway Request Tracker for the ServiceDeck connector tests.
Set(\$rtname, 'servicedeck-test');
Set(\$Organization, 'servicedeck.test');
Set(\$CorrespondAddress, 'rt@servicedeck.test');
Set(\$CommentAddress, 'rt-comment@servicedeck.test');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $port);
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://127.0.0.1:$port');
Set(\$Timezone, '$tz');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$dir/rtdb');
Set(\$DatabaseUser, '');
Set(\$DatabasePassword, '');
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
Set(\$LogToFile, undef);
Set(\$MailCommand, 'testfile');
Set(\$RestrictReferrer, 0);
# Tokens are checked with bcrypt on every request; the default cost makes each request take
# most of a second. A throwaway server needs no such cost.
Set(\$BcryptCost, 4);
\$RT::MasonDataDir = '$dir/mason';
\$RT::MasonSessionDir = '$dir/sessions';
\$RT::VarPath = '$dir';
1;
CONF
RT_SITE_CONFIG="$dir/RT_SiteConfig.pm"
RT_SITE_CONFIG_DIR="$dir/site.d"
export RT_SITE_CONFIG RT_SITE_CONFIG_DIR

"$RT_SETUP" --action init --dba-password '' --force >>"$log" 2>&1 </dev/null || {
    echo "rt.sh: rt-setup-database failed; see $log" >&2
    exit 1
}

# Queues, the custom field that carries the ServiceDeck id, and a token for root.
token=$(perl -I"$RT_LIB" -e '
    use strict; use warnings;
    use RT; RT::LoadConfig(); RT::Init();
    my $root = RT::User->new(RT->SystemUser); $root->Load("root") or die "no root user\n";
    my $queue = RT::Queue->new(RT->SystemUser);
    my ($qid, $qmsg) = $queue->Create(Name => "Supplier", Description => "Supplier tickets");
    die "queue: $qmsg\n" unless $qid;
    my $general = RT::Queue->new(RT->SystemUser); $general->Load("General");
    my $cf = RT::CustomField->new(RT->SystemUser);
    my ($cid, $cmsg) = $cf->Create(Name => "ServiceDeck ID", Type => "FreeformSingle",
        LookupType => RT::Ticket->CustomFieldLookupType, Description => "ServiceDeck ticket id");
    die "custom field: $cmsg\n" unless $cid;
    # Applied globally (object 0) so queues the tests create through REST carry it too.
    my ($ok, $amsg) = $cf->AddToObject(RT::Queue->new(RT->SystemUser));
    die "custom field apply: $amsg\n" unless $ok;
    my $tok = RT::AuthToken->new($root);
    my ($tid, $tmsg, $auth) = $tok->Create(Owner => $root->id, Description => "servicedeck tests");
    die "token: $tmsg\n" unless $tid;
    print "$auth\n";
' 2>>"$log") || {
    echo "rt.sh: creating queues, custom field or token failed; see $log" >&2
    exit 1
}

# Starlet forks workers; the Standalone server is single-process and enough for the tests,
# and both run as the calling user (root in CI is fine: RT does not drop privileges itself).
"$RT_SERVER" --server Starlet --max-workers 2 --host 127.0.0.1 --port "$port" \
    >>"$log" 2>&1 </dev/null &
echo $! >"$dir/rt.pid"

url="http://127.0.0.1:$port"
i=0
while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: token $token" \
        "$url/REST/2.0/queues/all" 2>/dev/null || true)
    [ "$code" = 200 ] && break
    if ! kill -0 "$(cat "$dir/rt.pid")" 2>/dev/null; then
        echo "rt.sh: rt-server exited; see $log" >&2
        exit 1
    fi
    i=$((i + 1))
    if [ $i -gt 600 ]; then
        echo "rt.sh: RT did not answer on $url within 60 s; see $log" >&2
        stop_rt
        exit 1
    fi
    sleep 0.1
done

echo "export SERVICEDECK_TEST_RT_URL=$url"
echo "export SERVICEDECK_TEST_RT_TOKEN=$token"
