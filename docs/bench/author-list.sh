#!/usr/bin/env bash
# Author UI list-view benchmark: logs in to a running host, collects the subject ids, then runs wrk
# against the list view (50 per page, subject filter, date sort) and the host's /.rest/health in the
# same run. Usage: docs/bench/author-list.sh http://localhost:18300 superuser PASSWORD
set -euo pipefail
BASE=${1:-http://localhost:18300}; USER=${2:-superuser}; PASSWORD=${3:?password}
AC=$BASE/.magnolia/admincentral
JAR=$(mktemp)
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$AC/login" | grep -o 'name="_login" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_login=$TOKEN" --data-urlencode "username=$USER" \
  --data-urlencode "password=$PASSWORD" "$AC/login"
SESSION=$(awk '$6 == "MGNLAUTHOR" {print $7}' "$JAR")
SUBJECTS=$(curl -s -b "MGNLAUTHOR=$SESSION" "$AC/app?app=news&size=1" | grep -o '<select name="subject".*</select>' \
  | grep -o 'value="[0-9a-f-]\{36\}"' | sed 's/value="//;s/"//' | paste -sd, -)
echo "subjects: $(echo "$SUBJECTS" | tr ',' '\n' | wc -l)"
echo "== one editor: server time (Server-Timing: list) of ${SINGLE:-200} sequential requests, random subject and page 1..20"
IFS=, read -r -a IDS <<< "$SUBJECTS"
for _ in $(seq 1 "${SINGLE:-200}"); do
  curl -s -o /dev/null -D - -b "MGNLAUTHOR=$SESSION" \
    "$AC/app?app=news&subject=${IDS[$((RANDOM % ${#IDS[@]}))]}&sort=date&dir=desc&size=50&page=$((RANDOM % 20 + 1))" \
    | grep -io 'list;dur=[0-9.]*' | sed 's/.*=//'
done | sort -n | awk '{a[NR]=$1} END {printf "n=%d p50=%s ms p90=%s ms p99=%s ms max=%s ms\n", NR, a[int(NR*0.5)], a[int(NR*0.9)], a[int(NR*0.99)], a[NR]}'
echo "== wrk: list view, random subject and page"
SUBJECTS=$SUBJECTS COOKIE="MGNLAUTHOR=$SESSION" wrk -t2 -c8 -d30s --latency -s "$(dirname "$0")/author-list.lua" "$BASE"
echo "== wrk: /.rest/health (same machine, same run)"
wrk -t2 -c8 -d15s --latency "$BASE/.rest/health"
rm -f "$JAR"
