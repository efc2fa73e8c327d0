#!/usr/bin/env bash
# Start time and footprint of the production jar (issue 24), not part of CI. For each way of running it, ROUNDS
# times in turn (so a busy moment hurts every way alike): a first start on an empty data folder (the schema is
# created and the admin added) and a restart on that folder. Prints, per way: the median time from launch until
# /q/health/ready answers, the CPU the process had used by then (user + system, all threads) and its resident
# memory 5 s after readiness, with the load average before the run.
# Usage: ./mvnw -B package -DskipTests && bench/start-footprint.sh [ROUNDS]
#   BASE_APP=other/quarkus-app  also runs an older build (e.g. main's) the way its README said: `java -jar`.
#   The AppCDS archives are made here, next to a copy of target/quarkus-app: Quarkus' own
#   (quarkus.package.jar.appcds.enabled, built by the jar's start-up phase) only if target/quarkus-app has one,
#   and a training run's (-XX:ArchiveClassesAtExit over a start to readiness and a stop), always.
#   SINGLE_JAR=path/to/verso-*-runner.jar  also runs the single jar (built with
#   -Dquarkus.package.jar.type=uber-jar) with its own trained archive: all its classes come from the class path, so
#   the archive holds them all (the fast-jar's own class loader reads lib/ itself, and Java 17 archives none of those).
#   BASE_SINGLE_JAR=path/to/older-runner.jar  also runs an older single jar the same way, to compare two builds.
#   ONLY=text  runs only the ways whose name contains text (e.g. ONLY="single jar").
#   EXTRA="JVM options"  also runs the single jar with these options added (e.g. EXTRA=-XX:CompileThresholdScaling=3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROUNDS=${1:-5}
PORT=${PORT:-18311}
work=$(mktemp -d)
trap 'pkill -f -- "-Dverso.data-dir=$work" 2>/dev/null || true; rm -rf "$work"' EXIT
# A copy keeps the jars' modification times (-a): an AppCDS archive is refused for a jar that changed.
cp -a target/quarkus-app "$work/app"
if [ -n "${BASE_APP:-}" ]; then cp -a "$BASE_APP" "$work/base"; fi
if [ -n "${SINGLE_JAR:-}" ]; then mkdir "$work/single" && cp -a "$SINGLE_JAR" "$work/single/verso.jar"; fi
if [ -n "${BASE_SINGLE_JAR:-}" ]; then mkdir "$work/base-single" && cp -a "$BASE_SINGLE_JAR" "$work/base-single/verso.jar"; fi
FLAGS="-XX:+UseSerialGC -Xms32m -Xmx512m"

# run DIR JAR DATA JAVA-OPTIONS... : starts, waits for readiness, prints "ms cpu_ms rss_mb", stops
run() {
  local dir=$1 jar=$2 data=$3; shift 3
  local t0 t1 pid cpu rss
  if curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; then echo "port $PORT is taken" >&2; exit 1; fi
  t0=$(date +%s%N)
  (cd "$dir" && exec java "$@" -Dverso.data-dir="$data" -Dverso.admin.password=start-bench-pw \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$jar" >> "$work/log" 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/log"; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  cpu=$(awk '{ print ($14 + $15) * 10 }' "/proc/$pid/stat")
  sleep 5
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $cpu $rss"
}

# A training run: one start to readiness and a clean stop, writing the classes it loaded (DIR JAR).
train() {
  (cd "$1" && exec java -XX:ArchiveClassesAtExit=trained.jsa -Dverso.data-dir="$work/train-${1##*/}" \
    -Dverso.admin.password=start-bench-pw -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -jar "$2" > "$work/train.log" 2>&1) &
  local pid=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; do sleep 0.1; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
train "$work/app" quarkus-run.jar
if [ -n "${SINGLE_JAR:-}" ]; then train "$work/single" verso.jar; fi
if [ -n "${BASE_SINGLE_JAR:-}" ]; then train "$work/base-single" verso.jar; fi

declare -A ways
order=()
if [ -n "${BASE_APP:-}" ]; then ways["base, java -jar"]="base|quarkus-run.jar|"; order+=("base, java -jar"); fi
ways["this, java -jar"]="app|quarkus-run.jar|"; order+=("this, java -jar")
ways["this, $FLAGS"]="app|quarkus-run.jar|$FLAGS"; order+=("this, $FLAGS")
if [ -f "$work/app/app-cds.jsa" ]; then
  ways["this, $FLAGS + Quarkus AppCDS"]="app|quarkus-run.jar|$FLAGS -XX:SharedArchiveFile=app-cds.jsa -Xlog:cds=off"
  order+=("this, $FLAGS + Quarkus AppCDS")
fi
ways["this, $FLAGS + trained AppCDS"]="app|quarkus-run.jar|$FLAGS -XX:SharedArchiveFile=trained.jsa -Xlog:cds=off"
order+=("this, $FLAGS + trained AppCDS")
if [ -n "${BASE_SINGLE_JAR:-}" ]; then
  ways["base single jar, $FLAGS + trained AppCDS"]="base-single|verso.jar|$FLAGS -XX:SharedArchiveFile=trained.jsa -Xlog:cds=off"
  order+=("base single jar, $FLAGS + trained AppCDS")
fi
if [ -n "${SINGLE_JAR:-}" ]; then
  ways["single jar, $FLAGS + trained AppCDS"]="single|verso.jar|$FLAGS -XX:SharedArchiveFile=trained.jsa -Xlog:cds=off"
  order+=("single jar, $FLAGS + trained AppCDS")
fi
if [ -n "${SINGLE_JAR:-}" ] && [ -n "${EXTRA:-}" ]; then
  ways["single jar, $FLAGS $EXTRA + trained AppCDS"]="single|verso.jar|$FLAGS $EXTRA -XX:SharedArchiveFile=trained.jsa -Xlog:cds=off"
  order+=("single jar, $FLAGS $EXTRA + trained AppCDS")
fi

if [ -n "${ONLY:-}" ]; then
  kept=()
  for way in "${order[@]}"; do [[ $way == *"$ONLY"* ]] && kept+=("$way"); done
  order=("${kept[@]}")
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1)"
declare -A first again
n=0
for round in $(seq 1 "$ROUNDS"); do
  for way in "${order[@]}"; do
    IFS='|' read -r dir jar opts <<< "${ways[$way]}"
    dir=$work/$dir
    n=$((n + 1))
    data="$work/data-$n"
    # shellcheck disable=SC2086
    first[$way]+="$(run "$dir" "$jar" "$data" $opts);"
    # shellcheck disable=SC2086
    again[$way]+="$(run "$dir" "$jar" "$data" $opts);"
    rm -rf "$data"
  done
done

median() { tr ';' '\n' | grep -v '^$' | awk -v c="$1" '{ print $c }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf '| way | start | ready ms (median of %s) | CPU ms by then | resident MB after 5 s |\n| --- | --- | --- | --- | --- |\n' "$ROUNDS"
for way in "${order[@]}"; do
  for kind in first again; do
    if [ $kind = first ]; then values=${first[$way]}; label="empty folder"; else values=${again[$way]}; label="restart"; fi
    printf '| %s | %s | %s | %s | %s |\n' "$way" "$label" "$(median 1 <<< "$values")" "$(median 2 <<< "$values")" \
      "$(median 3 <<< "$values")"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
