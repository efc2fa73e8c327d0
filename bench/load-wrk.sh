#!/usr/bin/env bash
# Bounded load run with wrk (Debian package "wrk"), not part of CI: starts the production jar on a fresh H2 file
# database in a temporary folder, imports a 200-segment article, then loads the editor page and the save endpoint
# for 30 s each on loopback and prints wrk's latency distribution (throughput, p99, errors).
# Usage: ./mvnw -B package -DskipTests && bench/load-wrk.sh [seconds]   (VERSO_APP=other/quarkus-app to use another build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_EACH=${1:-30}
PORT=${VERSO_PORT:-18080}
URL="http://127.0.0.1:$PORT"
PASSWORD="load-test-$$"
WORK=$(mktemp -d)
# shellcheck source=bench/lib.sh
. bench/lib.sh
start_verso
log_in
CONTENT=$(for i in $(seq 1 200); do printf 'The council met again and spoke about the harbour and the bridge. '; \
  ((i % 4)) || printf '\\n\\n'; done)
DOC=$(curl -sf -b "$COOKIES" -H 'Content-Type: application/json' \
  -d "{\"title\":\"load\",\"sourceLanguage\":\"en\",\"format\":\"text\",\"content\":\"$CONTENT\"}" \
  "$URL/api/documents" | jq .id)
curl -sf -o /dev/null -b "$COOKIES" -H 'Content-Type: application/json' -d '{"language":"de"}' \
  "$URL/api/documents/$DOC/languages"
IDS=$(curl -sf -b "$COOKIES" "$URL/api/documents/$DOC/segments")
# The warm-up saves other segments than the measured run: each wrk thread starts from version 0.
WARM_SEGMENTS=$(jq -r '[.[4:8][].id] | join(",")' <<<"$IDS")
SEGMENTS=$(jq -r '[.[0:4][].id] | join(",")' <<<"$IDS")

# Each run is preceded by 10 s of the same load, unmeasured, so the JIT has compiled the paths being timed.
# --timeout 10s: a response slower than that counts as an error (wrk's default of 2 s is shorter than a page
# takes on a busy 2-CPU machine).
echo "== Editor page: GET /documents/$DOC/de (50 segments a page), 2 threads, 4 connections, ${SECONDS_EACH}s"
wrk -t2 -c4 -d10s --timeout 10s -H "Cookie: $COOKIE" "$URL/documents/$DOC/de" >/dev/null
wrk -t2 -c4 -d"${SECONDS_EACH}s" --timeout 10s --latency -H "Cookie: $COOKIE" "$URL/documents/$DOC/de"
echo "== Save: PUT /api/documents/$DOC/languages/de/translations/{segment}, 4 threads x 1 connection, ${SECONDS_EACH}s"
export WRK_COOKIE="$COOKIE" WRK_DOCUMENT="$DOC"
WRK_SEGMENTS="$WARM_SEGMENTS" wrk -t4 -c4 -d10s --timeout 10s -s bench/wrk-save.lua "$URL" >/dev/null
WRK_SEGMENTS="$SEGMENTS" wrk -t4 -c4 -d"${SECONDS_EACH}s" --timeout 10s --latency -s bench/wrk-save.lua "$URL"
