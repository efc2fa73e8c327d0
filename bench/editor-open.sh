#!/usr/bin/env bash
# Does the editor open a 5,000-segment article as fast as a 50-segment one?
# Imports both (generated news-like sentences), adds a target language, then times N loads of the editor's first
# page, of page 50 of the long article, and of a save, against a running Verso (default http://localhost:8080).
# Usage: VERSO_URL=http://localhost:8080 VERSO_USER=admin VERSO_PASSWORD=... bench/editor-open.sh [N]
set -euo pipefail
URL=${VERSO_URL:-http://localhost:8080}
AUTH="${VERSO_USER:-admin}:${VERSO_PASSWORD:?set VERSO_PASSWORD}"
N=${1:-100}

article() { # $1 = number of one-sentence paragraphs
  python3 - "$1" <<'PY'
import json, sys
n = int(sys.argv[1])
words = "council budget river bridge harbour minister report school vote weather market station".split()
paras = [f"Item {i}: the {words[i % 12]} committee met on day {i} and approved {i * 7} measures." for i in range(n)]
print(json.dumps({"title": f"bench {n}", "sourceLanguage": "en", "format": "text", "content": "\n\n".join(paras)}))
PY
}

import_doc() {
  article "$1" | curl -sf -u "$AUTH" -H 'Content-Type: application/json' --data-binary @- "$URL/api/documents" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
# Pages are timed with the login session, as a translator uses them: HTTP Basic would add a BCrypt check
# (about 0.1 s by design) to every request and hide what the page itself costs.
login() {
  curl -s -o /dev/null -c "$JAR" --data-urlencode "j_username=${AUTH%%:*}" --data-urlencode "j_password=${AUTH#*:}" \
    "$URL/j_security_check"
}

timings() { # $1 = label, $2 = path; prints median and p95 of N page loads in milliseconds
  local path=$2 i
  for ((i = 0; i < N; i++)); do
    curl -s -o /dev/null -b "$JAR" -w '%{time_total}\n' "$URL$path"
  done | sort -n | awk -v label="$1" '{ t[NR] = $1 * 1000 } END {
    printf "%-34s median %7.1f ms   p95 %7.1f ms   (n=%d)\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], NR }'
}

started=$(date +%s)
small=$(import_doc 50)
large=$(import_doc 5000)
echo "imported 50 + 5,000 segments in $(( $(date +%s) - started )) s"
for doc in "$small" "$large"; do
  curl -sf -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' -d '{"language":"ru"}' \
    "$URL/api/documents/$doc/languages"
done
login
for ((w = 0; w < 100; w++)); do # warm-up, so the JIT has compiled both paths before either is timed
  for path in "/documents/$small/ru" "/documents/$large/ru?page=50"; do curl -s -o /dev/null -b "$JAR" "$URL$path"; done
done
timings "editor, 50-segment article" "/documents/$small/ru"
timings "editor, 5,000-segment article" "/documents/$large/ru"
timings "editor, 5,000-segment, page 50" "/documents/$large/ru?page=50"
timings "segments API, 50-segment" "/api/documents/$small/segments"
timings "segments API, 5,000-segment" "/api/documents/$large/segments"
