#!/usr/bin/env bash
# Reviews a whole article by keyboard alone in Chromium and prints the keys used (docs/editor.md, "Review").
# Usage: bench/review-article.sh <article.txt> <translation.txt> [0-based translatable segment to reject]
# translation.txt: the Russian translation, one line per translatable segment in order (boilerplate the import
# proposes to skip has no line). The test fails with the list of translatable segments when the counts differ.
set -euo pipefail
cd "$(dirname "$0")/.."
source_file=$(realpath "$1"); target_file=$(realpath "$2"); reject=${3:-}
./mvnw -B -q test -Pbenchmark -Dgroups=benchmark -Dtest=WholeReviewBrowserTest#reviewTheArticleGivenByPath \
  -Dsurefire.failIfNoSpecifiedTests=false -Dverso.review.source="$source_file" -Dverso.review.target="$target_file" \
  ${reject:+-Dverso.review.reject=$reject}
grep -ho "REVIEW[^<]*" target/surefire-reports/TEST-org.verso.editor.WholeReviewBrowserTest.xml | head -1
