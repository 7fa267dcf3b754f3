#!/usr/bin/env bash
# Bulk load and storage, jars compared in one run (issue 13): each jar runs
#   generate --articles N --subjects 50 --publications 200 --seed 1
# into a fresh data directory, the jars alternating, ROUNDS times; per run it prints the generator's own rates,
# wall and CPU seconds (user + sys), the load average, and the disk per part with bytes per article.
#
#   bench/bulk-load.sh N before.jar after.jar [more jars]     (ROUNDS=2 by default; WORK=/tmp/bulk-bench-XXXX)
#
# Data directories are removed after measuring them (KEEP=1 keeps them).
set -euo pipefail
N=${1:?articles}; shift
[ $# -ge 1 ] || { echo "usage: $0 N jar [jar...]" >&2; exit 2; }
ROUNDS=${ROUNDS:-2}
WORK=${WORK:-$(mktemp -d /tmp/bulk-bench-XXXX)}
mkdir -p "$WORK"
size() { du -sb "$1" 2>/dev/null | cut -f1 || echo 0; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
echo "# bulk load $(date -u +%FT%TZ) N=$N rounds=$ROUNDS nproc=$(nproc) java=$(java -version 2>&1 | head -1 | tr -d '"')"
for round in $(seq 1 "$ROUNDS"); do
  for jar in "$@"; do
    name=$(basename "$jar" .jar)
    data="$WORK/$name-$round"
    rm -rf "$data" "$data.generating"
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    /usr/bin/time -f "cpu %U %S wall %e" -o "$WORK/time" java -jar "$jar" generate --articles "$N" --subjects 50 \
        --publications 200 --seed 1 --data-dir "$data" > "$WORK/stdout" 2> "$WORK/stderr"
    out=$(grep "^Generated" "$WORK/stdout"; grep "^cpu " "$WORK/time")
    load_after=$(cut -d' ' -f1-3 /proc/loadavg)
    rate=$(grep "^Generated" <<<"$out" | sed -E 's/.*: ([0-9]+) articles\/s, published included.*/\1/')
    end_to_end=$(grep "^Generated" <<<"$out" | sed -nE 's/.* ([0-9]+) articles\/s with the site pages.*/\1/p')
    read -r _ user sys _ wall <<<"$(grep '^cpu ' <<<"$out")"
    total=$(size "$data")
    ndb=$(size "$data/workspaces/news/db"); ldb=$(size "$data/workspaces/news_live/db")
    nix=$(size "$data/workspaces/news/index"); lix=$(size "$data/workspaces/news_live/index")
    rest=$((total - ndb - ldb - nix - lix))
    printf '%s round=%s load=[%s → %s] generate=%s/s end-to-end=%s/s wall=%ss cpu=%.1fs cpu/article=%.2fms\n' \
      "$name" "$round" "$load_before" "$load_after" "$rate" "${end_to_end:-n/a}" "$wall" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$(awk -v u="$user" -v s="$sys" -v n="$N" 'BEGIN{print (u+s)*1000/n}')"
    printf '%s round=%s disk total=%sMB (%s B/article) news/db=%sMB news_live/db=%sMB news/index=%sMB news_live/index=%sMB rest=%sMB\n' \
      "$name" "$round" "$(mb "$total")" "$((total / N))" "$(mb "$ndb")" "$(mb "$ldb")" "$(mb "$nix")" "$(mb "$lix")" "$(mb "$rest")"
    [ "${KEEP:-0}" = 1 ] || rm -rf "$data"
  done
done
