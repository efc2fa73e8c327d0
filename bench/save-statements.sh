#!/usr/bin/env bash
# The SQL statements of one save, as H2 sees them (not part of CI): starts the production jar on a fresh H2 file
# database with H2's trace on (TRACE_LEVEL_FILE=2 appended to the shipped URL, so plain JDBC and commits are seen
# too), imports a 20-sentence article, adds German, logs in through the form, saves each segment once (warm-up),
# then saves segment 10 VERSO_SAVES times (default 1) with status DRAFT and prints the statements of the last one with
# H2's own time for each (t:… ms), then their count.
# Usage: ./mvnw -B -q package -DskipTests && bench/save-statements.sh   (VERSO_APP=other/quarkus-app for another build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${VERSO_PORT:-18081}
URL="http://127.0.0.1:$PORT"
PASSWORD="load-test-$$"
WORK=$(mktemp -d)
# shellcheck source=bench/lib.sh
. bench/lib.sh
start_verso -Dverso.jobs.poll-interval=1h -Dverso.tasks.overdue-check=off \
  "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$WORK/data/verso;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;TRACE_LEVEL_FILE=2"
log_in
WORDS=(bridge harbour market school library river tower lighthouse station bakery ferry garden museum square park
  hospital church theatre mill quay)
CONTENT=$(for w in "${WORDS[@]}"; do printf 'The council spoke about the %s again. ' "$w"; done)
DOC=$(curl -sf -b "$COOKIES" -H 'Content-Type: application/json' \
  -d "{\"title\":\"statements\",\"sourceLanguage\":\"en\",\"format\":\"text\",\"content\":\"$CONTENT\"}" \
  "$URL/api/documents" | jq .id)
curl -sf -o /dev/null -b "$COOKIES" -H 'Content-Type: application/json' -d '{"language":"de"}' \
  "$URL/api/documents/$DOC/languages"
save() {  # segment id, version → the new version
  curl -sf -b "$COOKIES" -X PUT -H 'Content-Type: application/json' \
    -d "{\"text\":\"Der Rat sprach wieder $RANDOM.\",\"status\":\"DRAFT\",\"version\":$2}" \
    "$URL/api/documents/$DOC/languages/de/translations/$1" | jq .version
}
IDS=$(curl -sf -b "$COOKIES" "$URL/api/documents/$DOC/segments" | jq -r '.[].id')
for id in $IDS; do save "$id" 0 >/dev/null; done
SEGMENT=$(sed -n 10p <<<"$IDS")
VERSION=1
TRACE="$WORK/data/verso.trace.db"
for _ in $(seq 1 "${VERSO_SAVES:-1}"); do
  : >"$TRACE"
  VERSION=$(save "$SEGMENT" "$VERSION")
done
sleep 1
cp "$TRACE" "${VERSO_TRACE_COPY:-/dev/null}" 2>/dev/null || true
grep -oE '/\*SQL.*' "$TRACE" | cut -c1-200 || true
echo "statements and commits in the last save: $(grep -cE '/\*SQL' "$TRACE" || true)"
