#!/usr/bin/env bash
# Publish benchmark: the cost of one republish (update an item with corrections, then publish it) over
# the management API, for one jar or for two jars side by side in one run (as ratios: the machine is noisy).
#
#   bench/publish.sh [JAR [BASELINE_JAR]]      (default: webapp/target/magnolia-news.jar)
#
# Each jar gets a fresh data directory with the sample content; ROUNDS (default 200) republishes of one
# item, sequential, one API token (no bcrypt per call). Prints milliseconds per republish: median, p90,
# p99, and the throughput of the whole loop. Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
JARS=("${1:-webapp/target/magnolia-news.jar}")
[ -n "${2:-}" ] && JARS+=("$2")
ROUNDS=${ROUNDS:-200}
PORT=${PORT:-18120}
BASE=http://127.0.0.1:$PORT

for JAR in "${JARS[@]}"; do
  WORK=$(mktemp -d /tmp/publish-bench-XXXX)
  NEWS_ADMIN_PASSWORD=bench-password java -Xmx1g -jar "$JAR" --port $PORT --data-dir "$WORK/data" > "$WORK/host.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do curl -sf $BASE/.rest/health >/dev/null && break; sleep 1; done
  TOKEN=$(curl -sf -u superuser:bench-password -H 'Content-Type: application/json' -X POST $BASE/.rest/tokens/v1 \
    -d '{"label":"bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  AUTH="Authorization: Bearer $TOKEN"
  curl -sf -H "$AUTH" -H 'Content-Type: application/json' -X PUT $BASE/.rest/nodes/v1/news/2017/11 -d '{"name":"bench-item","type":"news:article","properties":[{"name":"title","values":["Bench 0"]},{"name":"date","type":"Date","values":["2017-11-21"]}]}' >/dev/null
  python3 - "$BASE" "$TOKEN" "$ROUNDS" "$JAR" <<'PY'
import json, sys, time, urllib.request
base, token, rounds, jar = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def call(method, path, body):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method=method,
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        r.read()
times = []
started = time.perf_counter()
for k in range(1, rounds + 1):
    t = time.perf_counter()
    nodes = [{"name": "corrections%d" % i, "type": "mgnl:contentNode", "properties": [
        {"name": "date", "values": ["2017-11-2%d" % (i + 1)]}, {"name": "note", "values": [str(k)]}]} for i in range(k % 4 + 1)]
    call("POST", "/.rest/nodes/v1/news/2017/11/bench-item", {"properties": [{"name": "title", "values": ["Bench %d" % k]}], "nodes": nodes})
    call("POST", "/.rest/commands/v2/publish", {"repository": "news", "path": "/2017/11/bench-item", "recursive": False})
    times.append((time.perf_counter() - t) * 1000)
total = time.perf_counter() - started
times.sort()
q = lambda p: times[min(len(times) - 1, int(p * len(times)))]
print("%s: %d republishes, ms per update+publish: p50 %.1f, p90 %.1f, p99 %.1f; %.1f republishes/s"
      % (jar, rounds, q(0.5), q(0.9), q(0.99), rounds / total))
PY
  kill $PID; wait $PID 2>/dev/null || true
  rm -rf "$WORK"
done
