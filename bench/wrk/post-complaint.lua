-- wrk script: POST /complaints with an externalId unique per request (per run, thread and counter), so every
-- request stores a new complaint rather than hitting the repeat path. Count what it stored in the database:
-- every 2xx is 201 only if the complaint table grew by the number of requests.
-- Usage: REDRESS_TOKEN=$(./redress token integration) wrk -t2 -c64 -d30s --timeout 10s -s bench/wrk/post-complaint.lua http://127.0.0.1:8081
local authorization = "Bearer " .. (os.getenv("REDRESS_TOKEN") or "")
local next_thread = 0
local run = tostring(os.time())

function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", tostring(next_thread))
  thread:set("run", run)
end

local counter = 0
function request()
  counter = counter + 1
  local body = '{"channel":"x","externalId":"wrk-' .. run .. '-' .. thread_id .. '-' .. counter .. '",'
    .. '"author":{"handle":"@wrk","followers":10},'
    .. '"text":"My order has not arrived after three weeks and nobody answers.","visibility":"public"}'
  return wrk.format("POST", "/complaints", {["Content-Type"] = "application/json", ["Authorization"] = authorization}, body)
end

