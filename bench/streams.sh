#!/usr/bin/env bash
# Do many open event streams (one per editor tab, one per document page) slow down saves and health checks?
# Not part of CI. Starts the production jar on a fresh database, imports a 200-segment article, then measures saves
# (bench/wrk-save.lua, 4 threads x 1 connection) and meanwhile GET /q/health, in VERSO_ROUNDS (2) rounds of three:
# no stream open; STREAMS streams on another document (only their pings); STREAMS streams on the document being
# saved (each save goes to all of them); then once more with none. Rounds, not one of each: the 2-core machine is
# often shared, and interleaving shows the drift. CPU seconds of the server(s) and of the stream client are logged.
# Streams: 4 in 5 on .../languages/{lang}/events (editor), 1 in 5 on /api/documents/{id}/events (document page),
# held by bench/sse-hold.py. Pool usage: bench/PoolSampler.java logs the database sessions once a second.
# H2 (default; one instance):  ./mvnw -B package -DskipTests && bench/streams.sh [seconds] [streams]
# PostgreSQL (two instances, streams split between them, saves on the first; empty database, pg build):
#   ./mvnw -B package -DskipTests -Dquarkus.profile=pg && VERSO_DB_URL=jdbc:postgresql://localhost:5432/db \
#   VERSO_DB_USER=verso VERSO_DB_PASSWORD=... bench/streams.sh [seconds] [streams]     (VERSO_APP: another build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_EACH=${1:-20}
STREAMS=${2:-500}
APP=${VERSO_APP:-target/quarkus-app}
PORT=${VERSO_PORT:-18080}
PASSWORD="streams-test-$$"
WORK=$(mktemp -d)
PIDS=() HOLDERS=() SERVERS=()
trap 'kill "${HOLDERS[@]}" "${PIDS[@]}" 2>/dev/null || true; wait || true; rm -rf "$WORK"' EXIT # -e holds in traps
if [[ -n ${VERSO_DB_URL:-} ]]; then NAMES=(a b); else NAMES=(a); fi
declare -A URL COOKIE

