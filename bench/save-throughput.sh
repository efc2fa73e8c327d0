#!/usr/bin/env bash
# Saves per second at a number of connections (issue 24), not part of CI: starts the production jar on a fresh H2
# file database in a temporary folder (the shipped URL, WRITE_DELAY=0: every commit written before the answer),
# imports VERSO_DOCUMENTS 200-segment articles (default 1), adds VERSO_LANGUAGES to each (default "de"), logs in through
# the form and, for each connection count given, runs wrk with one thread per connection: each connection saves its
# own segment over the JSON API (PUT /api/documents/{id}/languages/{lang}/translations/{segment}) with the version its
# last answer returned (bench/wrk-save-many.lua), the connections spread round-robin over the documents' languages.
# Each measured run follows VERSO_WARMUP seconds (default 10) of the same load on other segments, unmeasured, then
# more of it VERSO_SETTLE seconds at a time (default 15; 0: none) until the JIT compilers spent less than
# VERSO_SETTLE_JIT seconds (default 0.5) in the last chunk, or VERSO_WARMUP_MAX seconds in all (default 300).
# Prints one RESULT line per run: saves/s, p50, p99, errors, the server's CPU time per save (user + system, from
# /proc; what a save costs whatever else runs on the machine), and the load average before and after (shared machine).
# Usage: ./mvnw -B -q package -DskipTests && bench/save-throughput.sh [connections...]   (default: 16)
# Env: VERSO_APP=other/quarkus-app (another build), VERSO_SECONDS (each measured run, default 30),
#      VERSO_LANGUAGES="de fr" , VERSO_DOCUMENTS=2, WRK_STATUS=TRANSLATED (the status each save sends, default DRAFT),
#      VERSO_JFR=/abs/file.jfr (a flight recording of the first measured run, started with the JVM),
#      VERSO_JAVA_OPTS (JVM options; default the README run command's),
#      VERSO_RATE="1000" (after each wrk run, a run at that fixed rate over the same number of connections,
#      bench/SavePace.java, its latency timed from when each save was due).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CONNECTIONS=("${@:-16}")
SECONDS_EACH=${VERSO_SECONDS:-30}
WARMUP=${VERSO_WARMUP:-10}
SETTLE=${VERSO_SETTLE:-15}          # 0: no settling, the fixed warm-up only (the runs recorded before 2026-12-08)
SETTLE_JIT=${VERSO_SETTLE_JIT:-0.5}
WARMUP_MAX=${VERSO_WARMUP_MAX:-300}
read -r -a RATES <<<"${VERSO_RATE:-}"  # e.g. "1000": after each wrk run, one paced run at each of these rates
read -r -a LANGUAGES <<<"${VERSO_LANGUAGES:-de}"
DOCUMENTS=${VERSO_DOCUMENTS:-1}
PORT=${VERSO_PORT:-18080}
URL="http://127.0.0.1:$PORT"
PASSWORD="load-test-$$"
WORK=$(mktemp -d)
# The JVM options of the README's run command, unless VERSO_JAVA_OPTS says otherwise (VERSO_JAVA_OPTS= : the JVM's own
# defaults, as every run recorded before 2026-12-08 used).
export VERSO_JAVA_OPTS=${VERSO_JAVA_OPTS-"-XX:+UseSerialGC -Xms32m -Xmx512m -XX:CompileThresholdScaling=3"}
# A flight recording starts with the JVM: one started later with jcmd, in the middle of the load, cut the saves to a
# tenth for the rest of the run (2026-12-08).
if [[ -n "${VERSO_JFR:-}" ]]; then
  VERSO_JAVA_OPTS="$VERSO_JAVA_OPTS -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=name=saves,settings=$PWD/bench/cpu-samples.jfc"
