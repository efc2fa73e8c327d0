#!/usr/bin/env bash
# Round-trip identity on real files (issue 21): the first 30 Markdown and 30 HTML files under a folder, exported with
# translation = source, compared with the input. Usage: bench/identity-real-files.sh /usr/share/doc
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath "$1")
./mvnw -B -q test -Pbenchmark -Dtest=RealFilesIdentityComparison -Dsurefire.failIfNoSpecifiedTests=false \
  -Dverso.identity.dir="$dir"
grep -ho "IDENTITY[^<]*" target/surefire-reports/TEST-org.verso.document.bench.RealFilesIdentityComparison.xml
