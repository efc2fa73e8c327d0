#!/usr/bin/env bash
# The translation memory at 10 million units as the running server sees it (issue 24), not part of CI: the rebuild
# of the in-process fuzzy index at start, and lookups over HTTP. Steps:
#  1. Once per size, a filled H2 database in a cache folder (target/bench-memory/UNITS-LARGEST/, kept across runs):
#     this build's jar starts on an empty folder (Flyway makes the schema, the admin is added) and stops, then
#     MemoryServerFill (JUnit tag benchmark) writes the units with JDBC batches — the installed gettext catalogs
#     plus generated variants, LARGEST of them en→fr, a sentinel unit last — and a queries.tsv of 1,000 lookups.
#  2. Each run copies that folder (the cache stays untouched), starts APP's jar on the copy with -Xmx$XMX and
#     measures: launch → /q/health/ready; launch → the index has every unit (a fuzzy lookup of the sentinel, the
#     last unit in change order, polled every 0.2 s: the answers while the index loads are timed too); the
#     follower's own "Translation memory index loaded: N units in M ms" line where the build has it; used heap
#     after a full GC and resident memory once loaded.
#  3. bench/MemoryLookups.java: 1,000 lookups (GET /api/memory/matches, threshold 70, limit 10, an API token),
#     one warm-up pass, then one connection, then 4 at once.
# Usage: ./mvnw -B -q package -DskipTests && bench/memory-10m-server.sh
# Env: UNITS (default 10000000; the catalogs alone are about 1.77M, the least it makes), LARGEST (units in en→fr,
#      default UNITS/5), APP=other/quarkus-app (another build, e.g. main's, on the same database), XMX (default
#      300 MiB per million units), PORT (default 18324), JAVA_OPTS (more JVM options,
#      e.g. a flight recording), KEEP=1 (leave the server running at the end; prints its pid).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
UNITS=${UNITS:-10000000}
LARGEST=${LARGEST:-$((UNITS / 5))}
APP=${APP:-target/quarkus-app}
XMX=${XMX:-$(((UNITS / 1000000 + 1) * 300))m}
PORT=${PORT:-18324}
URL="http://127.0.0.1:$PORT"
PASSWORD=memory-bench-pw
CACHE=$(realpath -m "${CACHE:-target/bench-memory/$UNITS-$LARGEST}")
SENTINEL_QUERY="Quokka zeppelin marmalade sentinel of the memory benchmark, filed"  # the sentinel less its last word
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s%N; }
ms() { echo $((($2 - $1) / 1000000)); }
PID=
WORK=$(mktemp -d)
trap '[ -n "$PID" ] && [ -z "${KEEP:-}" ] && { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }; [ -z "${KEEP:-}" ] && rm -rf "$WORK"' EXIT