fi
# shellcheck source=bench/lib.sh
. bench/lib.sh
start_verso
log_in
if ((${#RATES[@]})); then
  javac -d "$WORK/pace" bench/SavePace.java
fi

SUBJECTS=(council mayor harbour-master baker teacher fisherman nurse librarian ferryman gardener)
OBJECTS=(bridge harbour market school library river tower lighthouse station bakery ferry garden museum square park
  hospital church theatre mill quay)
# 200 different sentences, as in a real article (one sentence repeated 200 times would make the consistency check
# compare every save with 199 other segments): a subject and an object from two lists of words, no digits.
CONTENT=$(for i in $(seq 0 199); do
  printf 'The %s spoke about the %s again. ' "${SUBJECTS[i % 10]}" "${OBJECTS[i / 10]}"
  ((i % 4 != 3)) || printf '\\n\\n'
done)
PAIRS=()  # "document:language", one per document language
declare -A SEGMENTS  # document -> its segment ids, space-separated
for d in $(seq 1 "$DOCUMENTS"); do
  DOC=$(curl -sf -b "$COOKIES" -H 'Content-Type: application/json' \
    -d "{\"title\":\"saves $d\",\"sourceLanguage\":\"en\",\"format\":\"text\",\"content\":\"$CONTENT\"}" \
    "$URL/api/documents" | jq .id)
  for lang in "${LANGUAGES[@]}"; do
    curl -sf -o /dev/null -b "$COOKIES" -H 'Content-Type: application/json' -d "{\"language\":\"$lang\"}" \
      "$URL/api/documents/$DOC/languages"
    PAIRS+=("$DOC:$lang")
  done
  SEGMENTS[$DOC]=$(curl -sf -b "$COOKIES" "$URL/api/documents/$DOC/segments" | jq -r '[.[].id] | join(" ")')
done

# Connection i saves document language PAIRS[i mod P], segment number OFFSET + i div P of that document.
targets() {
  local n=$1 offset=$2 out=() i pair doc ids
  for ((i = 0; i < n; i++)); do
    pair=${PAIRS[i % ${#PAIRS[@]}]}
    doc=${pair%%:*}
    read -r -a ids <<<"${SEGMENTS[$doc]}"
    out+=("$pair:${ids[offset + i / ${#PAIRS[@]}]}")
  done
  (IFS=,; echo "${out[*]}")
}

per_language() { echo $(( ($1 + ${#PAIRS[@]} - 1) / ${#PAIRS[@]} )); }
# Seconds the JIT compilers have spent so far (jstat's cumulative compile time).
jit_seconds() { jstat -compiler "$PID" | awk 'NR == 2 { print $4 }'; }

# CPU time the server's process has used so far (user + system), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
written() { awk '/^wchar/ { print $2 }' "/proc/$PID/io"; }  # bytes the process passed to write/pwrite

export WRK_COOKIE="$COOKIE"
echo "== ${VERSO_APP:-target/quarkus-app of $(git rev-parse --short HEAD 2>/dev/null || echo '?')}" \
  "JVM options: ${VERSO_JAVA_OPTS:-(none)} documents=$DOCUMENTS languages=${LANGUAGES[*]} status=${WRK_STATUS:-DRAFT} ${SECONDS_EACH}s each"
OFFSET=0
for c in "${CONNECTIONS[@]}"; do
  # Fresh segments for every warm-up and every run, so each thread starts from version 0.
  WARM_OFFSET=$OFFSET
  PER=$(per_language "$c")
  WRK_TARGETS=$(targets "$c" "$OFFSET") wrk -t"$c" -c"$c" -d"${WARMUP}s" --timeout 10s \
    -s bench/wrk-save-many.lua "$URL" >/dev/null
  OFFSET=$((OFFSET + PER))
  # Then more of the same on the warm-up's segments, SETTLE seconds at a time, until the JIT compilers have settled:
  # less than SETTLE_JIT seconds of compiling in the last chunk. On two cores the compilers share them with the load
  # and need minutes, not seconds; a run measured while they work measures the compilers. (Each connection's first
  # save of a chunk carries version 0 and is refused as stale, 409; its answer gives the version to go on with.)
  WARMED=$WARMUP
  JIT_CHUNK=
  while ((SETTLE > 0 && WARMED < WARMUP_MAX)); do
    JIT_BEFORE=$(jit_seconds)
    WRK_TARGETS=$(targets "$c" "$WARM_OFFSET") wrk -t"$c" -c"$c" -d"${SETTLE}s" --timeout 10s \
      -s bench/wrk-save-many.lua "$URL" >/dev/null
    WARMED=$((WARMED + SETTLE))
    JIT_CHUNK=$(awk -v a="$JIT_BEFORE" -v b="$(jit_seconds)" 'BEGIN { printf "%.2f", b - a }')
    awk -v j="$JIT_CHUNK" -v max="$SETTLE_JIT" 'BEGIN { exit !(j < max) }' && break
  done
  echo "   warmed up for ${WARMED}s; the JIT compiled for ${JIT_CHUNK:-?}s in the last ${SETTLE}s"
  echo "-- $c connections; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  MEASURED_FROM=$(date -u +%Y-%m-%dT%H:%M:%S)
  CPU_BEFORE=$(cpu_ticks)
  WRITTEN_BEFORE=$(written)
  RESULT=$(WRK_TARGETS=$(targets "$c" "$OFFSET") /usr/bin/time -f 'CLIENT %U %S' -o "$WORK/wrk-cpu" \
    wrk -t"$c" -c"$c" -d"${SECONDS_EACH}s" --timeout 10s -s bench/wrk-save-many.lua "$URL" | grep RESULT)
  SAVES=$(sed -E 's/.*saves=([0-9]+).*/\1/' <<<"$RESULT")
  RESULT="$RESULT client-cpu/save=$(awk -v n="$SAVES" '/^CLIENT/ { printf "%d", ($2 + $3) * 1e6 / (n > 0 ? n : 1) }' \
    "$WORK/wrk-cpu")us"
  echo "$RESULT server-cpu/save=$(( ($(cpu_ticks) - CPU_BEFORE) * 1000000 / $(getconf CLK_TCK) / (SAVES > 0 ? SAVES : 1) ))us" \
    "written/save=$(( ($(written) - WRITTEN_BEFORE) / (SAVES > 0 ? SAVES : 1) / 1024 ))KiB"
  OFFSET=$((OFFSET + PER))
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [[ -n "${VERSO_JFR:-}" ]]; then  # the recording the JVM started with, up to the end of the measured run
    jcmd "$PID" JFR.dump name=saves filename="$VERSO_JFR" >/dev/null
    echo "   recording: $VERSO_JFR; the measured run's samples: jfr print --json --stack-depth 300" \
      "--events jdk.ExecutionSample $VERSO_JFR | python3 bench/jfr-hot.py $MEASURED_FROM"
    VERSO_JFR=
  fi
  for rate in "${RATES[@]}"; do
    echo "-- $c connections paced at $rate saves/s (bench/SavePace.java); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    CPU_BEFORE=$(cpu_ticks)
    RESULT=$(java -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1 -cp "$WORK/pace" SavePace 127.0.0.1 "$PORT" "$rate" "$SECONDS_EACH" "$COOKIE" \
      "$(targets "$c" "$OFFSET")" "${WRK_STATUS:-DRAFT}" | grep RESULT)
    SAVES=$(sed -E 's/.*saves=([0-9]+).*/\1/' <<<"$RESULT")
    echo "$RESULT server-cpu/save=$(( ($(cpu_ticks) - CPU_BEFORE) * 1000000 / $(getconf CLK_TCK) / (SAVES > 0 ? SAVES : 1) ))us"
    OFFSET=$((OFFSET + PER))
  done
done
