#!/usr/bin/env bash
# Article pages of the public site on a cache miss (every request a different article page: the page cache never
# answers), for one or more builds of the host in one run, so their figures compare as ratios.
# Usage: bench/site-miss.sh DATA_DIR [JAR ...]   (default JAR: webapp/target/magnolia-news.jar)
# Each jar gets a fresh copy of DATA_DIR (NO_COPY=1: use it in place), is started, waits until the live states are
# read (the index the site's lists are answered from; the first renderings after a start fall back to Jackrabbit),
# warms up on misses of 6,000 other articles, then measures: 200 single misses one at a time (p50, p90 from curl), and
# wrk -t2 -c8 over other articles (req/s, p50, p99), and the host's CPU time per request in each (user + system of
# the JVM, from /proc: less swayed than req/s by what else the machine runs), in the 8-connection case also by
# thread: request threads (the rendering), collector, JIT compiler, the rest. Env: PORT, DURATION (15s), HEAP
# (-Xmx2g; may carry other JVM options), WARM (6000 pages), WARMUP (30s of wrk over them: the miss path compiled
# before it is measured; with 1,500 pages and 10 s, most of the warm-up were page-cache hits and the C2 compiler
# still took ~15 % of the CPU while the misses were measured),
# JFR_DIR (record a JFR profile, settings=profile with its allocation samples, of each jar's 8-connection phase
# into JFR_DIR/<jar>.jfr; summarise with bench/jfr-summary.py).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
DATA=${1:?data dir}; shift
JARS=("$@"); [ ${#JARS[@]} -eq 0 ] && JARS=(webapp/target/magnolia-news.jar)
PORT=${PORT:-18778}; BASE=http://127.0.0.1:$PORT; DURATION=${DURATION:-15s}; WARMUP=${WARMUP:-30s}; HEAP=${HEAP:--Xmx2g}; WARM=${WARM:-6000}
WORK=$(mktemp -d)
TICK=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; } # the host's user + system time so far, in clock ticks
# The host's CPU ticks so far by kind of thread: "requests collector compiler" (Jetty's pool is named qtp…); the rest
# is the process's total less these (threads that ended meanwhile are in the total only). A thread's name may hold
# spaces ("GC Thread#0"): the fields are counted after its closing parenthesis.
thread_ticks() {
  for t in /proc/$PID/task/*; do cat "$t/stat" 2>/dev/null; echo; done \
    | awk 'NF { name = $0; sub(/^[0-9]+ \(/, "", name); sub(/\) [^)]*$/, "", name); rest = $0; sub(/.*\) /, "", rest)
                split(rest, f, " "); ticks = f[12] + f[13]
                if (name ~ /^qtp/) r += ticks; else if (name ~ /^(GC Thread|G1 |VM Thread)/) g += ticks; else if (name ~ /^C[12] Compiler/) c += ticks }
           END { print r + 0, g + 0, c + 0 }'
}
live_states_ticks() { for t in /proc/$PID/task/*; do [ "$(cat "$t/comm" 2>/dev/null)" = live-states ] && awk '{print $14 + $15}' "$t/stat"; done; echo; }
trap 'rm -rf "$WORK"; [ -n "${PID:-}" ] && kill $PID 2>/dev/null || true' EXIT
write_cycle_script "$WORK/miss.lua"
echo "# site cache misses $(date -u +%FT%TZ) data=$DATA heap=$HEAP load=$(cut -d' ' -f1-3 /proc/loadavg) nproc=$(nproc)"
for JAR in "${JARS[@]}"; do
  RUN=$DATA
  if [ -z "${NO_COPY:-}" ]; then RUN="$WORK/data"; rm -rf "$RUN"; cp -a "$DATA" "$RUN"; fi
  NEWS_ADMIN_PASSWORD=bench-password java $HEAP -jar "$JAR" --port $PORT --data-dir "$RUN" > "$WORK/host.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf $BASE/.rest/health >/dev/null && break; sleep 0.5; done
  article_pages "$BASE" > "$WORK/all.txt"   # shuffled below, the same order for every jar
  shuf --random-source=<(yes) "$WORK/all.txt" > "$WORK/shuffled.txt"
  curl -s -o /dev/null "$BASE$(head -1 "$WORK/shuffled.txt")"
  for _ in $(seq 1 600); do grep -q "Live states of news" "$WORK/host.log" && break; sleep 1; done
  PAGES=$(wc -l < "$WORK/shuffled.txt"); W=$WARM; [ $((W + 1200)) -gt "$PAGES" ] && W=$((PAGES / 3)) # small data: a third
  head -n "$W" "$WORK/shuffled.txt" > "$WORK/warm.txt"
  URLS_FILE="$WORK/warm.txt" wrk -t2 -c8 -d$WARMUP -s "$WORK/miss.lua" "$BASE" > /dev/null
  # The warm-up's lists may have the states read again (a property compared for the first time): measure after the
  # last reading, not beside it (no new "Live states" line for 6 s).
  n=-1; while m=$(grep -c "Live states of" "$WORK/host.log"); [ "$m" != "$n" ]; do n=$m; sleep 6; done
  # A reading queued during the first one logs its line only when done (24 s for 20k news at 512 MB, busy machine):
  # also wait until the host's "live-states" thread has used no CPU for 3 s.
  t=-1; while s=$(live_states_ticks); [ "$s" != "$t" ]; do t=$s; sleep 3; done
  sed -n "$((W + 1)),$((W + 200))p" "$WORK/shuffled.txt" > "$WORK/single.txt"
  C0=$(cpu)
  while read -r u; do curl -s -o /dev/null -w "%{time_total}\n" "$BASE$u"; done < "$WORK/single.txt" | sort -n > "$WORK/single-times.txt"
  C1=$(cpu)
  awk -v j="$(basename "$JAR")" -v cpu="$(( (C1 - C0) * 1000 / TICK ))" '{a[NR]=$1} END{printf "%-28s single misses (%d, one at a time): p50 %.1f ms  p90 %.1f ms  cpu %.1f ms/request\n", j, NR, a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, cpu/NR}' "$WORK/single-times.txt"
  sed -n "$((W + 201)),\$p" "$WORK/shuffled.txt" > "$WORK/miss.txt"
  [ -n "${JFR_DIR:-}" ] && jcmd $PID JFR.start name=miss settings=profile > /dev/null
  C0=$(cpu); T0=$(thread_ticks)
  URLS_FILE="$WORK/miss.txt" wrk -t2 -c8 -d$DURATION --latency -s "$WORK/miss.lua" "$BASE" > "$WORK/wrk.txt"
  C1=$(cpu); T1=$(thread_ticks)
  [ -n "${JFR_DIR:-}" ] && jcmd $PID JFR.stop name=miss filename="$JFR_DIR/$(basename "$JAR" .jar).jfr" > /dev/null
  awk -v j="$(basename "$JAR")" -v cpu="$(( (C1 - C0) * 1000 / TICK ))" \
    -v t0="$T0" -v t1="$T1" -v tick="$TICK" \
    '/Requests\/sec/{r=$2} /50%/{m=$2} /99%/{p=$2} /requests in/{n=$1} END{split(t0, a, " "); split(t1, b, " ")
      printf "%-28s misses, 8 conn: %s req/s  p50 %s  p99 %s  cpu %.1f ms/request (requests %.1f, collector %.1f, compiler %.1f, other %.1f)  (%s requests, %d distinct pages)\n", j, r, m, p, cpu/n,
        (b[1]-a[1])*1000/tick/n, (b[2]-a[2])*1000/tick/n, (b[3]-a[3])*1000/tick/n, (cpu - (b[1]+b[2]+b[3]-a[1]-a[2]-a[3])*1000/tick)/n, n, '"$(wc -l < "$WORK/miss.txt")"'}' "$WORK/wrk.txt"
  echo "# $(basename "$JAR") rss_mb=$(awk '/VmRSS/{print int($2/1024)}' /proc/$PID/status) load=$(cut -d' ' -f1-3 /proc/loadavg)"
  kill $PID; wait $PID 2>/dev/null || true; PID=
done
