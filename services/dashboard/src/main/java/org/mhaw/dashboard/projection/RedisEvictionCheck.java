package org.mhaw.dashboard.projection;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The counters are exact only if Redis never drops a key: an evicted offset or dedupe set
 * would count events twice, an evicted counter would lose them. Redis must run with
 * {@code maxmemory-policy noeviction}; this says so loudly at start if it does not.
 */
@Component
class RedisEvictionCheck {

	private static final Logger logger = LoggerFactory.getLogger(RedisEvictionCheck.class);

	static final String REQUIRED = "noeviction";

	private final RedisClient redis;

	RedisEvictionCheck(RedisClient redis) {
		this.redis = redis;
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkEvictionPolicy() {
		String policy = currentPolicy();
		if (policy == null) {
			logger.warn("Could not read Redis's maxmemory-policy (CONFIG may be disabled): make sure it is {}; "
					+ "the dashboard's counters are exact only if Redis never evicts", REQUIRED);
		}
		else if (!REQUIRED.equals(policy)) {
			logger.warn("Redis evicts keys (maxmemory-policy {}): set it to {}, or the dashboard's counters can "
					+ "count events twice or lose them", policy, REQUIRED);
		}
	}

	String currentPolicy() {
		try {
			Map<String, String> config = this.redis.configGet("maxmemory-policy");
			return config.get("maxmemory-policy");
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
