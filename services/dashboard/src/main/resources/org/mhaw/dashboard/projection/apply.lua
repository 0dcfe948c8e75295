-- Applies one polled batch of events to a dashboard generation, atomically.
-- KEYS[1] the live-generation pointer; KEYS[2] the base every generation's keys start with.
-- ARGV[1] the generation to write ('live' = the one the pointer names, read here so a rebuild's switch
--         can never fall between reading the pointer and writing); ARGV[2] event-id dedupe lifetime (s);
-- ARGV[3] how many of the arguments after it are records. The rest are pre-decided ops.
-- Records (the live consumer's): partition ('topic:n'), offset, event id ('' = nothing to dedupe), dedupe
-- bucket, occurred-at (epoch ms), op count, and its ops (see Ops.java for each op's shape).
-- A record is applied only when its offset is above the partition's last applied offset (redelivery,
-- rebalance, crash) and its event id was not seen before (the same event written again at a new offset).
-- Pre-decided ops (a rebuild's, see SummedBatch.java) are applied as they come: the rebuild, sole writer of
-- a fresh generation, has decided freshness itself, folded the batch and added its event ids to the seen
-- sets already; they include the rest of the bookkeeping the record path does here (O offsets, A events
-- applied).
-- Increments are summed across the batch and written once per field.
local gen = ARGV[1]
if gen == 'live' then
  gen = redis.call('GET', KEYS[1])
  if not gen then
    return redis.error_reply('no live dashboard generation')
  end
end
local base = KEYS[2] .. gen .. ':'
local offsetsKey = base .. 'offsets'
local retention = tonumber(ARGV[2])
local offsets, moved, seenSets = {}, {}, {}
local sums, zsums = {}, {}
local lastEventAt = 0
local applied, skipped = 0, 0

local function add(target, key, field, delta)
  local fields = target[key]
  if not fields then
    fields = {}
    target[key] = fields
  end
  fields[field] = (fields[field] or 0) + delta
end

-- Carries out the op at ARGV[i] if fresh; returns the index after it.
local function op(i, fresh)
  local name = ARGV[i]
  if name == 'I' then
    if fresh then add(sums, base .. ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])) end
    return i + 4
  elseif name == 'Z' then
    if fresh then add(zsums, base .. ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])) end
    return i + 4
  elseif name == 'S' then
    if fresh then redis.call('SADD', base .. ARGV[i + 1], ARGV[i + 2]) end
    return i + 3
  elseif name == 'H' then
    if fresh then redis.call('HSET', base .. ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]) end
    return i + 4
  elseif name == 'D' then
    if fresh then redis.call('HDEL', base .. ARGV[i + 1], ARGV[i + 2]) end
    return i + 3
  elseif name == 'T' then
    -- an approved message leaves the pending hash for the ticker, scored by approval time
    if fresh then
      local pending = base .. ARGV[i + 1]
      local item = redis.call('HGET', pending, ARGV[i + 2])
      redis.call('HDEL', pending, ARGV[i + 2])
      if item then
        local ticker = base .. ARGV[i + 3]
        redis.call('ZADD', ticker, ARGV[i + 4], item)
        redis.call('ZREMRANGEBYRANK', ticker, 0, -(tonumber(ARGV[i + 5]) + 1))
      end
    end
    return i + 6
  end
  error('unknown dashboard op ' .. tostring(name))
end

local i = 4
local recordsEnd = 3 + tonumber(ARGV[3])
while i <= recordsEnd do
  local partition, offset, eventId, bucket = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2], ARGV[i + 3]
  local occurredAt, opCount = tonumber(ARGV[i + 4]), tonumber(ARGV[i + 5])
  i = i + 6
  local stored = offsets[partition]
  if stored == nil then
    stored = tonumber(redis.call('HGET', offsetsKey, partition) or '-1')
  end
  local fresh = offset > stored
  if fresh then
    offsets[partition] = offset
    moved[partition] = true
    if eventId ~= '' then
      local seenKey = base .. 'seen:' .. bucket
      seenSets[seenKey] = true
      if redis.call('SADD', seenKey, eventId) == 0 then
        fresh = false
      end
    end
  else
    offsets[partition] = stored
  end
  for _ = 1, opCount do
    i = op(i, fresh)
  end
  if fresh then
    applied = applied + 1
    if occurredAt > lastEventAt then lastEventAt = occurredAt end
  else
    skipped = skipped + 1
  end
end

local n = #ARGV
while i <= n do
  local name = ARGV[i]
  if name == 'O' then
    offsets[ARGV[i + 1]] = tonumber(ARGV[i + 2])
    moved[ARGV[i + 1]] = true
    i = i + 3
  elseif name == 'A' then
    applied = applied + tonumber(ARGV[i + 1])
    local at = tonumber(ARGV[i + 2])
    if at > lastEventAt then lastEventAt = at end
    i = i + 3
  else
    i = op(i, true)
  end
end

-- '%d' keeps large numbers whole: Lua would otherwise write 1e+15. A field is written even when its
-- batch's sum is 0, so whether it exists depends on the log alone, never on how it was batched.
for key, fields in pairs(sums) do
  for field, delta in pairs(fields) do
    redis.call('HINCRBY', key, field, string.format('%d', delta))
  end
end
for key, members in pairs(zsums) do
  for member, delta in pairs(members) do
    redis.call('ZINCRBY', key, string.format('%d', delta), member)
  end
end
for partition in pairs(moved) do
  redis.call('HSET', offsetsKey, partition, string.format('%d', offsets[partition]))
end
for seenKey in pairs(seenSets) do
  redis.call('EXPIRE', seenKey, retention)
end
local meta = base .. 'meta'
if applied > 0 then
  redis.call('HINCRBY', meta, 'events', applied)
  if lastEventAt > tonumber(redis.call('HGET', meta, 'lastEventAt') or '0') then
    redis.call('HSET', meta, 'lastEventAt', string.format('%d', lastEventAt))
  end
end
return {gen, applied, skipped}
