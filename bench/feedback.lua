-- wrk script for POST /api/v1/feedback: random answers and a fresh clientRef per request, counts of each status,
-- an optional pause per connection (RATE_DELAY_MS) to run below the peak rate, and the ids of the 201s appended to
-- IDS_FILE when it is set.
local points = { "P00070-1", "P00070-2", "P00082-1", "P00082-2" }
local threads = {}
local delay_ms = tonumber(os.getenv("RATE_DELAY_MS") or "0")

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  created, other, ids = 0, 0, {}
end

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%06x%06x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0x8000, 0xbfff), math.random(0, 0xffffff), math.random(0, 0xffffff))
end

function request()
  local a = {}
  for i = 1, 5 do a[i] = math.random(1, 5) end
  local body = string.format('{"servicePoint":"%s","answers":{"ACCESS":%d,"PROCEDURE":%d,"OFFICER":%d,"RESULT":%d,' ..
    '"FEEDBACK_HANDLING":%d},"clientRef":"%s"}', points[math.random(#points)], a[1], a[2], a[3], a[4], a[5], uuid())
  return wrk.format("POST", "/api/v1/feedback", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    ids[created] = string.match(body, '"id":"([%x-]+)"')
  else
    other = other + 1
  end
end

function delay()
  return delay_ms
end

function done(summary, latency, requests)
  local c, o = 0, 0
  local out = os.getenv("IDS_FILE") and io.open(os.getenv("IDS_FILE"), "a")
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
    if out then
      for _, id in ipairs(t:get("ids")) do out:write(id, "\n") end
    end
  end
  if out then out:close() end
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("accepted=%d seconds=%.1f accepted_per_s=%.0f p50_ms=%.1f p99_ms=%.1f non201=%d socket_errors=%d\n",
    c, seconds, c / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, o, errors))
end
