-- Releases a donation's lock only if this holder still has it (its lease may have expired and another
-- instance taken it since), leaving the mark of what it knows for the next holder (see acquire-lock.lua).
-- KEYS[1] the lock, KEYS[2] the mark; ARGV[1] the holder's token, ARGV[2] its mark, prefixed with the
-- Redis run id it took the lock from, or "" if it has none; ARGV[3] how long the mark is kept (ms).
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
redis.call('DEL', KEYS[1])
if ARGV[2] ~= '' then
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
end
return 1
