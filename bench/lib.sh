# Pieces the bench scripts share; source it: . "$(dirname "$0")/lib.sh"

# write_result_script FILE: a wrk script whose done() prints one line
#   WRKRESULT requests=… duration_us=… p50_us=… p99_us=… errors=…   (errors: status, connect, read, write, timeout)
write_result_script() {
  cat > "$1" <<'LUA'
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRKRESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n", summary.requests,
    summary.duration, latency:percentile(50), latency:percentile(99), e.status + e.connect + e.read + e.write + e.timeout))
end
LUA
}

# write_cycle_script FILE: a wrk script asking, at each request, the next path of the file named by $URLS_FILE; the
# two wrk threads start half the list apart, so they do not ask the same page at the same time.
write_cycle_script() {
  cat > "$1" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("URLS_FILE")) do paths[#paths + 1] = line end
local c = 0; local tid = 0
function setup(t) t:set("offset", tid * math.floor(#paths / 2)); tid = tid + 1 end
request = function() c = c + 1; return wrk.format("GET", paths[((offset + c) % #paths) + 1]) end
LUA
}

# article_pages BASE [MAX]: the English article pages' paths, newest first, from the delivery API (paged by date),
# at most MAX (default: all).
article_pages() {
  python3 - "$1" "${2:-0}" <<'PY'
import json, sys, urllib.request, urllib.parse
base = sys.argv[1]; limit = int(sys.argv[2]); out = []; before = None
while limit == 0 or len(out) < limit:
    q = "/.rest/delivery/news?orderBy=date%20desc&limit=100" + ("&before=" + urllib.parse.quote(before) if before else "")
    res = json.load(urllib.request.urlopen(base + q))["results"]
    if not res: break
    out += ["/news" + n["@path"] + ".html" for n in res if n.get("title")]
    before = res[-1]["date"]
print("\n".join(out[:limit] if limit else out))
PY
}
