-- Takes a donation's lock and hands over the mark its last holder left (see LogMark).
-- KEYS[1] the lock, KEYS[2] the mark; ARGV[1] the holder's token, ARGV[2] the lease (ms), ARGV[3] how long
-- a mark is kept (ms).
-- Returns nil if another holder has the lock; else the mark, or "" if there is none. The mark is replaced
-- by "taken" until this holder lets go: a holder that dies leaves no mark, and the next one asks the
-- broker. A mark starts with the run id of the Redis its writer took the lock from (or last saw), and is
-- trusted only if that is this Redis: one that came back from a snapshot or a replica (and could be older
-- than what was written since) is not. The caller reads this Redis's run id on the same connection, in the
-- same pipeline (PipelinedScripts): a connection cannot outlive the server it was made to.
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return nil
end
local mark = redis.call('GET', KEYS[2])
redis.call('SET', KEYS[2], 'taken', 'PX', ARGV[3])
return mark or ''
