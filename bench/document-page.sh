#!/usr/bin/env bash
# Does the document page of a 100,000-segment article stay small and fast? Imports it and a 50-segment one
# (generated news-like sentences, one per paragraph), adds four target languages to each, then times N loads of each
# document page (first page, and page 250 of the long one) and prints their sizes, against a running Verso.
# Usage: VERSO_URL=http://localhost:8080 VERSO_USER=admin VERSO_PASSWORD=... bench/document-page.sh [N] [segments]
set -euo pipefail
URL=${VERSO_URL:-http://localhost:8080}
AUTH="${VERSO_USER:-admin}:${VERSO_PASSWORD:?set VERSO_PASSWORD}"
N=${1:-30}
LONG=${2:-100000}

article() { # $1 = number of one-sentence paragraphs
  python3 - "$1" <<'PY'
import json, sys
n = int(sys.argv[1])
words = "council budget river bridge harbour minister report school vote weather market station".split()
paras = [f"The {words[i % 12]} board met on day {i} and approved {i % 97} measures." for i in range(n)]
print(json.dumps({"title": f"bench {n}", "sourceLanguage": "en", "format": "text", "content": "\n\n".join(paras)}))
PY
}

import_doc() { # a session cookie: HTTP Basic would add a BCrypt check to every request
  article "$1" | curl -sf -b "$JAR" -H 'Content-Type: application/json' --data-binary @- "$URL/api/documents" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
curl -s -o /dev/null -c "$JAR" --data-urlencode "j_username=${AUTH%%:*}" --data-urlencode "j_password=${AUTH#*:}" \
  "$URL/j_security_check"

timings() { # $1 = label, $2 = path; prints size, median and p95 of N loads in milliseconds
  local path=$2 i
  for ((i = 0; i < N; i++)); do
    curl -s -o /dev/null -b "$JAR" -w '%{time_total} %{size_download}\n' "$URL$path"
  done | sort -n | awk -v label="$1" '{ t[NR] = $1 * 1000; size = $2 } END {
    printf "%-36s %9d bytes   median %7.1f ms   p95 %7.1f ms   (n=%d)\n", label, size, t[int(NR * 0.5)],
      t[int(NR * 0.95)], NR }'
}

start=$(date +%s)
LONG_ID=$(import_doc "$LONG")
echo "imported $LONG segments in $(($(date +%s) - start)) s (document $LONG_ID)"
SHORT_ID=$(import_doc 50)
for id in "$LONG_ID" "$SHORT_ID"; do
  for lang in ru tg fa uz; do
    curl -sf -o /dev/null -b "$JAR" -H 'Content-Type: application/json' -d "{\"language\":\"$lang\"}" \
      "$URL/api/documents/$id/languages"
  done
done
# Warm-up: the JIT compiles the page's path before it is timed.
for _ in $(seq 1 10); do curl -s -o /dev/null -b "$JAR" "$URL/documents/$LONG_ID"; done
timings "document page, 50 segments" "/documents/$SHORT_ID"
timings "document page, $LONG segments" "/documents/$LONG_ID"
timings "…its page 250" "/documents/$LONG_ID?page=250"
