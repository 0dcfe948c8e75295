package org.mhaw.platform.redis;

import redis.clients.jedis.RedisClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Up when Redis answers PING through the service's own client. */
class RedisHealthIndicator extends AbstractHealthIndicator {

	private final RedisClient redis;

	RedisHealthIndicator(RedisClient redis) {
		super("Redis health check failed");
		this.redis = redis;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.up().withDetail("ping", this.redis.ping());
	}

}
