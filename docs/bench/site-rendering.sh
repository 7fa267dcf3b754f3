#!/usr/bin/env bash
# Site rendering benchmark: article page (related news + book promo) against the host's hello-world route,
# measured back to back in one session on the same started host, so the ratio is what counts.
# Usage: docs/bench/site-rendering.sh http://localhost:18200 /news/2020/05/some-article.html [urls.txt]
# urls.txt (optional): one article path per line, for the cache-miss run (each request a different article).
set -euo pipefail
BASE=${1:?base url}
ARTICLE=${2:?article path}
URLS=${3:-}
DURATION=${DURATION:-20s}
HERE=$(cd "$(dirname "$0")" && pwd)

curl -s -o /dev/null -w "warm-up %{http_code} %{time_total}s\n" "$BASE$ARTICLE"
for round in 1 2; do
  echo "== round $round: /.rest/health"
  wrk -t2 -c32 -d"$DURATION" --latency "$BASE/.rest/health" | grep -E "Requests/sec|99%|Non-2xx"
  echo "== round $round: article page (page cache warm)"
  wrk -t2 -c32 -d"$DURATION" --latency "$BASE$ARTICLE" | grep -E "Requests/sec|99%|Non-2xx"
done
if [ -n "$URLS" ]; then
  echo "== cache misses: a different article on every request (first render of each)"
  URLS_FILE="$URLS" wrk -t2 -c8 -d"$DURATION" --latency -s "$HERE/different-articles.lua" "$BASE" | grep -E "Requests/sec|50%|99%|Non-2xx|requests in"
fi
