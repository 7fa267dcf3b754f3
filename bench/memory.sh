#!/usr/bin/env bash
# Heap and RSS of a host serving a dataset: start JAR on DATA_DIR (used in place: pass a copy), read up to 6,000
# article URLs from the delivery API, request one article page (the live states are then read) and wait for the
# states, then 10 s each of article-page misses (wrk -t2 -c8), `latest 10` and a full-text search (-c32); prints
# RSS while serving, then the heap used after a full GC (jcmd GC.run), and keeps the class histogram.
# Usage: bench/memory.sh JAR DATA_DIR PORT [JVM flags, e.g. -Xmx512m]   Env: D (10s). Needs wrk, curl, python3, jcmd.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
JAR=$1; DATA=$2; PORT=$3; shift 3
BASE=http://127.0.0.1:$PORT; WORK=$(mktemp -d); LOG=$WORK/host.log
NEWS_ADMIN_PASSWORD=bench-password java "$@" -jar "$JAR" --port "$PORT" --data-dir "$DATA" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; echo "log and histogram in $WORK"' EXIT
for _ in $(seq 1 240); do curl -sf $BASE/.rest/health >/dev/null && break; sleep 0.5; done
article_pages "$BASE" 6000 > "$WORK/urls.txt"
curl -s -o /dev/null "$BASE$(head -1 "$WORK/urls.txt")"
for _ in $(seq 1 900); do grep -q "Live states of news" "$LOG" && break; sleep 1; done
write_cycle_script "$WORK/miss.lua"
echo "# memory $(date -u +%FT%TZ) jar=$(basename "$JAR") flags=$* load=$(cut -d' ' -f1-3 /proc/loadavg) nproc=$(nproc)"
echo "site misses: $(URLS_FILE=$WORK/urls.txt wrk -t2 -c8 -d${D:-10s} -s "$WORK/miss.lua" $BASE | awk '/Requests\/sec/{print $2}') req/s"
echo "latest 10:   $(wrk -t2 -c32 -d${D:-10s} "$BASE/.rest/delivery/news?orderBy=date%20desc&limit=10" | awk '/Requests\/sec/{print $2}') req/s"
echo "search:      $(wrk -t2 -c32 -d${D:-10s} "$BASE/.rest/delivery/news?q=parliament&limit=10" | awk '/Requests\/sec/{print $2}') req/s"
echo "rss_mb while serving=$(awk '/VmRSS/{print int($2/1024)}' /proc/$PID/status)"
jcmd $PID GC.run >/dev/null; sleep 1
jcmd $PID GC.heap_info | sed -n 2p
jcmd $PID GC.class_histogram > "$WORK/histogram.txt"
grep -h "Live states of news" "$LOG" | cut -c1-120
