-- Gives up a claim whose request did not succeed, so the client can retry with the same key.
-- KEYS[1] the key's record; ARGV[1] the fingerprint that claimed it. Only an in-flight claim by the
-- same request is released: a finished answer is never thrown away.
if redis.call('HGET', KEYS[1], 'fingerprint') == ARGV[1] and redis.call('HGET', KEYS[1], 'state') == 'in-flight' then
  return redis.call('DEL', KEYS[1])
end
return 0
