-- wrk script for the author UI's list view: a page of 50 news items filtered by one subject and
-- sorted by date, with a random subject (of those given) and a random page 1..20 on every request,
-- so no two consecutive requests ask for the same list.
-- Usage: SUBJECTS="id1,id2,..." COOKIE="MGNLAUTHOR=..." wrk -t2 -c8 -d30s --latency -s author-list.lua http://localhost:18300
local subjects = {}
for id in string.gmatch(os.getenv("SUBJECTS") or "", "[^,]+") do
  table.insert(subjects, id)
end
local cookie = os.getenv("COOKIE")

request = function()
  local subject = subjects[math.random(#subjects)]
  local page = math.random(20)
  local path = "/.magnolia/admincentral/app?app=news&subject=" .. subject .. "&sort=date&dir=desc&size=50&page=" .. page
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

response = function(status, headers, body)
  if status ~= 200 then
    print("unexpected status " .. status)
  end
end
