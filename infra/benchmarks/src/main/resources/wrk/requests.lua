-- wrk script of infra/bench (org.mhaw.benchmarks.Wrk): sends requests made beforehand, one a line of a file,
-- closed loop or paced, and reports what came back. The same script drives the bare endpoint and the platform.
--
--   wrk -t2 -c64 -d42s --timeout 30s -s requests.lua <url> -- requests=<file> threads=2 send=12 rate=0
--       [reuse=true] [capture=donationId,paymentId,amountPence captured=<file>] [answers=<file>]
--
-- requests  one request a line: its body, then its headers ("Name: value"), tab-separated; all are POSTed
--           to <url>. Thread i of n takes lines i, i+n, i+2n, … (its own slice): no line goes out twice,
--           unless reuse=true (the bare endpoint, which checks nothing, cycles through a pool).
-- send      seconds during which requests are sent; then each connection waits for its answer and stops.
--           When a thread has had every answer it prints "mhaw-wrk drained <slice>", so the harness can end
--           the run then (SIGINT) rather than at -d: nothing sent is left unanswered.
-- rate      0: closed loop, each connection sends again as soon as it is answered. Otherwise the requests
--           per second offered in total: each thread keeps a schedule of send times (rate / threads a
--           second) and a free connection takes the next one and waits for it with delay(). Latency is
--           wrk's, from the moment a request is sent. A slot whose time passes before a connection is
--           free is sent late; a slot not sent before `send` ends is counted as not sent.
-- capture   JSON fields read from each 2xx answer's body, written tab-separated to `captured`, one line
--           per answer (the ids the donations API gives the donations it opens).
-- answers   a file for the time of each 2xx answer, one a line, in integer nanoseconds of CLOCK_MONOTONIC
--           (the clock of Java's System.nanoTime() on Linux, so the harness can set them against its own
--           times: the freshness run matches them to the dashboard's pushed updates). Taken first thing in
--           response(), when wrk has read the whole answer; written by done(), each thread's in its order.
--
-- A slice that runs out stops that thread's sending (reported as ran_out, with the time it happened).
-- done() prints one line "mhaw-wrk result key=value …" for the harness.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } mhaw_timespec;
int clock_gettime(int clock, mhaw_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("mhaw_timespec")

local function now()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
   return tonumber(clock.tv_sec) + tonumber(clock.tv_nsec) / 1e9
end

-- The same clock in whole nanoseconds, as a string: a double holds them exactly only for 104 days of uptime.
local function now_nanos()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
   return string.format("%d%09d", tonumber(clock.tv_sec), tonumber(clock.tv_nsec))
end

-- A connection with nothing left to send waits longer than any run.
local PARKED_MS = 3600 * 1000

-- main state: the threads, so that done() can read their counts
local threads = {}

function setup(thread)
   thread:set("slice", #threads)
   table.insert(threads, thread)
end

-- thread state; globals, so that done() can read them with thread:get
options = {}
reserved = 0   -- requests a connection took a turn to send
answered = 0   -- answers read
statuses = {}  -- answers by status
offered = 0    -- paced: send times scheduled within `send`
ran_out = -1   -- seconds into the run when the slice ran out, or -1
captured = {}
answered_at = {} -- answers=<file>: when each 2xx answer was read (now_nanos)

local requests = {}
local handed = 0
local slot = 0
local start, stop_at, rate, slices, reuse, capture, answer_times
send = 0       -- seconds the thread sends for, unless its slice runs out first
local stopped, drained = false, false

local function split(line, separator)
   local fields = {}
   for field in string.gmatch(line, "([^" .. separator .. "]+)") do
      fields[#fields + 1] = field
   end
   return fields
end

function init(args)
   for _, arg in pairs(args) do
      local name, value = string.match(arg, "^(%w+)=(.*)$")
      if name then
         options[name] = value
      end
   end
   slices = tonumber(options.threads)
   rate = tonumber(options.rate)
   reuse = options.reuse == "true"
   capture = options.capture and split(options.capture, ",")
   answer_times = options.answers ~= nil
   local line_number = 0
   for line in io.lines(options.requests) do
      if line_number % slices == slice then
         local fields = split(line, "\t")
         local headers = {}
         for i = 2, #fields do
            local name, value = string.match(fields[i], "^([^:]+): (.*)$")
            headers[name] = value
         end
         requests[#requests + 1] = wrk.format("POST", nil, headers, fields[1])
      end
      line_number = line_number + 1
   end
   send = tonumber(options.send)
   if rate > 0 then
      -- thread `slice` sends at (slice + k * slices) / rate seconds, k = 0, 1, …: the threads interleave
      offered = math.max(0, math.ceil((send * rate - slice) / slices))
   end
   start = now()
   stop_at = start + send
end

local function check_drained()
   if stopped and not drained and answered == reserved then
      drained = true
      io.write("mhaw-wrk drained ", slice, "\n")
      io.flush()
   end
end

local function stop()
   stopped = true
   check_drained()
   return PARKED_MS
end

function delay()
   local at = now()
   if at >= stop_at then
      return stop()
   end
   if not reuse and reserved >= #requests then
      if ran_out < 0 then
         ran_out = at - start
      end
      return stop()
   end
   if rate == 0 then
      reserved = reserved + 1
      return 0
   end
   local due = start + (slice + slot * slices) / rate
   if due >= stop_at then
      return stop()
   end
   slot = slot + 1
   reserved = reserved + 1
   return math.max(0, (due - at) * 1000)
end

function request()
   if handed == reserved then
      -- wrk's own check of the script after init: nothing is sent
      return requests[1]
   end
   handed = handed + 1
   return requests[(handed - 1) % #requests + 1]
end

function response(status, headers, body)
   if answer_times and status >= 200 and status < 300 then
      answered_at[#answered_at + 1] = now_nanos()
   end
   answered = answered + 1
   statuses[status] = (statuses[status] or 0) + 1
   if capture and status >= 200 and status < 300 then
      local values = {}
      for i, field in ipairs(capture) do
         values[i] = string.match(body, '"' .. field .. '":%s*"?([^",}]*)') or ""
      end
      captured[#captured + 1] = table.concat(values, "\t")
   end
   check_drained()
end

function done(summary, latency, rates)
   local totals = { reserved = 0, answered = 0, offered = 0 }
   local by_status = {}
   local window, ran_out_after = 0, -1
   local out, answers_out = nil, nil
   local thread_options = threads[1]:get("options")
   if thread_options.captured then
      out = assert(io.open(thread_options.captured, "w"))
   end
   if thread_options.answers then
      answers_out = assert(io.open(thread_options.answers, "w"))
   end
   for _, thread in ipairs(threads) do
      for name, _ in pairs(totals) do
         totals[name] = totals[name] + thread:get(name)
      end
      for status, count in pairs(thread:get("statuses")) do
         by_status[status] = (by_status[status] or 0) + count
      end
      -- each thread sent until `send` or until its slice ran out; the longer of them is the window
      local ran_out = thread:get("ran_out")
      window = math.max(window, (ran_out >= 0) and ran_out or thread:get("send"))
      ran_out_after = math.max(ran_out_after, ran_out)
      if out then
         for _, line in ipairs(thread:get("captured")) do
            out:write(line, "\n")
         end
      end
      if answers_out then
         for _, at in ipairs(thread:get("answered_at")) do
            answers_out:write(at, "\n")
         end
      end
   end
   if out then
      out:close()
   end
   if answers_out then
      answers_out:close()
   end
   local errors = summary.errors
   io.write(string.format(
      "mhaw-wrk result sent=%d answered=%d offered=%d window_s=%.3f ran_out_s=%.3f p50_us=%d p99_us=%d p999_us=%d max_us=%d samples=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d",
      totals.reserved, totals.answered, totals.offered, window, ran_out_after, latency:percentile(50),
      latency:percentile(99), latency:percentile(99.9), latency.max, summary.requests, errors.connect,
      errors.read, errors.write, errors.timeout))
   for status, count in pairs(by_status) do
      io.write(string.format(" status_%d=%d", status, count))
   end
   io.write("\n")
end
