-- wrk script: saves over the JSON API, each wrk thread on its own segment with the version it last read,
-- so a save is never stale and every answer should be 200. Run with as many connections as threads.
-- Env: WRK_COOKIE (session cookie "verso-session=..."), WRK_DOCUMENT, WRK_SEGMENTS (comma-separated ids).
local segments = {}
for id in string.gmatch(os.getenv("WRK_SEGMENTS") or "", "%d+") do
  segments[#segments + 1] = id
end
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("segment", segments[next_thread])
end

version = 0
saves = 0
local words = { "alpha", "bravo", "delta", "echo", "golf", "hotel" }

function request()
  saves = saves + 1
  local body = string.format('{"text":"Draft %s %s.","status":"DRAFT","version":%d}',
    words[saves % #words + 1], words[math.floor(saves / #words) % #words + 1], version)
  return wrk.format("PUT", "/api/documents/" .. os.getenv("WRK_DOCUMENT") .. "/languages/de/translations/" .. segment,
    { ["Content-Type"] = "application/json", ["Cookie"] = os.getenv("WRK_COOKIE") }, body)
end

function response(status, headers, body)
  local v = string.match(body, '"version":(%d+)')
  if v then version = tonumber(v) end
end
