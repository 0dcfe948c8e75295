-- Takes a donation's lock and hands over the mark its last holder left (see LogMark).
-- KEYS[1] the lock, KEYS[2] the mark; ARGV[1] the holder's token, ARGV[2] the lease (ms), ARGV[3] how long
-- a mark is kept (ms).
-- Returns nil if another holder has the lock; else {mark or "", this Redis's run id}. The mark is replaced
-- by "taken" until this holder lets go: a holder that dies leaves no mark, and the next one asks the
-- broker. Marks start with the run id of the Redis that stored them, so one that came back from a snapshot
-- or a replica (which could be older than what was written since) is not trusted.
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return nil
end
local mark = redis.call('GET', KEYS[2])
redis.call('SET', KEYS[2], 'taken', 'PX', ARGV[3])
return { mark or '', string.match(redis.call('INFO', 'server'), 'run_id:(%x+)') }
