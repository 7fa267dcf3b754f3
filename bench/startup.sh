#!/usr/bin/env bash
# Start-up: wall time from `java` to the first 200 of /.rest/health, then to the first 200 of an article page, and
# the process's CPU seconds at each (ready_cpu_s at the health answer, cpu_s after the article).
# Usage: bench/startup.sh JAR DATA_DIR PORT [JVM flags]   Env: ARTICLE (a page path; default the newest article, read
# from the delivery API after the health check). Run builds alternately, 3 times.
JAR=$1; DATA=$2; PORT=$3; shift 3
t0=$(date +%s%N)
NEWS_ADMIN_PASSWORD=bench-password java "$@" -jar "$JAR" --port "$PORT" --data-dir "$DATA" > /dev/null 2>&1 &
PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/.rest/health"; do sleep 0.02; done
t1=$(date +%s%N); ready_cpu=$(awk '{print ($14+$15)/100}' /proc/$PID/stat)
ARTICLE=${ARTICLE:-/news$(curl -s "http://127.0.0.1:$PORT/.rest/delivery/news?orderBy=date%20desc&limit=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["@path"])').html}
code=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$PORT$ARTICLE")
t2=$(date +%s%N)
echo "health_ms=$(( (t1-t0)/1000000 )) ready_cpu_s=$ready_cpu article_ms=$(( (t2-t0)/1000000 )) status=$code cpu_s=$(awk '{print ($14+$15)/100}' /proc/$PID/stat) load=$(cut -d' ' -f1 /proc/loadavg) $(basename "$JAR") $*"
kill $PID; wait $PID 2>/dev/null
