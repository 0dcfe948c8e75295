package org.mhaw.platform.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import org.mhaw.platform.redis.RedisKeys;
import redis.clients.jedis.RedisClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The idempotency key store, and its filter on the service's configured POST paths. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencySettings.class)
public class IdempotencyWeb {

	@Bean
	IdempotencyStore idempotencyStore(RedisClient redis, RedisKeys keys, IdempotencySettings settings) {
		return new IdempotencyStore(redis, keys, settings);
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, IdempotencySettings settings,
			JsonMapper json, MeterRegistry meters) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(store, settings.paths(), json, meters));
		// After security (-100): only an authorised request may claim a key or see a
		// stored answer.
		registration.setOrder(-50);
		return registration;
	}

}
