package org.mhaw.platform.redis;

import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.RedisClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** One pooled Jedis client per service, its key prefix, and its health. */
@AutoConfiguration
@EnableConfigurationProperties(RedisSettings.class)
public class RedisPlatformAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	RedisClient redisClient(RedisSettings settings) {
		ConnectionPoolConfig pool = new ConnectionPoolConfig();
		pool.setMaxTotal(settings.poolSize());
		pool.setMaxIdle(settings.poolSize());
		return RedisClient.builder().fromURI(settings.url()).poolConfig(pool).build();
	}

	@Bean
	RedisKeys redisKeys(RedisSettings settings) {
		return new RedisKeys(settings.keyPrefix());
	}

	@Bean
	RedisHealthIndicator redisHealthIndicator(RedisClient redisClient) {
		return new RedisHealthIndicator(redisClient);
	}

}
