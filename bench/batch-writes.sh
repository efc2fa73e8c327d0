#!/usr/bin/env bash
# How many SQL statements and how long do the two big write operations take: an XLIFF import of 5,000 targets and a
# synchronous replace over the same 5,000 targets? Not part of CI. For each build given (a quarkus-app folder), starts
# its production jar on a fresh H2 file database in a temporary folder, imports a generated 5,000-sentence article
# (JSON API), adds German, exports the XLIFF, fills every target (state "translated", each with the word "Rat"), then
# times and counts (1) POST …/languages/de/import of that file and (2) POST …/languages/de/replace {"find":"Rat",
# "replace":"Stadtrat"} without async. Before that, a 200-segment article goes through the same steps untimed, so the
# JIT has seen the paths. With two builds the runs alternate (A, B, A, B…), each on a fresh JVM and database.
#
# How statements are counted (one extra run per build, its time not used): Hibernate's statistics
# (quarkus.hibernate-orm.statistics, …log-session-metrics) are fixed at build time, so switching them on would mean
# measuring another build than the one given. Two runtime switches are used instead, with no change to the jar:
#  * "Hibernate SQL": the logger org.hibernate.SQL at DEBUG (a runtime log category; the same statements as
#    quarkus.hibernate-orm.log.sql, but with the thread name): one line per statement Hibernate hands to JDBC, each
#    row of a JDBC batch counted once (with statement-batch-size=100 Hibernate may send up to 100 in one batch);
#  * "JDBC (H2)": H2's own trace (TRACE_LEVEL_FILE=2 added to the jar's datasource URL): every statement the database
#    ran, including plain JDBC outside Hibernate (MemoryTable) and commits.
# Both are counted between the line counts taken just before the request and 1 s after its answer. The job poller
# is slowed to once an hour (nothing is queued), so its ticks don't land in the counts; the login session's lookup
# (1–2 statements a request) does, the same for every build. The timed runs log no SQL: their medians are the times.
#
# Usage: ./mvnw -B package -DskipTests && bench/batch-writes.sh [label=]quarkus-app-folder [[label=]folder]
#   e.g. bench/batch-writes.sh old=../verso-old/target/quarkus-app new=target/quarkus-app
# Environment: VERSO_ROUNDS (3 timed runs per build; 0: only the counting runs), VERSO_SEGMENTS (5000), VERSO_PORT
#   (18085), VERSO_ADMIN_PASSWORD (random), VERSO_KEEP (set: keep the run folders with logs and H2 traces),
#   VERSO_JAVA_OPTS (extra -D options for every run, e.g. -Dquarkus.transaction-manager.default-transaction-timeout=600S
#   to let a replace finish that the default 60 s transaction timeout rolls back).
set -euo pipefail
(($# >= 1 && $# <= 2)) || { sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2; }
ROUNDS=${VERSO_ROUNDS:-3}
SEGMENTS=${VERSO_SEGMENTS:-5000}
PORT=${VERSO_PORT:-18085}
URL="http://127.0.0.1:$PORT"
export VERSO_ADMIN_PASSWORD=${VERSO_ADMIN_PASSWORD:-batch-bench-$$}
read -r -a EXTRA <<<"${VERSO_JAVA_OPTS:-}"
WORK=$(mktemp -d)
PID=
cleanup() {
  [[ -z $PID ]] || kill "$PID" 2>/dev/null || true
  wait || true
  if [[ -n ${VERSO_KEEP:-} ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

LABELS=() APPS=()
for arg in "$@"; do
  if [[ $arg == *=* ]]; then LABELS+=("${arg%%=*}") APPS+=("${arg#*=}"); else LABELS+=("$arg") APPS+=("$arg"); fi
  [[ -f ${APPS[-1]}/quarkus-run.jar ]] || { echo "no quarkus-run.jar in ${APPS[-1]}" >&2; exit 2; }
  [[ ${LABELS[-1]} =~ ^[^[:space:]]+$ ]] || { echo "a label without spaces, please: '${LABELS[-1]}'" >&2; exit 2; }
done
(($# == 1)) || [[ ${LABELS[0]} != "${LABELS[1]}" ]] || { echo "give the two builds different labels" >&2; exit 2; }
if curl -s -o /dev/null "$URL"; then echo "something already answers on port $PORT (set VERSO_PORT)" >&2; exit 1; fi

article() { # $1 = number of one-sentence paragraphs, $2 = title; our own sentences, numbered so none repeats
  python3 - "$1" "$2" <<'PY'
import json, sys
n = int(sys.argv[1])
who = ["The council", "The harbour board", "The school committee", "The river authority", "The market office",
       "The weather service", "The bridge commission"]
did = ["met on day {d} and approved {m} measures", "published report number {i} after a long debate",
       "reviewed {m} requests from the northern district", "opened station {i} near the old mill",
       "postponed the vote on budget line {i} until spring"]
paras = [f"Sentence {i}: {who[i % 7]} {did[i % 5].format(i=i, d=i % 365, m=i * 7 % 1000)}." for i in range(n)]
print(json.dumps({"title": sys.argv[2], "sourceLanguage": "en", "format": "text", "content": "\n\n".join(paras)}))
PY
}

fill_targets() { # $1 = exported XLIFF 2.1, $2 = output: every segment translated, each target holding "Rat" once
  python3 - "$1" "$2" <<'PY'
import sys, xml.etree.ElementTree as ET
X = "urn:oasis:names:tc:xliff:document:2.0"
ET.register_namespace("", X)
ET.register_namespace("mda", "urn:oasis:names:tc:xliff:metadata:2.0")
tree = ET.parse(sys.argv[1])
said = ["Der Rat hat Vorlage {i} geprüft", "Laut Rat gilt Beschluss {i} ab morgen",
        "Der Rat vertagte Punkt {i} auf den Frühling", "Am Tag {d} stimmte der Rat zu"]
for n, segment in enumerate(tree.iter(f"{{{X}}}segment")):
    segment.set("state", "translated")
    segment.attrib.pop("subState", None)
    for old in segment.findall(f"{{{X}}}target"):
        segment.remove(old)
    ET.SubElement(segment, f"{{{X}}}target").text = f"Satz {n}: {said[n % 4].format(i=n, d=n % 365)}."
tree.write(sys.argv[2], encoding="UTF-8", xml_declaration=True)
PY
}

start() { # $1 = quarkus-app folder, $2 = run folder, $3 = "count" to log SQL
  local app=$1 run=$2 db=() url
  mkdir -p "$run"
  if [[ $3 == count ]]; then
    # The jar's own datasource URL plus H2's trace; a trace file over TRACE_MAX_FILE_SIZE (MB) would be rolled over.
    url=$(python3 - "$app" <<'PY'
import glob, sys, zipfile
with zipfile.ZipFile(glob.glob(sys.argv[1] + "/app/*.jar")[0]) as jar:
    lines = jar.read("application.properties").decode().splitlines()
print(next(l.split("=", 1)[1] for l in lines if l.startswith("quarkus.datasource.jdbc.url=")))
PY
)
    db=(-Dquarkus.datasource.jdbc.url="$url;TRACE_LEVEL_FILE=2;TRACE_MAX_FILE_SIZE=4096"
      '-Dquarkus.log.category."org.hibernate.SQL".level=DEBUG')
  fi
  java "${db[@]}" -Dverso.data-dir="$run/data" -Dverso.jobs.poll-interval=PT1H -Dquarkus.http.port="$PORT" \
    -Dquarkus.http.host=127.0.0.1 "${EXTRA[@]}" -jar "$app/quarkus-run.jar" >"$run/verso.log" 2>&1 &
  PID=$!
  local i
  for ((i = 0; i < 240; i++)); do
    curl -sf -o /dev/null "$URL/q/health/ready" && break
    kill -0 "$PID" 2>/dev/null || { tail -20 "$run/verso.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -s -o /dev/null -c "$run/cookies" --data-urlencode "j_username=admin" \
    --data-urlencode "j_password=$VERSO_ADMIN_PASSWORD" "$URL/j_security_check"
}

stop() {
  kill "$PID"
  wait "$PID" || true
  PID=
}

api() { # curl with the session; -f: a failing setup step stops the script
  curl -sf -b "$RUN/cookies" "$@"
}

counts() { # statements logged so far: Hibernate's, then H2's
  if [[ $MODE == count ]]; then
    echo "$(grep -c '\[org.hibernate.SQL\]' "$RUN/verso.log") $(grep -c '^/\*SQL' "$RUN/data/verso.trace.db")"
  else
    echo "0 0"
  fi
}

timed() { # $1 = operation name, rest: curl arguments; records "op code ms hibernate h2" and keeps the answer
  local op=$1 before after answer
  shift
  before=$(counts)
  answer=$(curl -s -b "$RUN/cookies" -o "$RUN/$op.json" -w '%{http_code} %{time_total}' "$@")
  sleep 1 # after-commit work (live events) and the log writers finish
  after=$(counts)
  read -r b1 b2 <<<"$before"
  read -r a1 a2 <<<"$after"
  echo "$BUILD $MODE $op ${answer% *} $(awk -v t="${answer#* }" 'BEGIN { printf "%d", t * 1000 }') $((a1 - b1)) \
$((a2 - b2))" >>"$WORK/results"
}

one_document() { # $1 = segments, $2 = "timed" or "warm-up"; a document, German, its XLIFF filled, import, replace
  local n=$1 doc
  article "$n" "batch $n" >"$RUN/doc.json"
  doc=$(api -H 'Content-Type: application/json' --data-binary @"$RUN/doc.json" "$URL/api/documents")
  [[ $(jq .segmentCount <<<"$doc") == "$n" ]] || { echo "expected $n segments: $doc" >&2; exit 1; }
  doc=$(jq .id <<<"$doc")
  api -o /dev/null -H 'Content-Type: application/json' -d '{"language":"de"}' "$URL/api/documents/$doc/languages"
  api -o "$RUN/de.xlf" "$URL/api/documents/$doc/languages/de/export?format=xliff&partial=true"
  fill_targets "$RUN/de.xlf" "$RUN/de-filled.xlf"
  if [[ $2 == warm-up ]]; then
    api -o /dev/null -F "file=@$RUN/de-filled.xlf;type=application/xliff+xml" \
      "$URL/api/documents/$doc/languages/de/import"
    api -o /dev/null -H 'Content-Type: application/json' -d '{"find":"Rat","replace":"Stadtrat"}' \
      "$URL/api/documents/$doc/languages/de/replace"
    return
  fi
  timed import -F "file=@$RUN/de-filled.xlf;type=application/xliff+xml" "$URL/api/documents/$doc/languages/de/import"
  [[ $(tail -1 "$WORK/results" | cut -d' ' -f4) != 200 ]] || [[ $(jq .applied "$RUN/import.json") == "$n" ]] ||
    { echo "import applied $(jq -c . "$RUN/import.json"), expected $n" >&2; exit 1; }
  timed replace -H 'Content-Type: application/json' -d '{"find":"Rat","replace":"Stadtrat"}' \
    "$URL/api/documents/$doc/languages/de/replace"
  [[ $(tail -1 "$WORK/results" | cut -d' ' -f4) != 200 ]] || [[ $(jq length "$RUN/replace.json") == "$n" ]] ||
    { echo "replace changed $(jq length "$RUN/replace.json") segments, expected $n" >&2; exit 1; }
}

run() { # $1 = build index, $2 = "count" or "time", $3 = round
  BUILD=${LABELS[$1]} MODE=$2 RUN="$WORK/$1-$2-$3"
  echo "== $(date +%T) $BUILD: $MODE run $3 (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  start "${APPS[$1]}" "$RUN" "$MODE"
  one_document 200 warm-up
  one_document "$SEGMENTS" timed
  stop
  tail -2 "$WORK/results" | sed 's/^/   /' >&2
}

for i in "${!APPS[@]}"; do run "$i" count 0; done
for ((r = 1; r <= ROUNDS; r++)); do
  for i in "${!APPS[@]}"; do run "$i" time "$r"; done
done

echo
printf '%-14s %-34s %-12s %10s  %-24s %14s %12s\n' build operation HTTP "median ms" "runs (ms)" "Hibernate SQL" \
  "JDBC (H2)"
for i in "${!APPS[@]}"; do
  for op in import replace; do
    name="XLIFF import, $SEGMENTS targets"
    [[ $op == replace ]] && name="replace over $SEGMENTS targets"
    awk -v b="${LABELS[$i]}" -v op="$op" -v name="$name" '
      $1 == b && $3 == op && $2 == "count" { hib = $6; h2 = $7; ccode = $4 }
      $1 == b && $3 == op && $2 == "time" { t[++n] = $5; codes[$4]++; runs = runs (runs ? ", " : "") $5 }
      END {
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (t[j] < t[i]) { x = t[i]; t[i] = t[j]; t[j] = x }
        for (c in codes) http = http (http ? "," : "") c "x" codes[c]
        printf "%-14s %-34s %-12s %10s  %-24s %14s %12s\n", b, name, http, n ? t[int((n + 1) / 2)] : "-", runs,
          hib (ccode == 200 ? "" : " (" ccode ")"), h2 }' "$WORK/results"
  done
done
echo "(times: wall clock of the HTTP call, $ROUNDS runs per build; statements: one more run per build, with logging;"
echo " $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"
