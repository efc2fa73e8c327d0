#!/usr/bin/env bash
# The Gatling newsroom (src/load/java/org/verso/load/NewsroomSimulation.java) against Verso started here, fresh:
# one instance on an embedded H2 database (default), or INSTANCES=2 sharing one PostgreSQL database, as behind a load
# balancer (VERSO_DB_URL, VERSO_DB_USER, VERSO_DB_PASSWORD of an EMPTY database; without them, a fresh database on the
# local PostgreSQL, made through `runuser -u postgres` and dropped at the end). Builds the jar first.
# Usage: [INSTANCES=2] [RAMP=60] [BUILD=0: use target/quarkus-app as built | APP=other/quarkus-app] [PROFILE=1] bench/load-newsroom.sh N [duration-s]
# Instances run with the README's options (JAVA_OPTS to change them). PROFILE=1 records each instance with Java
# Flight Recorder during the measured run and prints its hottest methods and where the samples' stacks lead.
# Prints Gatling's summary and its verdicts; the HTML report is under target/gatling/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N=${1:?how many translators}
DURATION=${2:-300}
RAMP=${RAMP:-60}
INSTANCES=${INSTANCES:-1}
PASSWORD=load-bench-password-1
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if declare -F drop_db > /dev/null; then drop_db; fi
  rm -rf "$work"
}
trap cleanup EXIT

profile=prod
if [ "$INSTANCES" != 1 ]; then
  profile=pg
  if [ -z "${VERSO_DB_URL:-}" ]; then
    # A database of its own on the local PostgreSQL (as .ci/run makes one), dropped afterwards.
    db="verso_load_$$"
    export VERSO_DB_USER=verso_load VERSO_DB_PASSWORD="load-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres <<SQL
SELECT 'CREATE ROLE verso_load' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'verso_load')\gexec
ALTER ROLE verso_load LOGIN PASSWORD '$VERSO_DB_PASSWORD';
CREATE DATABASE $db OWNER verso_load;
SQL
    export VERSO_DB_URL="jdbc:postgresql://localhost:5432/$db"
    drop_db() { runuser -u postgres -- psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; }
  fi
fi
if [ -n "${APP:-}" ]; then
  echo "Using the build in $APP"  # another build, e.g. main's, for the same run side by side
elif [ "${BUILD:-1}" = 1 ]; then
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=$profile
fi
cp -r "${APP:-target/quarkus-app}" "$work/app"

urls=()
for i in $(seq 1 "$INSTANCES"); do
  port=$((8180 + i))
  # shellcheck disable=SC2086
  QUARKUS_PROFILE=$profile java ${JAVA_OPTS--XX:+UseSerialGC -Xms32m -Xmx512m} -Dverso.data-dir="$work/data-$i" -Dverso.admin.password=$PASSWORD \
    -Dverso.jobs.instance-id="load-$i" -Dquarkus.http.port=$port -jar "$work/app/quarkus-run.jar" \
    > "$work/instance-$i.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
    sleep 1
  done
  curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null || { tail -20 "$work/instance-$i.log"; exit 1; }
  urls+=("http://127.0.0.1:$port")
done
echo "$INSTANCES instance(s) ready ($profile): ${urls[*]}; $N translators, ramp ${RAMP}s, ${DURATION}s"

set +e
./mvnw -B -Pload gatling:test -Dverso.url="$(IFS=,; echo "${urls[*]}")" -Dverso.password=$PASSWORD \
  -Dload.translators="$N" -Dload.ramp="$RAMP" -Dload.duration="$DURATION" > "$work/gatling.log" 2>&1 &
gatling=$!
if [ "${PROFILE:-0}" = 1 ]; then
  # The recording starts with the measured run, after the set-up (people, articles) and the warm-up.
  until grep -qs "Simulation .* started" "$work/gatling.log" || ! kill -0 $gatling 2>/dev/null; do sleep 0.5; done
  for pid in "${pids[@]}"; do jcmd "$pid" JFR.start name=load settings=profile > /dev/null; done
fi
wait $gatling
status=$?
set -e
report=$(ls -td target/gatling/newsroomsimulation-* 2>/dev/null | head -1)
if [ -n "$report" ] && [ -f "$report/js/stats.js" ]; then
  python3 - "$report/js/stats.js" <<'PY'
import json, re, sys
# stats.js is a JavaScript object literal followed by functions: cut the object out and quote its bare keys
text = open(sys.argv[1]).read()
body = text[text.index("{"):text.index("\nfunction")].rstrip().rstrip(";")
stats = json.loads(re.sub(r"^(\s*)(\w+):", r'\1"\2":', body, flags=re.M))
print(f"{'request':<16} {'count':>7} {'KO':>5} {'p50 ms':>7} {'p75 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}")
def line(name, s):
    n, p = s["numberOfRequests"], lambda k: s[k]["total"]
    print(f"{name:<16} {n['total']:>7} {n['ko']:>5} {p('percentiles1'):>7} {p('percentiles2'):>7}"
          f" {p('percentiles3'):>7} {p('percentiles4'):>7} {p('maxResponseTime'):>7}")
for request in stats["contents"].values():
    line(request["name"], request["stats"])
line("all", stats["stats"])
PY
fi
if [ "${PROFILE:-0}" = 1 ]; then
  for i in "${!pids[@]}"; do
    jcmd "${pids[$i]}" JFR.dump name=load filename="$work/instance-$i.jfr" > /dev/null
    mkdir -p target/gatling && cp "$work/instance-$i.jfr" "target/gatling/instance-$((i + 1)).jfr"
    echo "== instance $((i + 1)): where its CPU samples were (target/gatling/instance-$((i + 1)).jfr)"
    jfr print --json --events jdk.ExecutionSample "$work/instance-$i.jfr" | python3 bench/jfr-hot.py
  done
fi
grep -E "percentile of|count of failed" "$work/gatling.log" || tail -30 "$work/gatling.log"
echo "report: $report/index.html"
exit $status
