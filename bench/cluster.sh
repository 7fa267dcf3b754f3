#!/usr/bin/env bash
# Cluster benchmark (issue 11): one author and two public nodes on a private PostgreSQL, beside one H2 host, on
# the same generated dataset, in one run. Prints one line per case; figures go into docs/benchmarks.md.
#
#   bench/cluster.sh [ARTICLES]          (default 1000; from the project root, jar built)
#
# 1. throughput of the delivery read and of the article page (caches warm) on one public node, then on two at once
#    (two wrk processes, one per node: what a load balancer in front of both would see), and the article page on a
#    cache miss (a different article each request) on one and on two public nodes;
# 2. publish-to-visible: ROUNDS publishes on the author, each polled on both public nodes every 10 ms until served;
# 3. PostgreSQL against H2: the same reads and the publish call's own latency on one H2 host (role both).
# Needs wrk, curl, python3, PostgreSQL's initdb/pg_ctl (Debian: apt-get install postgresql wrk). As root the database
# runs as the postgres user (PostgreSQL refuses root).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-1000}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-40}
JAR=${JAR:-webapp/target/magnolia-news.jar}
PGBIN=$(dirname "$(readlink -f "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")")
WORK=$(mktemp -d /tmp/cluster-bench-XXXX)
PGPORT=${PGPORT:-55610}
PASSWORD=bench-password
AS_PG=(); if [ "$(id -u)" -eq 0 ]; then chown postgres "$WORK"; AS_PG=(runuser -u postgres --); fi
cleanup() {
  [ -f "$WORK/pids" ] && while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$WORK/pids"
  sleep 2
  (cd /tmp && "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1) || true
  rm -rf "$WORK"
}
trap cleanup EXIT

(cd /tmp && "${AS_PG[@]}" "$PGBIN/initdb" -D "$WORK/pg" -U news -A trust -E UTF8 >/dev/null)
(cd /tmp && "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=$WORK -c max_connections=300" start >/dev/null)
psql -h 127.0.0.1 -p "$PGPORT" -U news -d postgres -qc "CREATE DATABASE magnolia"
PG=(--repository postgresql --pg-url "jdbc:postgresql://127.0.0.1:$PGPORT/magnolia" --pg-user news)

echo "== generating $ARTICLES articles into PostgreSQL and into H2"
NEWS_REPOSITORY=postgresql NEWS_PG_URL="jdbc:postgresql://127.0.0.1:$PGPORT/magnolia" NEWS_PG_USER=news NEWS_CLUSTER_ID=author-1 \
  java -jar "$JAR" generate --articles "$ARTICLES" --subjects 20 --publications 20 --seed 1 --data-dir "$WORK/author-1" \
  > "$WORK/generate-pg.log" 2>&1
java -jar "$JAR" generate --articles "$ARTICLES" --subjects 20 --publications 20 --seed 1 --data-dir "$WORK/h2" \
  > "$WORK/generate-h2.log" 2>&1

launch() { # name port args...: starts a node, its pid kept for the cleanup
  local name=$1 port=$2; shift 2
  NEWS_ADMIN_PASSWORD=$PASSWORD java -Xmx1g -jar "$JAR" --port "$port" --data-dir "$WORK/$name" "$@" > "$WORK/$name.log" 2>&1 &
  echo $! >> "$WORK/pids"
}
ready() { # name port
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$2/.rest/health/ready" >/dev/null && return; sleep 1; done
  echo "$1 did not start"; tail -20 "$WORK/$1.log"; exit 1
}
start() { launch "$@"; ready "$1" "$2"; }
rps() { python3 -c 'import re,sys; o=sys.stdin.read(); m=re.search(r"Requests/sec:\s+([\d.]+)",o); e=re.search(r"Non-2xx or 3xx responses: (\d+)",o); print("%.0f" % float(m.group(1)) + (" NON-2xx " + e.group(1) if e else ""))'; }
one() { wrk -t2 -c16 -d"$DURATION" "${@:2}" "$1" | rps; }
two() { # url-on-node-1 url-on-node-2 [wrk args]: both at once, half the connections each; the sum
  local a b
  a=$(mktemp); b=$(mktemp)
  wrk -t1 -c8 -d"$DURATION" "${@:3}" "$1" | rps > "$a" & local p=$!
  wrk -t1 -c8 -d"$DURATION" "${@:3}" "$2" | rps > "$b"
  wait $p
  python3 -c "import sys; x,y=[float(open(f).read().split()[0]) for f in sys.argv[1:]]; print('%.0f (%.0f + %.0f)' % (x+y, x, y))" "$a" "$b"
}
warm() { for url in "$@"; do wrk -t2 -c16 -d3s "$url" >/dev/null; done; }

start author-1 18601 "${PG[@]}" --cluster-id author-1 --role author
launch public-1 18602 "${PG[@]}" --cluster-id public-1 --role public
launch public-2 18603 "${PG[@]}" --cluster-id public-2 --role public
ready public-1 18602
ready public-2 18603
P1=http://127.0.0.1:18602; P2=http://127.0.0.1:18603; A=http://127.0.0.1:18601
ITEM=$(curl -s "$P1/.rest/delivery/news?orderBy=date%20desc&limit=1&offset=100" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["@path"])')
curl -s "$P1/.rest/delivery/news?orderBy=date%20desc&limit=1000" | python3 -c '
import json,sys
for r in json.load(sys.stdin)["results"]: print("/news" + r["@path"] + ".html")' > "$WORK/urls.txt"
echo "item $ITEM, $(wc -l < "$WORK/urls.txt") article URLs for the cache-miss runs"
DELIVERY=/.rest/delivery/news$ITEM
PAGE=/news$ITEM.html
warm "$P1$DELIVERY" "$P2$DELIVERY" "$P1$PAGE" "$P2$PAGE"

echo "== throughput, req/s (wrk: $DURATION, 16 connections in all)"
echo "delivery read, one public node:        $(one "$P1$DELIVERY")"
echo "delivery read, two public nodes:       $(two "$P1$DELIVERY" "$P2$DELIVERY")"
echo "article page, one public node:         $(one "$P1$PAGE")"
echo "article page, two public nodes:        $(two "$P1$PAGE" "$P2$PAGE")"
export URLS_FILE=$WORK/urls.txt
echo "article page miss, one public node:    $(one "$P1" -s docs/bench/different-articles.lua)"
echo "article page miss, two public nodes:   $(two "$P1" "$P2" -s docs/bench/different-articles.lua)"

echo "== publish-to-visible ($ROUNDS publishes on the author, both public nodes polled every 10 ms)"
FOLDER=$(dirname "$ITEM")
DAY=$(echo "$FOLDER" | sed -E 's|^/([0-9]{4})/([0-9]{2})$|\1-\2-15|')
python3 - "$A" "$P1" "$P2" "$ROUNDS" "$PASSWORD" "$FOLDER" "$DAY" <<'PY'
import base64, json, sys, threading, time, urllib.request, urllib.error
author, p1, p2, rounds, password, folder, day = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
auth = "Basic " + base64.b64encode(("superuser:" + password).encode()).decode()
def call(method, url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method=method,
                                 headers={"Authorization": auth, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
def status(url):
    try:
        with urllib.request.urlopen(url) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
delays, publishes = [], []
for i in range(rounds):
    created = call("PUT", author + "/.rest/nodes/v1/news" + folder, {"name": "bench-%d-%d" % (int(time.time()), i), "type": "news:article",
        "properties": [{"name": "title", "values": ["Bench %d" % i]}, {"name": "date", "type": "Date", "values": [day]}]})
    path = created["path"]
    t0 = time.monotonic()
    call("POST", author + "/.rest/commands/v2/news/activate", {"repository": "news", "path": path, "recursive": False})
    t1 = time.monotonic()
    publishes.append((t1 - t0) * 1000)
    def wait(base):
        while status(base + "/.rest/delivery/news" + path) != 200:
            time.sleep(0.01)
        delays.append((time.monotonic() - t1) * 1000)
    threads = [threading.Thread(target=wait, args=(b,)) for b in (p1, p2)]
    [t.start() for t in threads]; [t.join() for t in threads]
    time.sleep(0.2)
def pct(values, p):
    v = sorted(values); return v[min(len(v) - 1, int(round(p / 100.0 * (len(v) - 1))))]
print("publish-to-visible on a public node, ms: n=%d p50 %.0f  p90 %.0f  p99 %.0f  max %.0f" % (len(delays), pct(delays, 50), pct(delays, 90), pct(delays, 99), max(delays)))
print("publish call on the PostgreSQL author, ms: p50 %.1f  p90 %.1f" % (pct(publishes, 50), pct(publishes, 90)))
PY

echo "== PostgreSQL against H2: one public node on PostgreSQL (still running) and one H2 host, one after the other"
start h2 18604
H=http://127.0.0.1:18604
warm "$H$DELIVERY" "$H$PAGE"
echo "delivery read, H2 host:                $(one "$H$DELIVERY")"
echo "delivery read, PostgreSQL public node: $(one "$P1$DELIVERY")"
echo "article page miss, H2 host:            $(one "$H" -s docs/bench/different-articles.lua)"
echo "article page miss, PostgreSQL node:    $(one "$P1" -s docs/bench/different-articles.lua)"
python3 - "$H" "$PASSWORD" "$ROUNDS" "$FOLDER" "$DAY" <<'PY'
import base64, json, sys, time, urllib.request
host, password, rounds, folder, day = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
auth = "Basic " + base64.b64encode(("superuser:" + password).encode()).decode()
def call(method, url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method=method, headers={"Authorization": auth, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
times = []
for i in range(rounds):
    path = call("PUT", host + "/.rest/nodes/v1/news" + folder, {"name": "bench-h2-%d-%d" % (int(time.time()), i), "type": "news:article",
        "properties": [{"name": "title", "values": ["Bench %d" % i]}, {"name": "date", "type": "Date", "values": [day]}]})["path"]
    t0 = time.monotonic()
    call("POST", host + "/.rest/commands/v2/news/activate", {"repository": "news", "path": path, "recursive": False})
    times.append((time.monotonic() - t0) * 1000)
times.sort()
print("publish call on the H2 host, ms: p50 %.1f  p90 %.1f" % (times[len(times) // 2], times[int(0.9 * (len(times) - 1))]))
PY
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
