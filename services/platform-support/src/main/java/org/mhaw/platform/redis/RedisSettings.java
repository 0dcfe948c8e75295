package org.mhaw.platform.redis;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Redis is and which part of it this deployment owns.
 *
 * @param url the server, such as {@code redis://127.0.0.1:6379} ({@code REDIS_URL})
 * @param keyPrefix prepended to every key, so test runs and deployments sharing one Redis
 * never see each other's keys
 * @param poolSize connections this service keeps to Redis. Every request thread may need
 * one at once (a webhook takes and releases a donation's lock; every public POST claims
 * its idempotency key): with Jedis's default of 8, webhooks under load spent more time
 * queueing for a connection than in Redis. Redis itself takes thousands.
 */
@ConfigurationProperties("mhaw.redis")
public record RedisSettings(URI url, @DefaultValue("mhaw:") String keyPrefix, @DefaultValue("64") int poolSize) {

}
