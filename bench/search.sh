#!/usr/bin/env bash
# Full-text search on the delivery API without the response cache (NEWS_DELIVERY_CACHE_MB=0: every request is
# rendered), for one or more builds of the host in one run, so their figures compare as ratios.
# Usage: bench/search.sh DATA_DIR [JAR ...]   (default JAR: webapp/target/magnolia-news.jar)
# Each jar gets a fresh copy of DATA_DIR, is started, then for each word of WORDS: the match count (total=true),
# a warm-up and wrk -t2 -c32 --timeout 10s (a slow answer counts instead of timing out at 2 s) on
# /.rest/delivery/news?q=<word>&limit=10: req/s, p50, p99, and the host's CPU time per request (on this shared
# machine throughput follows the others' load; CPU per request much less).
# Env: WORDS ("lighthouse parliament": the word `generate` puts into 2 % of English bodies, as the Directus peer's
# seed does, and one of the synthetic vocabulary, in ~80 % of items; @latest: the newest 10 without a search), PORT,
# DURATION (12s), WARMUP (8s), HEAP (-Xmx2g),
# JFR_DIR (a JFR profile of each measured case there).
set -euo pipefail
DATA=${1:?data dir}; shift
JARS=("$@"); [ ${#JARS[@]} -eq 0 ] && JARS=(webapp/target/magnolia-news.jar)
PORT=${PORT:-18779}; BASE=http://127.0.0.1:$PORT; DURATION=${DURATION:-12s}; WARMUP=${WARMUP:-8s}; HEAP=${HEAP:--Xmx2g}
WORDS=${WORDS:-lighthouse parliament}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -n "${PID:-}" ] && kill $PID 2>/dev/null || true' EXIT
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
cat > "$WORK/done.lua" <<'LUA'
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRKRESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n", summary.requests,
    summary.duration, latency:percentile(50), latency:percentile(99), e.status + e.connect + e.read + e.write + e.timeout))
end
LUA
cpu_ticks() { awk '{print $14 + $15}' /proc/$PID/stat; } # the host's user + system CPU so far, in clock ticks
echo "# delivery search, uncached $(date -u +%FT%TZ) data=$DATA heap=$HEAP wrk -t2 -c32 -d$DURATION (warm-up $WARMUP) nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
for JAR in "${JARS[@]}"; do
  rm -rf "$WORK/data"; cp -a "$DATA" "$WORK/data"
  NEWS_ADMIN_PASSWORD=bench-password NEWS_DELIVERY_CACHE_MB=0 java $HEAP -jar "$JAR" --port $PORT --data-dir "$WORK/data" > "$WORK/host.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf $BASE/.rest/health > /dev/null && break; sleep 0.5; done
  for _ in $(seq 1 240); do grep -q "Warmed the date order" "$WORK/host.log" && break; sleep 0.5; done
  for word in $WORDS; do
    url="$BASE/.rest/delivery/news?q=$word&limit=10"
    # "@latest": the newest 10, no search, for the cost of rendering ten items alone
    if [ "$word" = @latest ]; then
      url="$BASE/.rest/delivery/news?orderBy=date%20desc&limit=10"
      curl -sf -o /dev/null "$url" # starts the newest-first index; until it is built Jackrabbit answers
      for _ in $(seq 1 240); do grep -q "Indexed delivery/news" "$WORK/host.log" && break; sleep 0.5; done
    fi
    total=$(curl -sf "$url&total=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
    wrk -t2 -c32 -d"$WARMUP" --timeout 10s "$url" > /dev/null
    [ -n "${JFR_DIR:-}" ] && jcmd $PID JFR.start name=search settings=profile filename="$JFR_DIR/$(basename "$JAR" .jar)-$word.jfr" > /dev/null
    cpu0=$(cpu_ticks)
    wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency -s "$WORK/done.lua" "$url" > "$WORK/wrk.txt"
    awk -v j="$(basename "$JAR")" -v w="$word" -v t="$total" -v c="$(( $(cpu_ticks) - cpu0 ))" -v hz="$(getconf CLK_TCK)" \
      -v l="$(cut -d' ' -f1 /proc/loadavg)" '/^WRKRESULT/{
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "%-20s q=%-12s matches=%-6s %8.1f req/s  p50 %7.2f ms  p99 %8.2f ms  cpu %6.2f ms/req  errors=%d load=%s\n", j, w, t,
        v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000, c * 1000 / hz / v["requests"], v["errors"], l }' "$WORK/wrk.txt"
    [ -n "${JFR_DIR:-}" ] && jcmd $PID JFR.stop name=search > /dev/null
  done
  kill $PID; wait $PID 2>/dev/null || true; PID=
done
