#!/usr/bin/env bash
# The host's delivery API and Directus' on datasets of the same shape, one after the other in one run, same wrk
# settings, same machine; then the site's cache misses (bench/site-miss.sh) and the share of the page cache a
# publish leaves (bench/purge.sh); one table of ratios at the end.
#
#   bench/side-by-side.sh OUR_DATA_DIR DIRECTUS_DIR      (from the project root, the jar built)
#
# OUR_DATA_DIR: `java -jar webapp/target/magnolia-news.jar generate --articles N --subjects 50 --publications 200
# --seed 1 --data-dir D` (copied before each start). DIRECTUS_DIR: an installed and seeded Directus 11 on SQLite (news
# with 1-3 subjects, 50 subjects, 200 publications, public read of published news; its SQLite file in data/), started
# here on 127.0.0.1:$DIRECTUS_PORT with the response cache off, then on.
# Cases (wrk -t2 -c32, $WARMUP warm-up, $DURATION measured): read one item (cycling through 1,000), latest 10,
# latest 10 in a subject, full-text search (10 results); cache off, then on.
# Env: JAR, HEAP (-Xmx2g), DURATION (15s), WARMUP (5s), PORT (18777; purge.sh gets PORT+1, site-miss.sh PORT+2), DIRECTUS_PORT (8055), SEARCH_WORD (lighthouse:
# the word the Directus seed puts into 2 % of its bodies and `generate` into 2 % of our English bodies; both sides
# search it, and the run stops if our data has none: generate it with a build from issue 13 on), OUR_WORD (another
# word for our side only, e.g. `parliament`, in ~80 % of items), SKIP_SITE=1, SKIP_PURGE=1.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
OUR_DATA=${1:?our data dir}; DIRECTUS_DIR=$(realpath "${2:?directus dir}")
JAR=${JAR:-webapp/target/magnolia-news.jar}; HEAP=${HEAP:--Xmx2g}
PORT=${PORT:-18777}; DIRECTUS_PORT=${DIRECTUS_PORT:-8055}
DURATION=${DURATION:-15s}; WARMUP=${WARMUP:-5s}
BASE=http://127.0.0.1:$PORT; DBASE=http://127.0.0.1:$DIRECTUS_PORT
WORK=$(mktemp -d /tmp/side-by-side-XXXX)
OUT="$WORK/lines.txt"
trap 'for p in ${PID:-} ${DPID:-}; do kill $p 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }

