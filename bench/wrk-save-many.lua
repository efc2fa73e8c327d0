-- wrk script for bench/save-throughput.sh: every wrk thread (one connection each) saves its own segment over the
-- JSON API with the version its last answer returned, so no save is stale and every answer should be 200. A thread's
-- target is "document:language:segment" from WRK_TARGETS (comma-separated, one per thread, in thread order).
-- Each save keeps the status DRAFT (only the first, NEW → DRAFT, changes it) unless WRK_STATUS names another.
-- Env: WRK_COOKIE (session cookie "verso-session=..."), WRK_TARGETS, WRK_STATUS.
local targets = {}
for t in string.gmatch(os.getenv("WRK_TARGETS") or "", "[^,]+") do
  targets[#targets + 1] = t
end
local threads = {}
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("target", targets[next_thread])
  threads[#threads + 1] = thread
end

version = 0
saves = 0
non_ok = 0
local words = { "alpha", "bravo", "delta", "echo", "golf", "hotel" }
local path, status

function init(args)
  local doc, lang, seg = string.match(target, "(%d+):([^:]+):(%d+)")
  path = "/api/documents/" .. doc .. "/languages/" .. lang .. "/translations/" .. seg
  status = os.getenv("WRK_STATUS") or "DRAFT"
end

function request()
  saves = saves + 1
  local body = string.format('{"text":"Draft %s %s %d.","status":"%s","version":%d}',
    words[saves % #words + 1], words[math.floor(saves / #words) % #words + 1], saves, status, version)
  return wrk.format("PUT", path, { ["Content-Type"] = "application/json", ["Cookie"] = os.getenv("WRK_COOKIE") }, body)
end

function response(code, headers, body)
  if code ~= 200 then non_ok = non_ok + 1 end
  local v = string.match(body, '"version":(%d+)')
  if v then version = tonumber(v) end
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT saves/s=%.0f p50=%.1fms p99=%.1fms errors=%d (non-2xx %d, timeout %d, socket %d) saves=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, e.status, e.timeout, e.connect + e.read + e.write, summary.requests))
end
