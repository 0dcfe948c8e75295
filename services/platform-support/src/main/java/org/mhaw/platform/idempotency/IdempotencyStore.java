package org.mhaw.platform.idempotency;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.platform.redis.RedisScript;
import redis.clients.jedis.RedisClient;

/**
 * Idempotency keys in Redis: each key's record holds the request's fingerprint, then the
 * first answer. Claiming is one Lua script, so two concurrent requests with one key can
 * never both run. Used by {@link IdempotencyFilter} for JSON APIs, and directly by page
 * controllers whose forms carry a key in a hidden field.
 */
public class IdempotencyStore {

	private static final RedisScript CLAIM = RedisScript.fromClasspath("org/mhaw/platform/idempotency/claim.lua");

	private static final RedisScript RELEASE = RedisScript.fromClasspath("org/mhaw/platform/idempotency/release.lua");

	private final RedisClient redis;

	private final RedisKeys keys;

	private final IdempotencySettings settings;

	public IdempotencyStore(RedisClient redis, RedisKeys keys, IdempotencySettings settings) {
		this.redis = redis;
		this.keys = keys;
		this.settings = settings;
	}

	/**
	 * Claims a key for a request.
	 * @param key the client's idempotency key (validated with
	 * {@link IdempotencyKeys#isValid})
	 * @param fingerprint what identifies the request (see
	 * {@link IdempotencyKeys#fingerprint})
	 * @return what to do with the request
	 */
	public Claim claim(String key, String fingerprint) {
		List<?> reply = (List<?>) CLAIM.run(this.redis, List.of(recordKey(key)),
				List.of(fingerprint, String.valueOf(this.settings.lease().toMillis())));
		return switch (String.valueOf(reply.get(0))) {
			case "first" -> new Claim.First();
			case "mismatch" -> new Claim.Mismatch();
			case "in-flight" -> new Claim.InFlight();
			default -> new Claim.Replay(new IdempotentAnswer(Integer.parseInt(String.valueOf(reply.get(1))),
					String.valueOf(reply.get(2)), Base64.getDecoder().decode(String.valueOf(reply.get(3)))));
		};
	}

	/** Keeps the first answer for the retention period. */
	public void complete(String key, IdempotentAnswer answer) {
		String record = recordKey(key);
		this.redis.hset(record, Map.of("state", "done", "status", String.valueOf(answer.status()), "contentType",
				answer.contentType(), "body", Base64.getEncoder().encodeToString(answer.body())));
		this.redis.pexpire(record, this.settings.retention().toMillis());
	}

	/** Frees the key after a request that did not succeed, so a retry runs again. */
	public void release(String key, String fingerprint) {
		RELEASE.run(this.redis, List.of(recordKey(key)), List.of(fingerprint));
	}

	private String recordKey(String key) {
		return this.keys.key("idempotency", key);
	}

}
