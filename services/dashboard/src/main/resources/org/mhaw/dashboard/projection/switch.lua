-- Makes a rebuilt generation live, but only once it has applied at least everything the live one has
-- on every partition: the live consumer then carries on into the new generation from exactly where it
-- was, with nothing skipped and nothing counted twice.
-- KEYS[1] the live-generation pointer; KEYS[2] the generations' key base; ARGV[1] the new generation.
-- Returns {1, previous generation} when switched, {0, live generation} when not caught up yet.
local current = redis.call('GET', KEYS[1])
if current == ARGV[1] then
  return {1, current}
end
if current then
  local live = redis.call('HGETALL', KEYS[2] .. current .. ':offsets')
  local rebuilt = KEYS[2] .. ARGV[1] .. ':offsets'
  for j = 1, #live, 2 do
    local theirs = redis.call('HGET', rebuilt, live[j])
    if not theirs or tonumber(theirs) < tonumber(live[j + 1]) then
      return {0, current}
    end
  end
end
redis.call('SET', KEYS[1], ARGV[1])
return {1, current or ''}
