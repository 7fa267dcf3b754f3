#!/usr/bin/env bash
# Full-text search on the delivery API without the response cache (NEWS_DELIVERY_CACHE_MB=0: every request is
# rendered), for one or more builds of the host in one run, so their figures compare as ratios.
# Usage: bench/search.sh DATA_DIR [JAR[@DATA] ...]   (default JAR: webapp/target/magnolia-news.jar; JAR@DATA runs that jar
# on a copy of DATA instead of DATA_DIR: the data as that build leaves it, e.g. after its generate's index merge)
# Every jar is started at once, each on its own copy of DATA_DIR and port, and warmed up on every case; then ROUNDS
# rounds each measure every case on every jar in turn (wrk -t2 -c32 --timeout 10s: a slow answer counts instead of
# timing out at 2 s), so the jars share the machine's load swings (others' builds on the same cores). Printed per jar
# and case: the median over the rounds of req/s, p50, p99 and the host's CPU time per request (user + system of its
# process, JIT and GC included), and the match count (total=true).
# Env: WORDS ("@latest lighthouse parliament": @latest is the newest 10 without a search, the cost of rendering ten
# items alone; lighthouse the word `generate` puts into 2 % of English bodies, as the Directus peer's seed does;
# parliament one of the synthetic vocabulary, in ~80 % of items), ROUNDS (4), DURATION (6s), WARMUP (6s),
# PORT (18780: the first jar's), HEAP (-Xmx2g).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
DATA=${1:?data dir}; shift
JARS=("$@"); [ ${#JARS[@]} -eq 0 ] && JARS=(webapp/target/magnolia-news.jar)
PORT=${PORT:-18780}; DURATION=${DURATION:-6s}; WARMUP=${WARMUP:-6s}; HEAP=${HEAP:--Xmx2g}; ROUNDS=${ROUNDS:-4}
WORDS=${WORDS:-@latest lighthouse parliament}
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill $p 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
write_result_script "$WORK/done.lua"
url_of() { # jar-index word
  local base=http://127.0.0.1:$((PORT + $1))/.rest/delivery/news
  if [ "$2" = @latest ]; then echo "$base?orderBy=date%20desc&limit=10"; else echo "$base?q=$2&limit=10"; fi
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # a process's user + system CPU so far, in clock ticks
echo "# delivery search, uncached $(date -u +%FT%TZ) data=$DATA heap=$HEAP wrk -t2 -c32 -d$DURATION x $ROUNDS rounds (warm-up $WARMUP) nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
DATAS=()
for i in "${!JARS[@]}"; do
  if [[ "${JARS[$i]}" == *@* ]]; then DATAS[$i]=${JARS[$i]#*@}; JARS[$i]=${JARS[$i]%%@*}; else DATAS[$i]=$DATA; fi
  echo "# jar $i: ${JARS[$i]} on ${DATAS[$i]}"
done
for i in "${!JARS[@]}"; do
  cp -a "${DATAS[$i]}" "$WORK/data$i"
  NEWS_ADMIN_PASSWORD=bench-password NEWS_DELIVERY_CACHE_MB=0 java $HEAP -jar "${JARS[$i]}" --port $((PORT + i)) \
    --data-dir "$WORK/data$i" > "$WORK/host$i.log" 2>&1 &
  PIDS+=($!)
done
for i in "${!JARS[@]}"; do
  for _ in $(seq 1 600); do curl -sf http://127.0.0.1:$((PORT + i))/.rest/health > /dev/null && break; sleep 0.5; done
  curl -sf http://127.0.0.1:$((PORT + i))/.rest/health > /dev/null || { echo "${JARS[$i]} did not start: $WORK/host$i.log" >&2; tail -5 "$WORK/host$i.log" >&2; exit 1; }
  for _ in $(seq 1 240); do grep -q "Warmed the date order" "$WORK/host$i.log" && break; sleep 0.5; done
  for word in $WORDS; do
    curl -sf -o /dev/null "$(url_of $i "$word")" # the first @latest starts the newest-first index; until it is built Jackrabbit answers
    if [ "$word" = @latest ]; then
      for _ in $(seq 1 240); do grep -q "Indexed delivery/news" "$WORK/host$i.log" && break; sleep 0.5; done
    fi
    curl -sf "$(url_of $i "$word")&total=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' > "$WORK/total-$i-$word"
    wrk -t2 -c32 -d"$WARMUP" --timeout 10s "$(url_of $i "$word")" > /dev/null # the JIT's compiling is the host's CPU too
  done
done
for round in $(seq 1 "$ROUNDS"); do
  for word in $WORDS; do
    for i in "${!JARS[@]}"; do
      cpu0=$(cpu_ticks "${PIDS[$i]}")
      wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency -s "$WORK/done.lua" "$(url_of $i "$word")" > "$WORK/wrk.txt"
      awk -v j="$i" -v w="$word" -v c="$(( $(cpu_ticks "${PIDS[$i]}") - cpu0 ))" -v hz="$(getconf CLK_TCK)" '/^WRKRESULT/{
        for (k = 2; k <= NF; k++) { split($k, kv, "="); v[kv[1]] = kv[2] }
        printf "%s %s %.1f %.2f %.2f %.2f %d\n", j, w, v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000,
          v["p99_us"] / 1000, c * 1000 / hz / v["requests"], v["errors"] }' "$WORK/wrk.txt" >> "$WORK/lines.txt"
    done
  done
  echo "# round $round done, load=$(cut -d' ' -f1 /proc/loadavg)"
done
for word in $WORDS; do
  for i in "${!JARS[@]}"; do
    awk -v j="$i" -v w="$word" '$1 == j && $2 == w' "$WORK/lines.txt" | python3 -c '
import statistics, sys
rows = [line.split() for line in sys.stdin]
med = lambda k: statistics.median(float(r[k]) for r in rows)
print("%-22s q=%-11s matches=%-6s %7.1f req/s  p50 %7.1f ms  p99 %7.1f ms  cpu %5.2f ms/req  errors=%d  (median of %d)" % (
    sys.argv[1], sys.argv[2], open(sys.argv[3]).read().strip(), med(2), med(3), med(4), med(5), sum(int(r[6]) for r in rows), len(rows)))
' "$i:$(basename "${JARS[$i]}")" "$word" "$WORK/total-$i-$word"
  done
done