# start DIR DATA-DIR LOG JAVA-OPTIONS...: launches the jar in the background, sets PID
start() {
  local dir=$1 data=$2 log=$3; shift 3
  if curl -sf "$URL/q/health/ready" >/dev/null; then echo "port $PORT is taken" >&2; exit 1; fi
  java "$@" -Dverso.data-dir="$data" -Dverso.admin.password="$PASSWORD" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$PORT" -jar "$dir/quarkus-run.jar" >"$log" 2>&1 &
  PID=$!
}
ready() {
  until curl -sf "$URL/q/health/ready" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { tail -30 "$1"; exit 1; }
    sleep 0.05
  done
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

if [ ! -f "$CACHE/filled" ]; then
  echo "== filling $CACHE (once per size); load average $(load)"
  rm -rf "$CACHE" && mkdir -p "$CACHE"
  start target/quarkus-app "$CACHE/data" "$CACHE/schema.log" -Xmx512m
  ready "$CACHE/schema.log"
  stop
  ./mvnw -B -q test -Pbenchmark -Dtest=MemoryServerFill -Dsurefire.failIfNoSpecifiedTests=false \
    -Dverso.bench.db="$CACHE/data" -Dverso.bench.units="$UNITS" -Dverso.bench.largest="$LARGEST" \
    -DargLine=-Xmx3g | tee "$CACHE/fill.log" | grep FILLED
  touch "$CACHE/filled"
fi
STORED=$(grep -o 'FILLED [0-9,]*' "$CACHE/fill.log" | tr -dc 0-9)
echo "== $APP (HEAD of its worktree: $(cd "$APP" && git rev-parse --short HEAD 2>/dev/null || echo '?')) on $STORED units" \
  "($(du -sh "$CACHE/data" | cut -f1) of H2), -Xmx$XMX, $(nproc) cores, $(java -version 2>&1 | head -1)"
cp -a "$CACHE/data" "$WORK/data"
cat "$WORK/data"/*.mv.db >/dev/null  # the file in the page cache, as for every run alike
echo "load average before start: $(load)"
T0=$(now)
mkdir -p "$CACHE/runs"
LOG="$CACHE/runs/$(date -u +%Y%m%dT%H%M%S).log"  # the server's log, kept
# shellcheck disable=SC2086
start "$APP" "$WORK/data" "$LOG" -Xmx"$XMX" ${JAVA_OPTS:-}
echo "server log: $LOG"
ready "$LOG"
T_READY=$(now)
echo "ready: $(ms "$T0" "$T_READY") ms after launch"
TOKEN=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"memory bench","scopes":["read"]}' "$URL/api/me/tokens" | jq -r .token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "no API token" >&2; exit 1; }
PROBE="$URL/api/memory/matches?source=en&target=fr&threshold=70&limit=1&q=$(jq -rn --arg q "$SENTINEL_QUERY" '$q|@uri')"
: >"$WORK/probes"
until curl -sf -H "Authorization: Bearer $TOKEN" -w '\n%{time_total}\n' "$PROBE" >"$WORK/probe" \
    && tail -1 "$WORK/probe" >>"$WORK/probes" && grep -q Quokka "$WORK/probe"; do
  kill -0 "$PID" 2>/dev/null || { tail -30 "$LOG"; exit 1; }
  sleep 0.2
done
T_FOUND=$(now)
# CPU seconds (user + system) so far: the follower's (and its reader's, where the build has one) and the process's;
# on a shared machine these say more than the wall clock.
ticks() { cat "$@" 2>/dev/null | awk '{ t += $14 + $15 } END { print t + 0 }'; }
cpu_of() { local files=(); for t in /proc/"$PID"/task/*; do grep -q "^$1" "$t/comm" && files+=("$t/stat"); done; ticks "${files[@]}"; }
HZ=$(getconf CLK_TCK)
echo "CPU by then: follower $(( $(cpu_of verso-memory-fo) / HZ )) s, reader $(( $(cpu_of verso-memory-re) / HZ )) s," \
  "whole process $(( $(ticks "/proc/$PID/stat") / HZ )) s"
# The follower trims the index after the load; its log line (where the build has one) says when all of it ended.
for _ in $(seq 1 600); do grep -q 'Translation memory index loaded' "$LOG" && break; sleep 0.1; done
LOADED=$(grep -o 'Translation memory index loaded: [0-9]* units in [0-9]* ms' "$LOG" || echo "(no log line in this build)")
FOUND_MS=$(ms "$T0" "$T_FOUND")
echo "sentinel found: $FOUND_MS ms after launch = $(echo "scale=2; $FOUND_MS / 1000 / ($STORED / 1000000)" | bc) s per million;" \
  "follower: $LOADED"
sort -n "$WORK/probes" | awk '{ a[NR] = $1 * 1000 } END { printf "lookups answered while the index loaded: %d, median %.0f ms, max %.0f ms\n", NR, a[int((NR + 1) / 2)], a[NR] }'
echo "load average once loaded: $(load)"
jcmd "$PID" GC.run >/dev/null
echo "heap after a full GC: $(jcmd "$PID" GC.heap_info | grep -Eo 'used [0-9]+K' | head -1 | awk '{ printf "%d MiB", $2 / 1024 }');" \
  "resident: $(awk '/VmRSS/ { printf "%d MiB", $2 / 1024 }' "/proc/$PID/status")"
echo "load average before lookups: $(load)"
java bench/MemoryLookups.java "$URL" "$TOKEN" "$WORK/data/queries.tsv" 1 4
echo "load average after: $(load)"
if [ -n "${KEEP:-}" ]; then echo "server pid $PID, url $URL, token $TOKEN, folder $WORK"; fi
