-- Leaves the first mark of a donation just opened, unless a lock holder has already been there (then
-- the mark is theirs, or "taken"). KEYS[1] the mark; ARGV[1] the mark, prefixed with a Redis run id;
-- ARGV[2] how long it is kept (ms).
return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
