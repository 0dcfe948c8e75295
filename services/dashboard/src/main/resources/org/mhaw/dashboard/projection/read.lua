-- Reads the live generation in one atomic step, so a page never sees half of a rebuild's switch.
-- KEYS[1] the live-generation pointer; KEYS[2] the generations' key base.
-- ARGV: specs, each 'H name' (HGETALL), 'C name' (SCARD), 'L name' (HLEN) or 'Z name count' (highest first, with scores).
-- Returns {generation, result of each spec...}; {''} when there is no generation yet.
local gen = redis.call('GET', KEYS[1])
if not gen then
  return {''}
end
local base = KEYS[2] .. gen .. ':'
local out = {gen}
local i = 1
while i <= #ARGV do
  local spec, name = ARGV[i], base .. ARGV[i + 1]
  if spec == 'H' then
    out[#out + 1] = redis.call('HGETALL', name)
    i = i + 2
  elseif spec == 'C' then
    out[#out + 1] = redis.call('SCARD', name)
    i = i + 2
  elseif spec == 'L' then
    out[#out + 1] = redis.call('HLEN', name)
    i = i + 2
  elseif spec == 'Z' then
    out[#out + 1] = redis.call('ZREVRANGE', name, 0, tonumber(ARGV[i + 2]) - 1, 'WITHSCORES')
    i = i + 3
  else
    return redis.error_reply('unknown read spec ' .. tostring(spec))
  end
end
return out
