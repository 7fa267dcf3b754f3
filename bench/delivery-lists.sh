#!/usr/bin/env bash
# Uncached delivery, jar against jar in one run (issue 13): the side-by-side script's three cases (read one item
# cycling through 1,000, latest 10, latest 10 in a subject) with the response cache off (NEWS_DELIVERY_CACHE_MB=0),
# each jar in turn, ROUNDS times (the two cores are shared: alternating spreads the load over both jars).
#
#   bench/delivery-lists.sh DATA_DIR JAR...      (from the project root)
#
# DATA_DIR is copied once (the host writes to its data directory; every jar starts on the same copy).
# Env: DURATION (12s), WARMUP (5s), ROUNDS (2), PORT (18780), HEAP (-Xmx2g), NO_COPY=1 (DATA_DIR is a copy already).
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE=${1:?data directory}; shift
JARS=("${@:?at least one jar}")
DURATION=${DURATION:-12s}; WARMUP=${WARMUP:-5s}; ROUNDS=${ROUNDS:-2}; PORT=${PORT:-18780}; HEAP=${HEAP:--Xmx2g}
BASE=http://127.0.0.1:$PORT; D=/.rest/delivery/news
WORK=$(mktemp -d /tmp/delivery-lists-XXXX)
trap '[ -n "${PID:-}" ] && kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT
if [ -n "${NO_COPY:-}" ]; then ln -s "$(realpath "$SOURCE")" "$WORK/data"; else cp -a "$SOURCE" "$WORK/data"; fi

cat > "$WORK/done.lua" <<'LUA'
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRKRESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n", summary.requests,
    summary.duration, latency:percentile(50), latency:percentile(99), e.status + e.connect + e.read + e.write + e.timeout))
end
LUA
measure() { # jar case url [wrk args]
  local jar=$1 name=$2 url=$3; shift 3
  wrk -t2 -c32 -d"$WARMUP" "$@" "$url" > /dev/null
  wrk -t2 -c32 -d"$DURATION" --latency "$@" "$url" | awk -v j="$jar" -v n="$name" -v l="$(cut -d' ' -f1 /proc/loadavg)" '/^WRKRESULT/{
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%-14s %-8s %8.1f req/s  p50 %7.2f ms  p99 %8.2f ms  errors %d  load %s\n", j, n, v["requests"] / (v["duration_us"] / 1e6),
      v["p50_us"] / 1000, v["p99_us"] / 1000, v["errors"], l }'
}

echo "# delivery lists, cache off, $(date -u +%FT%TZ) wrk -t2 -c32 -d$DURATION (warm-up $WARMUP) heap=$HEAP nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  for jar in "${JARS[@]}"; do
    NEWS_ADMIN_PASSWORD=bench-password NEWS_DELIVERY_CACHE_MB=0 java $HEAP -jar "$jar" --port $PORT --data-dir "$WORK/data" \
      > "$WORK/host.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 240); do curl -sf $BASE/.rest/health > /dev/null && break; sleep 0.5; done
    if [ ! -s "$WORK/paths.txt" ]; then # the same URLs for every jar: 1,000 items spread over the archive, a subject of the first
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
      echo "# subject $SUBJECT"
    fi
    for u in "$D?orderBy=date%20desc&limit=10" "$D?subjects=$SUBJECT&orderBy=date%20desc&limit=10"; do curl -s -o /dev/null "$BASE$u"; done
    for _ in $(seq 1 600); do [ "$(grep -c "Indexed delivery/news" "$WORK/host.log")" -ge 2 ] && break; sleep 1; done
    name=$(basename "$jar" .jar)
    measure "$name" read "$BASE/" -s "$WORK/read.lua"
    measure "$name" latest "$BASE$D?orderBy=date%20desc&limit=10" -s "$WORK/done.lua"
    measure "$name" subject "$BASE$D?subjects=$SUBJECT&orderBy=date%20desc&limit=10" -s "$WORK/done.lua"
    kill $PID; wait $PID 2>/dev/null || true; PID=
  done
done