write_result_script "$WORK/done.lua"
cycle_script() { # out paths-file: each request the next path, each wrk thread from its own offset
  { echo "local paths = {"; sed 's/.*/[[&]],/' "$2"; echo "}"
    cat <<'LUA'
local threads = 0
function setup(thread) thread:set("offset", threads * 7919); threads = threads + 1 end
local c = nil
function request() if c == nil then c = offset or 0 end c = c + 1 return wrk.format("GET", paths[(c % #paths) + 1]) end
LUA
    cat "$WORK/done.lua"; } > "$1"
}
measure() { # system case cache url [wrk args]
  local sys=$1 name=$2 cache=$3 url=$4; shift 4
  wrk -t2 -c32 -d"$WARMUP" "$@" "$url" > /dev/null
  wrk -t2 -c32 -d"$DURATION" --latency "$@" "$url" | awk -v s="$sys" -v n="$name" -v m="$cache" '/^WRKRESULT/{
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s %s %s %.1f %.2f %.2f %d\n", s, n, m, v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000, v["errors"] }' \
    | tee -a "$OUT"
}

ours() { # cache-mb mode
  rm -rf "$WORK/data"; cp -a "$OUR_DATA" "$WORK/data"
  NEWS_ADMIN_PASSWORD=bench-password NEWS_DELIVERY_CACHE_MB=$1 java $HEAP -jar "$JAR" --port $PORT --data-dir "$WORK/data" \
    > "$WORK/host-$2.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf $BASE/.rest/health > /dev/null && break; sleep 0.5; done
  local D=/.rest/delivery/news
  python3 - "$BASE" > "$WORK/our-paths.txt" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]; out = []
for off in range(0, 70 * 100, 700):
    r = json.load(urllib.request.urlopen(base + "/.rest/delivery/news?orderBy=date%20desc&limit=100&offset=" + str(off)))
    out += ["/.rest/delivery/news" + n["@path"] for n in r["results"]]
print("\n".join(out[:1000]))
PY
  local subject word matches
  # the first item with an English title: its first subject
  subject=$(python3 - "$BASE" "$WORK/our-paths.txt" <<'PY2'
import json, sys, urllib.request
for path in open(sys.argv[2]).read().split():
    item = json.load(urllib.request.urlopen(sys.argv[1] + path))
    if item.get("title") and item.get("subjects"):
        print(item["subjects"][0]["@id"])
        break
PY2
)
  # the same word as Directus (docs/benchmarks.md, "Full-text search, uncached"): a word of our synthetic vocabulary
  # is in ~80 % of the items, the peer's in 2 %, and ranking costs grow with the matches
  word=${OUR_WORD:-${SEARCH_WORD:-lighthouse}}
  matches=$(curl -sf "$BASE$D?q=$word&limit=1&total=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  [ "$matches" -gt 0 ] || { echo "our data has no item with '$word': generate it with this build" >&2; exit 1; }
  cycle_script "$WORK/our-read.lua" "$WORK/our-paths.txt"
  for u in "$D?orderBy=date%20desc&limit=10" "$D?subjects=$subject&orderBy=date%20desc&limit=10"; do curl -s -o /dev/null "$BASE$u"; done
  for _ in $(seq 1 600); do [ "$(grep -c "Indexed delivery/news" "$WORK/host-$2.log")" -ge 2 ] && break; sleep 1; done
  measure ours read "$2" "$BASE/" -s "$WORK/our-read.lua"
  measure ours latest "$2" "$BASE$D?orderBy=date%20desc&limit=10" -s "$WORK/done.lua"
  measure ours subject "$2" "$BASE$D?subjects=$subject&orderBy=date%20desc&limit=10" -s "$WORK/done.lua"
  measure ours search "$2" "$BASE$D?q=$word&limit=10" -s "$WORK/done.lua"
  echo "# ours cache=$2 rss_mb=$(awk '/VmRSS/{print int($2/1024)}' /proc/$PID/status) word=$word matches=$matches load=$(cut -d' ' -f1 /proc/loadavg)"
  kill $PID; wait $PID 2>/dev/null || true; PID=
}

directus() { # on|off
  local cli="$DIRECTUS_DIR/node_modules/@directus/api/dist/cli/run.js"
  [ -f "$cli" ] || { echo "no Directus in $DIRECTUS_DIR" >&2; exit 1; }
  ( cd "$DIRECTUS_DIR"
    export NODE_ENV=production DB_CLIENT=sqlite3 DB_FILENAME="$DIRECTUS_DIR/data/directus.db" HOST=127.0.0.1 PORT=$DIRECTUS_PORT \
      PUBLIC_URL=$DBASE KEY=side-by-side-key SECRET=side-by-side-secret TELEMETRY=false MARKETPLACE_TRUST=sandbox \
      MARKETPLACE_REGISTRY=http://127.0.0.1:9 STORAGE_LOCATIONS=local STORAGE_LOCAL_ROOT="$DIRECTUS_DIR/uploads" \
      EXTENSIONS_PATH="$DIRECTUS_DIR/extensions" TEMP_PATH="$DIRECTUS_DIR/tmp" LOG_LEVEL=warn PRESSURE_LIMITER_ENABLED=false \
      CACHE_STORE=memory CACHE_AUTO_PURGE=true CACHE_ENABLED=$([ "$1" = on ] && echo true || echo false)
    exec node "$cli" start ) > "$WORK/directus-$1.log" 2>&1 &
  DPID=$!
  for _ in $(seq 1 240); do [ "$(curl -s $DBASE/server/ping || true)" = pong ] && break; sleep 0.5; done
  curl -sgf "$DBASE/items/news?filter[status][_eq]=published&sort=id&fields=slug&limit=1000" \
    | python3 -c 'import json,sys; print("\n".join("/items/news?filter[slug][_eq]=%s&fields=*,subjects.subjects_id.*&limit=1" % r["slug"] for r in json.load(sys.stdin)["data"]))' \
    > "$WORK/d-paths.txt"
  cycle_script "$WORK/d-read.lua" "$WORK/d-paths.txt"
  measure directus read "$1" "$DBASE/" -s "$WORK/d-read.lua"
  measure directus latest "$1" "$DBASE/items/news?filter%5Bstatus%5D%5B_eq%5D=published&sort=-published_date&limit=10" -s "$WORK/done.lua"
  measure directus subject "$1" "$DBASE/items/news?filter%5Bsubjects%5D%5B_some%5D%5Bsubjects_id%5D%5Bslug%5D%5B_eq%5D=politics&filter%5Bstatus%5D%5B_eq%5D=published&sort=-published_date&limit=10" -s "$WORK/done.lua"
  measure directus search "$1" "$DBASE/items/news?search=${SEARCH_WORD:-lighthouse}&limit=10" -s "$WORK/done.lua"
  local dmatches
  dmatches=$(curl -sgf "$DBASE/items/news?search=${SEARCH_WORD:-lighthouse}&limit=0&meta=filter_count" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["filter_count"])' || echo "?")
  echo "# directus cache=$1 rss_mb=$(awk '/VmRSS/{print int($2/1024)}' /proc/$DPID/status) word=${SEARCH_WORD:-lighthouse} matches=$dmatches load=$(cut -d' ' -f1 /proc/loadavg)"
  sleep 3; kill $DPID; wait $DPID 2>/dev/null || true; DPID=
}

echo "# side by side $(date -u +%FT%TZ) wrk -t2 -c32 -d$DURATION (warm-up $WARMUP) heap=$HEAP nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
echo "# storage: ours $(du -sh "$OUR_DATA" | cut -f1), directus $(du -sh "$DIRECTUS_DIR/data" | cut -f1)"
ours 0 off; ours 64 on; directus off; directus on
echo "| case (wrk -t2 -c32) | cache | ours req/s (p50, p99) | Directus req/s (p50, p99) | ratio |"
echo "|---|---|---|---|---|"
awk '{k=$2" "$3; if ($1=="ours") o[k]=$0; else d[k]=$0; order[k]=1}
  END{ split("read off,latest off,subject off,search off,read on,latest on,subject on,search on", ks, ",");
    for (i = 1; i <= 8; i++) { split(ks[i], c, " "); split(o[ks[i]], a, " "); split(d[ks[i]], b, " ");
      printf "| %s | %s | %.0f (%.1f ms, %.1f ms) | %.0f (%.1f ms, %.1f ms) | %.1fx |\n", c[1], c[2], a[4], a[5], a[6], b[4], b[5], b[6], (b[4] > 0 ? a[4] / b[4] : 0) } }' "$OUT"
[ -n "${SKIP_SITE:-}" ] || JAR="$JAR" HEAP="$HEAP" PORT=$((PORT + 2)) bench/site-miss.sh "$OUR_DATA" "$JAR"
[ -n "${SKIP_PURGE:-}" ] || JAR="$JAR" ARTICLES=${PURGE_ARTICLES:-1000} bench/purge.sh "$OUR_DATA" $((PORT + 1))
