#!/usr/bin/env bash
# Delivery benchmark: wrk against a host started on a generated dataset, beside the host's
# hello-world route (/.rest/health) in the same run. Figures go into docs/benchmarks.md.
#
#   bench/delivery.sh DATA_DIR [PORT]
#
# DATA_DIR is copied first (the host writes to its data directory). Two runs of the host: one with
# the response cache off (NEWS_DELIVERY_CACHE_MB=0: every request queries Jackrabbit and renders),
# one with it on. Needs wrk (apt-get install -y wrk), curl, python3 and the built jar.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE=${1:?data directory}
PORT=${2:-18110}
DURATION=${DURATION:-15s}
JAR=webapp/target/magnolia-news.jar
WORK=$(mktemp -d /tmp/delivery-bench-XXXX)
if [ -n "${NO_COPY:-}" ]; then ln -s "$(realpath "$SOURCE")" "$WORK/data"; else cp -r "$SOURCE" "$WORK/data"; fi
[ -n "${NO_COPY:-}" ] || rm -f "$WORK/data/READY"
BASE=http://127.0.0.1:$PORT

start() {
  NEWS_ADMIN_PASSWORD=bench-password NEWS_DELIVERY_CACHE_MB=$1 java -Xmx2g -jar $JAR --port $PORT --data-dir "$WORK/data" \
    > "$WORK/host-$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do curl -sf $BASE/.rest/health >/dev/null && return; sleep 1; done
  echo "host did not start"; cat "$WORK/host-$1.log"; exit 1
}
stop() { kill $PID; wait $PID 2>/dev/null || true; }
# The first feed requests build the newest-first index in the background (Jackrabbit answers meanwhile);
# measure the steady state: wait until both columns (all items, the subject) are built.
indexed() { # cache-size label
  for _ in $(seq 1 600); do [ "$(grep -c "Indexed delivery/news" "$WORK/host-$1.log")" -ge 2 ] && return; sleep 1; done
  echo "the newest-first index was not built in 10 minutes"
}
# JIT warm-up: a fresh JVM is several times slower on its first seconds of load.
warm() { for url in "$@"; do wrk -t2 -c32 -d${WARMUP:-5s} -H "Accept-Encoding: gzip" "$url" >/dev/null; wrk -t2 -c32 -d2s "$url" >/dev/null; done; }

# wrk with latency percentiles; prints "req/s p50 p99"
measure() { # connections threads url [wrk options]
  wrk -t$2 -c$1 -d$DURATION --latency "${@:4}" "$3" | python3 -c '
import re, sys
out = sys.stdin.read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
def pct(p):
    m = re.search(r"\s" + p + r"%\s+([\d.]+)(us|ms|s)", out)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
p50, p99 = pct("50"), pct("99")
extra = "  NON-2xx " + errors.group(1) if errors else ""
print("%9.0f req/s  p50 %7.2f ms  p99 %7.2f ms%s" % (float(rps), p50, p99, extra))'
}

start 0
# URLs from the dataset itself: an item, its subject, a word of its title.
ITEM=$(curl -s "$BASE/.rest/delivery/news?orderBy=date%20desc&limit=1&offset=500" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["@path"])')
SUBJECT=$(curl -s "$BASE/.rest/delivery/news$ITEM" | python3 -c 'import json,sys; print(json.load(sys.stdin)["subjects"][0]["@id"])')
WORD=$(curl -s "$BASE/.rest/delivery/news$ITEM" | python3 -c 'import json,sys; print(max(json.load(sys.stdin)["title"].split(), key=len).strip(",.").lower())')
COUNT=$(curl -s "$BASE/.rest/delivery/news?limit=1&total=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
declare -A URLS=(
  [read-by-path]="$BASE/.rest/delivery/news$ITEM"
  [latest-10]="$BASE/.rest/delivery/news?orderBy=date%20desc&limit=10"
  [latest-10-in-subject]="$BASE/.rest/delivery/news?subjects=$SUBJECT&orderBy=date%20desc&limit=10"
  [full-text]="$BASE/.rest/delivery/news?q=$WORD&orderBy=date%20desc&limit=10"
)
ORDER=(read-by-path latest-10 latest-10-in-subject full-text)
echo "published news items: $COUNT; item $ITEM; subject $SUBJECT; word '$WORD'; wrk -d$DURATION"
echo "== response cache OFF (every request runs the query and renders)"
for name in "${ORDER[@]}"; do curl -s -o /dev/null "${URLS[$name]}"; done
indexed 0
warm $BASE/.rest/health "${URLS[read-by-path]}" "${URLS[latest-10]}" "${URLS[latest-10-in-subject]}"
printf "%-24s %s\n" "health, 1 conn" "$(measure 1 1 $BASE/.rest/health)"
for name in "${ORDER[@]}"; do printf "%-24s %s\n" "$name, 1 conn" "$(measure 1 1 "${URLS[$name]}")"; done
printf "%-24s %s\n" "health, 32 conn" "$(measure 32 2 $BASE/.rest/health)"
for name in "${ORDER[@]}"; do printf "%-24s %s\n" "$name, 32 conn" "$(measure 32 2 "${URLS[$name]}")"; done
stop

start 64
echo "== response cache ON (Accept-Encoding: gzip, as browsers and CDNs send; health is sent the same header)"
for name in "${ORDER[@]}"; do curl -s -o /dev/null "${URLS[$name]}"; done
indexed 64
warm $BASE/.rest/health "${URLS[@]}"
GZ=(-H "Accept-Encoding: gzip")
printf "%-24s %s\n" "health, 32 conn" "$(measure 32 2 $BASE/.rest/health "${GZ[@]}")"
for name in "${ORDER[@]}"; do printf "%-24s %s\n" "$name, 32 conn" "$(measure 32 2 "${URLS[$name]}" "${GZ[@]}")"; done
printf "%-24s %s\n" "health, 32 conn (again)" "$(measure 32 2 $BASE/.rest/health "${GZ[@]}")"
echo "== response cache ON, identity encoding"
for name in read-by-path latest-10; do printf "%-24s %s\n" "$name, 32 conn" "$(measure 32 2 "${URLS[$name]}")"; done
printf "%-24s %s\n" "health, 32 conn" "$(measure 32 2 $BASE/.rest/health)"
stop
grep -h "Indexed" "$WORK"/host-*.log || true  # how long the newest-first columns took to build
rm -rf "$WORK"  # with NO_COPY only the link goes
