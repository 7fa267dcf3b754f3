#!/usr/bin/env bash
# Rich-text value filters on the delivery API (issue 13): sequential requests, no response cache
# (NEWS_DELIVERY_CACHE_MB=0), for one or more builds in one run, so their figures compare as ratios. Before the
# change Jackrabbit answered body[like] from whole-value terms; after it the host filters the values of the other
# conditions' matches (RichTextConditions), so the cost grows with what the other conditions leave.
# Usage: bench/rich-text-like.sh DATA_DIR [JAR[@DATA] ...]   (JAR@DATA: that jar on a copy of DATA instead of DATA_DIR)
# Printed per jar and URL: the median and the slowest of REPEAT (5) timed requests after one untimed, and the total.
# Env: PORT (18880: the first jar's), HEAP (-Xmx512m), REPEAT (5), SUBJECT_NAME (subject: the subject of the
# narrowed case, by name).
set -euo pipefail
DATA=${1:?data dir}; shift
JARS=("$@"); [ ${#JARS[@]} -eq 0 ] && JARS=(webapp/target/magnolia-news.jar)
PORT=${PORT:-18880}; HEAP=${HEAP:--Xmx512m}; REPEAT=${REPEAT:-5}; SUBJECT_NAME=${SUBJECT_NAME:-subject}
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill $p 2>/dev/null || true; done; wait; rm -rf "$WORK"' EXIT
echo "# rich-text like, uncached $(date -u +%FT%TZ) data=$DATA heap=$HEAP repeat=$REPEAT nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!JARS[@]}"; do
  jar=${JARS[$i]}; data=$DATA
  if [[ "$jar" == *@* ]]; then data=${jar#*@}; jar=${jar%%@*}; JARS[$i]=$jar; fi
  echo "# jar $i: $jar on $data"
  cp -a "$data" "$WORK/data$i"
  NEWS_ADMIN_PASSWORD=bench-password NEWS_DELIVERY_CACHE_MB=0 java $HEAP -jar "$jar" --port $((PORT + i)) \
    --data-dir "$WORK/data$i" > "$WORK/host$i.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 1200); do curl -sf http://127.0.0.1:$((PORT + i))/.rest/health > /dev/null && break; sleep 0.5; done
  curl -sf http://127.0.0.1:$((PORT + i))/.rest/health > /dev/null || { echo "$jar did not start:" >&2; tail -5 "$WORK/host$i.log" >&2; exit 1; }
done
base() { echo "http://127.0.0.1:$((PORT + $1))/.rest/delivery"; }
subject_of() { # jar-index: the @id of the subject named SUBJECT_NAME in that jar's data (identifiers differ per generation)
  curl -sfg "$(base $1)/subjects?@name=$SUBJECT_NAME" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["@id"])'
}
CASES=("news?body[like]=%25lighthouse%25&limit=10&total=true"
       "news?body[like]=%25lighthouse%25&subjects=<subject>&limit=10&total=true"
       "news?body[like]=%25lighthouse%25&q=lighthouse&limit=10&total=true"
       "news?q=lighthouse&limit=10&total=true")
for case in "${CASES[@]}"; do
  for i in "${!JARS[@]}"; do
    url="$(base $i)/${case/<subject>/$(subject_of $i)}"
    total=$(curl -sfg "$url" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
    times=()
    for _ in $(seq 1 "$REPEAT"); do times+=("$(curl -sfg -o /dev/null -w '%{time_total}' "$url")"); done
    printf '%s\n' "${times[@]}" | python3 -c '
import statistics, sys
t = [float(x) * 1000 for x in sys.stdin]
print("%-22s %-62s total=%-5s median %8.1f ms  max %8.1f ms" % (sys.argv[1], sys.argv[2][:62], sys.argv[3], statistics.median(t), max(t)))
 ' "$i:$(basename "${JARS[$i]}")" "$case" "$total"
  done
done