for i in "${!NAMES[@]}"; do
  name=${NAMES[$i]}
  URL[$name]="http://127.0.0.1:$((PORT + i))"
  if [[ -n ${VERSO_DB_URL:-} ]]; then
    # The pg profile reads VERSO_DB_*; the application name tells the two pools apart in pg_stat_activity.
    db=(-Dquarkus.profile=pg -Dverso.jobs.instance-id="$name"
      -Dquarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName="verso-$name")
  else
    # The configured H2 URL plus AUTO_SERVER, so that PoolSampler (another process) may open the file too; H2 refuses
    # AUTO_SERVER with DB_CLOSE_ON_EXIT=FALSE, which only matters at shutdown, so that one goes.
    db=(-Dquarkus.datasource.jdbc.url="$(sed -n 's/^quarkus.datasource.jdbc.url=//p' \
      src/main/resources/application.properties | sed 's/;DB_CLOSE_ON_EXIT=FALSE//');AUTO_SERVER=TRUE")
  fi
  java "${db[@]}" -Dverso.data-dir="$WORK/data-$name" -Dverso.admin.password="$PASSWORD" \
    -Dquarkus.http.port="$((PORT + i))" -Dquarkus.http.host=127.0.0.1 -jar "$APP/quarkus-run.jar" \
    >"$WORK/verso-$name.log" 2>&1 &
  PIDS+=($!) SERVERS+=($!)
  until curl -sf "${URL[$name]}/q/health/ready" >/dev/null; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$WORK/verso-$name.log" >&2; exit 1; }
    sleep 0.5
  done
  # Form login; the Cookie header carries every cookie the login set, whatever their names.
  curl -s -o /dev/null -c "$WORK/jar-$name" --data-urlencode "j_username=admin" \
    --data-urlencode "j_password=$PASSWORD" "${URL[$name]}/j_security_check"
  COOKIE[$name]=$(awk -F'\t' 'NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$WORK/jar-$name")
  curl -sf -o /dev/null -H "Cookie: ${COOKIE[$name]}" "${URL[$name]}/api/documents" ||
    { echo "login on instance $name failed" >&2; exit 1; }
done
A=${URL[a]}
api() { curl -sf -H "Cookie: ${COOKIE[a]}" -H 'Content-Type: application/json' "$@"; }

CONTENT=$(for i in $(seq 1 200); do printf 'The council met again and spoke about the harbour and the bridge. '; \
  ((i % 4)) || printf '\\n\\n'; done)
DOC=$(api -d "{\"title\":\"load\",\"sourceLanguage\":\"en\",\"format\":\"text\",\"content\":\"$CONTENT\"}" \
  "$A/api/documents" | jq .id)
QUIET=$(api -d '{"title":"quiet","sourceLanguage":"en","format":"text","content":"Nobody saves here."}' \
  "$A/api/documents" | jq .id)
api -o /dev/null -d '{"language":"de"}' "$A/api/documents/$DOC/languages"
api -o /dev/null -d '{"language":"fr"}' "$A/api/documents/$QUIET/languages"
IDS=$(api "$A/api/documents/$DOC/segments")
export WRK_COOKIE="${COOKIE[a]}" WRK_DOCUMENT="$DOC"

if [[ -n ${VERSO_DB_URL:-} ]]; then SAMPLER=("$VERSO_DB_URL" "$VERSO_DB_USER" "$VERSO_DB_PASSWORD")
else SAMPLER=("jdbc:h2:file:$WORK/data-a/verso;AUTO_SERVER=TRUE" verso ""); fi
java -cp "$APP/lib/main/*" bench/PoolSampler.java "${SAMPLER[@]}" >"$WORK/pool.log" 2>&1 &
PIDS+=($!)

open_streams() { cat "$WORK"/streams-* 2>/dev/null | jq -s 'map(.open) | add // 0'; }

hold() { # $1 = document, $2 = language: opens STREAMS streams, split over the instances; waits until all are open
  local paths=() i name
  for i in 1 2 3 4; do paths+=("/api/documents/$1/languages/$2/events"); done
  paths+=("/api/documents/$1/events")
  for name in "${NAMES[@]}"; do
    SSE_COOKIE=${COOKIE[$name]} python3 bench/sse-hold.py "$WORK/streams-$name" $((STREAMS / ${#NAMES[@]})) \
      "${URL[$name]#http://}" "${paths[@]}" &
    HOLDERS+=($!)
  done
  for i in $(seq 1 240); do
    (($(open_streams) >= STREAMS)) && break
    (($(cat "$WORK"/streams-* 2>/dev/null | jq -s 'map(.failed) | add // 0') == 0)) ||
      { cat "$WORK"/streams-* >&2; exit 1; }
    sleep 0.5
  done
  echo "streams open: $(open_streams) of $STREAMS"
}
release() { kill "${HOLDERS[@]}"; wait "${HOLDERS[@]}" 2>/dev/null || true; HOLDERS=(); rm -f "$WORK"/streams-*; }
cpu() { # CPU seconds used so far by the given processes (utime + stime, in ticks of 1/100 s)
  local p; for p in "$@"; do cut -d' ' -f14,15 /proc/"$p"/stat; done | awk '{ t += $1 + $2 } END { print t / 100 }'
}
health() { # $1 = curl's "code seconds" lines: probes | p50 | p99 | errors (answers other than 200)
  sort -k2 -n "$1" | awk '{ t[NR] = $2 * 1000; e += $1 != 200 }
    END { printf "%d | %.1fms | %.1fms | %d", NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.99 + 0.5)], e }'
}
summary() { # $1 = wrk output: requests | requests/s | p50 | p99 | errors (socket errors + non-2xx answers)
  awk '/ 50%/ { p50 = $2 } / 99%/ { p99 = $2 } /Requests\/sec/ { rps = $2 } /requests in/ { n = $1 }
    /Socket errors/ { gsub(",", ""); e += $4 + $6 + $8 + $10 } /Non-2xx/ { e += $5 }
    END { printf "%s | %s | %s | %s | %d", n, rps, p50, p99, e }' "$1"
}
saves() { # $1, $2: saves segments $1 to $2 - 1, one wrk thread each; then wrk's options
  WRK_SEGMENTS=$(jq -r "[.[$1:$2][].id] | join(\",\")" <<<"$IDS") \
    wrk -t4 -c4 --timeout 10s -s bench/wrk-save.lua "${@:3}" "$A"
}
RUN=0 TABLE=()
measure() { # $1 = label. Fresh segments each run: every wrk thread starts from version 0.
  local from=$((RUN * 8)) first pool server client
  RUN=$((RUN + 1))
  # 10 s unmeasured, so the JIT has compiled the paths being timed (as in load-wrk.sh).
  saves $((from + 4)) $((from + 8)) -d10s >/dev/null
  first=$(wc -l <"$WORK/pool.log") server=$(cpu "${SERVERS[@]}") client=$(cpu "${HOLDERS[@]}")
  echo "== $1: saves, 4 threads x 1 connection, ${SECONDS_EACH}s; meanwhile /q/health 20 times a second"
  # Health is probed at a fixed pace, as a load balancer would (one curl, one kept-alive connection), not flat out:
  # a closed loop on it would take CPU from the saves being measured.
  curl -s -o /dev/null --rate 20/s -w '%{http_code} %{time_total}\n' "$A/q/health?[1-$((SECONDS_EACH * 20))]" \
    >"$WORK/health" &
  saves "$from" $((from + 4)) -d"${SECONDS_EACH}s" --latency | tee "$WORK/save"
  wait $!
  server=$(awk "BEGIN { print $(cpu "${SERVERS[@]}") - $server }")
  client=$(awk "BEGIN { print $(cpu "${HOLDERS[@]}") - $client }")
  echo "/q/health: $(health "$WORK/health")"
  # Largest value per pool over the run (the sampler's lines since it began).
  pool=$(tail -n +"$((first + 1))" "$WORK/pool.log" | awk '{ for (i = 2; i + 3 <= NF; i += 4) for (j = 1; j <= 3; j++) {
      split($(i + j), kv, "="); k = $i ":" kv[1]; if (!(k in max) || kv[2] + 0 > max[k]) max[k] = kv[2] + 0 } }
    END { for (k in max) print k "=" max[k] }' | sort | paste -sd' ')
  echo "pool (max over the run): $pool; streams open after: $(open_streams); CPU s: server $server, client $client"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); instance a:" \
    "$(awk '/^(Threads|VmRSS)/ { printf "%s %s%s ", $1, $2, $3 }' /proc/"${PIDS[0]}"/status)"
  TABLE+=("| $1 | $(summary "$WORK/save") | $(health "$WORK/health") | $(open_streams) |"\
" $(cut -d' ' -f1 /proc/loadavg) | $server | $client | $pool |")
}

# A cold JVM: 60 s more of unmeasured saves first, on segments no run uses. On a busy 2-core machine the server still
# gets faster over the first rounds (the JIT competes for the same cores): compare runs within a round.
saves 196 200 -d60s >/dev/null
for round in $(seq 1 "${VERSO_ROUNDS:-2}"); do
  measure "$round: no streams"
  hold "$QUIET" fr; measure "$round: $STREAMS streams, another document"; release
  hold "$DOC" de; measure "$round: $STREAMS streams, the saved document"; cat "$WORK"/streams-*; echo; release
done
measure "last: no streams"

echo "== Summary (saves: requests, req/s, p50, p99, errors; /q/health: probes, p50, p99, errors; streams still open)"
printf '%s\n' "| run | saves | req/s | p50 | p99 | errors | health probes | p50 | p99 | errors | streams open after |"\
" load | CPU s server | CPU s client | pool max |" \
  "${TABLE[@]}"
