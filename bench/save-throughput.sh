#!/usr/bin/env bash
# Saves per second at a number of connections (issue 24), not part of CI: starts the production jar on a fresh H2
# file database in a temporary folder (the shipped URL, WRITE_DELAY=0: every commit written before the answer),
# imports VERSO_DOCUMENTS 200-segment articles (default 1), adds VERSO_LANGUAGES to each (default "de"), logs in through
# the form and, for each connection count given, runs wrk with one thread per connection: each connection saves its
# own segment over the JSON API (PUT /api/documents/{id}/languages/{lang}/translations/{segment}) with the version its
# last answer returned (bench/wrk-save-many.lua), the connections spread round-robin over the documents' languages.
# Each measured run follows VERSO_WARMUP seconds (default 10) of the same load on other segments, unmeasured.
# Prints one RESULT line per run: saves/s, p50, p99, errors, the server's CPU time per save (user + system, from
# /proc; what a save costs whatever else runs on the machine), and the load average before and after (shared machine).
# Usage: ./mvnw -B -q package -DskipTests && bench/save-throughput.sh [connections...]   (default: 16)
# Env: VERSO_APP=other/quarkus-app (another build), VERSO_SECONDS (each measured run, default 30),
#      VERSO_LANGUAGES="de fr" , VERSO_DOCUMENTS=2, WRK_STATUS=TRANSLATED (the status each save sends, default DRAFT),
#      VERSO_JFR=/abs/file.jfr (a flight recording of the first measured run), VERSO_JAVA_OPTS (more JVM options).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CONNECTIONS=("${@:-16}")
SECONDS_EACH=${VERSO_SECONDS:-30}
WARMUP=${VERSO_WARMUP:-10}
read -r -a LANGUAGES <<<"${VERSO_LANGUAGES:-de}"
DOCUMENTS=${VERSO_DOCUMENTS:-1}
PORT=${VERSO_PORT:-18080}
URL="http://127.0.0.1:$PORT"
PASSWORD="load-test-$$"
WORK=$(mktemp -d)
# shellcheck source=bench/lib.sh
. bench/lib.sh
start_verso
log_in

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

# CPU time the server's process has used so far (user + system), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }

export WRK_COOKIE="$COOKIE"
echo "== ${VERSO_APP:-target/quarkus-app of $(git rev-parse --short HEAD 2>/dev/null || echo '?')}" \
  "documents=$DOCUMENTS languages=${LANGUAGES[*]} status=${WRK_STATUS:-DRAFT} ${SECONDS_EACH}s each"
OFFSET=0
for c in "${CONNECTIONS[@]}"; do
  # Fresh segments for every warm-up and every run, so each thread starts from version 0.
  WRK_TARGETS=$(targets "$c" "$OFFSET") wrk -t"$c" -c"$c" -d"${WARMUP}s" --timeout 10s \
    -s bench/wrk-save-many.lua "$URL" >/dev/null
  OFFSET=$((OFFSET + (c + ${#PAIRS[@]} - 1) / ${#PAIRS[@]}))
  if [[ -n "${VERSO_JFR:-}" ]]; then
    jcmd "$PID" JFR.start name=saves duration="${SECONDS_EACH}s" filename="$VERSO_JFR" >/dev/null
    VERSO_JFR=
  fi
  echo "-- $c connections; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  CPU_BEFORE=$(cpu_ticks)
  RESULT=$(WRK_TARGETS=$(targets "$c" "$OFFSET") wrk -t"$c" -c"$c" -d"${SECONDS_EACH}s" --timeout 10s \
    -s bench/wrk-save-many.lua "$URL" | grep RESULT)
  SAVES=$(sed -E 's/.*saves=([0-9]+).*/\1/' <<<"$RESULT")
  echo "$RESULT server-cpu/save=$(( ($(cpu_ticks) - CPU_BEFORE) * 1000000 / $(getconf CLK_TCK) / (SAVES > 0 ? SAVES : 1) ))us"
  OFFSET=$((OFFSET + (c + ${#PAIRS[@]} - 1) / ${#PAIRS[@]}))
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
