-- Leaves the first mark of a donation just opened, unless a lock holder has already been there (then
-- the mark is theirs, or "taken"). KEYS[1] the mark; ARGV[1] the mark, ARGV[2] how long it is kept (ms).
local run_id = string.match(redis.call('INFO', 'server'), 'run_id:(%x+)')
return redis.call('SET', KEYS[1], run_id .. '|' .. ARGV[1], 'NX', 'PX', ARGV[2])
