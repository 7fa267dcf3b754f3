-- Each request asks for the next article of URLS_FILE, so every request is a page-cache miss
-- (as long as the run makes fewer requests than the file has lines).
local paths = {}
for line in io.lines(os.getenv("URLS_FILE")) do
  paths[#paths + 1] = line
end
local counter = 0
local thread_id = 0
function setup(thread)
  thread:set("offset", thread_id * math.floor(#paths / 2))
  thread_id = thread_id + 1
end
request = function()
  counter = counter + 1
  local path = paths[((offset + counter) % #paths) + 1]
  return wrk.format("GET", path)
end
