-- The citizen's QR path as wrk drives it: GET the survey page, then POST its answers with the page's form token and
-- the cookie that came with it; the POST answers with the thank-you page. Every connection of a thread shares the
-- thread's state, so a GET leaves its (cookie, token, clientRef) in a queue and the next request of any connection
-- posts it: each page read is used for exactly one rating, as a citizen's phone would.
local code = os.getenv("DESK") or "P00082-1"
local path = "/public/survey/" .. code
local pending = {}
local answers = "answer%5BACCESS%5D=5&answer%5BPROCEDURE%5D=4&answer%5BOFFICER%5D=5&answer%5BRESULT%5D=5&answer%5BFEEDBACK_HANDLING%5D=4"
flows, bad, pages = 0, 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function request()
  local form = table.remove(pending)
  if form then
    wrk.headers["Cookie"] = form.cookie
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", path, nil, "_csrf=" .. form.token .. "&clientRef=" .. form.ref .. "&" .. answers)
  end
  wrk.headers["Cookie"] = nil
  wrk.headers["Content-Type"] = nil
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status == 200 and body:find('id="survey-form"', 1, true) then
    local cookie = headers["Set-Cookie"] and headers["Set-Cookie"]:match("(CONGVU%-FORM=[^;]+)")
    local token = body:match('name="_csrf" value="([^"]+)"')
    local ref = body:match('name="clientRef" value="([^"]+)"')
    pages = pages + 1
    if cookie and token and ref then
      table.insert(pending, { cookie = cookie, token = token, ref = ref })
    end
  elseif status == 200 and body:find('id="survey-thanks"', 1, true) then
    flows = flows + 1
  else
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local f, b, p = 0, 0, 0
  for _, t in ipairs(threads) do
    f = f + t:get("flows")
    b = b + t:get("bad")
    p = p + t:get("pages")
  end
  io.write(string.format("FLOWS flows=%d pages=%d bad=%d seconds=%.3f p50=%.2f p99=%.2f\n", f, p, b,
    summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
