#!/usr/bin/env bash
# Uncached delivery, jar against jar in one run (issue 13): the side-by-side script's three cases (read one item
# cycling through 1,000, latest 10, latest 10 in a subject) with the response cache off (NEWS_DELIVERY_CACHE_MB=0).
#
#   bench/delivery-lists.sh DATA_DIR JAR_A JAR_B      (from the project root)
#
# Both hosts run at once, each on its own copy of DATA_DIR (the host writes to its data directory), and wrk asks
# them in turn, SLICES short runs each per case (A B A B …): on two cores shared with other engineers the load moves
# by a factor of two within a minute, and alternating slices puts both jars under the same load. Per slice it prints
# req/s and the host's CPU time per request (utime+stime from /proc, which depends far less on the others' load),
# then the median of each per jar and case.
# Env: DURATION (8s per slice), WARMUP (5s), SLICES (4), PORT (18780, and PORT+1), HEAP (-Xmx2g).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
SOURCE=${1:?data directory}; JARS=("${2:?jar A}" "${3:?jar B}")
DURATION=${DURATION:-8s}; WARMUP=${WARMUP:-5s}; SLICES=${SLICES:-4}; PORT=${PORT:-18780}; HEAP=${HEAP:--Xmx2g}
D=/.rest/delivery/news
WORK=$(mktemp -d /tmp/delivery-lists-XXXX)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill $p 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
TICKS=$(getconf CLK_TCK)

write_result_script "$WORK/done.lua"
cpu_ticks() { awk '{print $14 + $15}' /proc/$1/stat; }

for i in 0 1; do
  cp -a "$SOURCE" "$WORK/data$i"
  NEWS_ADMIN_PASSWORD=bench-password NEWS_DELIVERY_CACHE_MB=0 java $HEAP -jar "${JARS[$i]}" --port $((PORT + i)) \
    --data-dir "$WORK/data$i" > "$WORK/host$i.log" 2>&1 &
  PIDS[$i]=$!
done
for i in 0 1; do
  for _ in $(seq 1 240); do curl -sf http://127.0.0.1:$((PORT + i))/.rest/health > /dev/null && break; sleep 0.5; done
done
BASE=http://127.0.0.1:$PORT
# The same URLs for both: 1,000 items spread over the archive, the first subject of the first of them.
python3 - "$BASE" > "$WORK/paths.txt" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]; out = []
for off in range(0, 70 * 100, 700):
    r = json.load(urllib.request.urlopen(base + "/.rest/delivery/news?orderBy=date%20desc&limit=100&offset=" + str(off)))
    out += ["/.rest/delivery/news" + n["@path"] for n in r["results"]]
print("\n".join(out[:1000]))
PY
SUBJECT=$(curl -s "$BASE$(head -1 "$WORK/paths.txt")" | python3 -c 'import json,sys; print(json.load(sys.stdin)["subjects"][0]["@id"])')
{ echo "local paths = {"; sed 's/.*/[[&]],/' "$WORK/paths.txt"; echo "}"
  echo 'local threads = 0'
  echo 'function setup(thread) thread:set("offset", threads * 7919); threads = threads + 1 end'
  echo 'local c = nil'
  echo 'function request() if c == nil then c = offset or 0 end c = c + 1 return wrk.format("GET", paths[(c % #paths) + 1]) end'
  cat "$WORK/done.lua"; } > "$WORK/read.lua"
declare -A URL=([read]="/" [latest]="$D?orderBy=date%20desc&limit=10" [subject]="$D?subjects=$SUBJECT&orderBy=date%20desc&limit=10")
declare -A SCRIPT=([read]="$WORK/read.lua" [latest]="$WORK/done.lua" [subject]="$WORK/done.lua")
for i in 0 1; do # the newest-first columns are built in the background on first use: measure once both are ready
  for c in latest subject; do curl -s -o /dev/null "http://127.0.0.1:$((PORT + i))${URL[$c]}"; done
  for _ in $(seq 1 600); do [ "$(grep -c "Indexed delivery/news" "$WORK/host$i.log")" -ge 2 ] && break; sleep 1; done
done
echo "# delivery lists, cache off, $(date -u +%FT%TZ) wrk -t2 -c32, $SLICES slices of $DURATION per jar and case (warm-up $WARMUP)" \
  "heap=$HEAP nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) subject=$SUBJECT"
for c in read latest subject; do
  for i in 0 1; do wrk -t2 -c32 -d"$WARMUP" -s "${SCRIPT[$c]}" "http://127.0.0.1:$((PORT + i))${URL[$c]}" > /dev/null; done
  for s in $(seq 1 "$SLICES"); do
    for i in 0 1; do
      before=$(cpu_ticks ${PIDS[$i]})
      result=$(wrk -t2 -c32 -d"$DURATION" --latency -s "${SCRIPT[$c]}" "http://127.0.0.1:$((PORT + i))${URL[$c]}" | grep WRKRESULT)
      after=$(cpu_ticks ${PIDS[$i]})
      echo "$result" | awk -v j="$(basename "${JARS[$i]}" .jar)" -v c="$c" -v cpu=$((after - before)) -v hz="$TICKS" \
        -v l="$(cut -d' ' -f1 /proc/loadavg)" '{
        for (k = 2; k <= NF; k++) { split($k, kv, "="); v[kv[1]] = kv[2] }
        printf "SLICE %-14s %-8s %8.1f req/s  cpu %6.3f ms/req  p50 %7.2f ms  p99 %8.2f ms  errors %d  load %s\n", j, c,
          v["requests"] / (v["duration_us"] / 1e6), cpu * 1000 / hz / v["requests"], v["p50_us"] / 1000, v["p99_us"] / 1000, v["errors"], l }'
    done
  done
done | tee "$WORK/slices.txt"
echo "# medians over the slices"
python3 - "$WORK/slices.txt" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    f = line.split()
    rows.setdefault((f[2], f[1]), []).append((float(f[3]), float(f[6])))
for (case, jar), values in sorted(rows.items()):
    print("%-8s %-14s %8.1f req/s  cpu %6.3f ms/req" % (case, jar, statistics.median(v[0] for v in values),
                                                     statistics.median(v[1] for v in values)))
PY
