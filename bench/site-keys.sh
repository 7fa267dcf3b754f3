#!/usr/bin/env bash
# What an uncached article page reads, counted instead of timed (so the figure does not depend on the machine's load):
# the surrogate keys of 200 article pages (the Surrogate-Key header), item keys (`i…`: a node read by identifier or
# shown) and all keys, per page, for one or more builds of the host.
# Usage: bench/site-keys.sh DATA_DIR [JAR ...]   (default JAR: webapp/target/magnolia-news.jar). Each jar gets a fresh
# copy of DATA_DIR, waits until the live states are read, then asks 200 article pages (the same for every jar).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
DATA=${1:?data dir}; shift
JARS=("$@"); [ ${#JARS[@]} -eq 0 ] && JARS=(webapp/target/magnolia-news.jar)
PORT=${PORT:-18779}; BASE=http://127.0.0.1:$PORT; HEAP=${HEAP:--Xmx2g}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -n "${PID:-}" ] && kill $PID 2>/dev/null || true' EXIT
for JAR in "${JARS[@]}"; do
  cp -a "$DATA" "$WORK/data"
  NEWS_ADMIN_PASSWORD=bench-password java $HEAP -jar "$JAR" --port $PORT --data-dir "$WORK/data" > "$WORK/host.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf $BASE/.rest/health >/dev/null && break; sleep 0.5; done
  if [ ! -s "$WORK/pages.txt" ]; then # every 50th English article page of the 10,000 newest, from the delivery API
    article_pages "$BASE" 10000 > "$WORK/newest.txt"
    step=$(( $(wc -l < "$WORK/newest.txt") / 200 )); [ "$step" -ge 1 ] || step=1
    awk -v s="$step" '(NR - 1) % s == 0' "$WORK/newest.txt" | head -200 > "$WORK/pages.txt"
  fi
  curl -s -o /dev/null "$BASE$(head -1 "$WORK/pages.txt")"
  for _ in $(seq 1 600); do grep -q "Live states of news" "$WORK/host.log" && break; sleep 1; done
  sleep 5 # the publications' states, read on first need
  while read -r u; do
    curl -s -D - -o /dev/null "$BASE$u" | tr -d '\r' \
      | awk '/^Surrogate-Key:/{n=0; for(i=2;i<=NF;i++) if(substr($i,1,1)=="i") n++; print n, NF-1}'
  done < "$WORK/pages.txt" | awk -v j="$(basename "$JAR")" \
    '{i+=$1; a+=$2; c++} END{printf "%-28s %d article pages: item keys %.1f per page, all keys %.1f per page\n", j, c, i/c, a/c}'
  kill $PID; wait $PID 2>/dev/null || true; PID=
  rm -rf "$WORK/data"
done
