-- Claims an idempotency key for one request, atomically.
-- KEYS[1] the key's record (a hash); ARGV[1] the request's fingerprint; ARGV[2] the lease in ms.
-- Returns {'first'} when this request may proceed, {'mismatch'} when the key was used with another
-- request, {'in-flight'} while the first request is still running, or
-- {'done', status, content type, body} with the first answer.
local fingerprint = redis.call('HGET', KEYS[1], 'fingerprint')
if not fingerprint then
  redis.call('HSET', KEYS[1], 'fingerprint', ARGV[1], 'state', 'in-flight')
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {'first'}
end
if fingerprint ~= ARGV[1] then
  return {'mismatch'}
end
local answer = redis.call('HMGET', KEYS[1], 'state', 'status', 'contentType', 'body')
if answer[1] ~= 'done' then
  return {'in-flight'}
end
return {'done', answer[2], answer[3] or '', answer[4] or ''}
