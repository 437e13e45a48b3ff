-- Quiz submissions for wrk: each request is a new graded attempt (fresh submissionId) by the
-- next member in turn, with that member's bearer token. Counts 2xx answers ("acknowledged").
local tokens = {}
local counter = 0
local acknowledged = 0
local failed = 0
local threads = {}

local function uuid()
  local template = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
  return (string.gsub(template, "[xy]", function (c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    table.insert(tokens, line)
  end
  math.randomseed(os.time() * 1000 + id)
  -- Threads start at different members so that no two requests of one member overlap.
  counter = (id - 1) * math.floor(#tokens / 2)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  wrk.headers["Authorization"] = "Bearer " .. token
  local body = '{"submissionId":"' .. uuid() .. '","answers":' .. os.getenv("BENCH_ANSWERS") .. '}'
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    acknowledged = acknowledged + 1
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local ok, ko = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("acknowledged")
    ko = ko + thread:get("failed")
  end
  io.write(string.format("ACKNOWLEDGED %d\nREFUSED %d\n", ok, ko))
end
