package org.mhaw.platform.ratelimit;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the public-POST rate limit first in the filter chain. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
public class RateLimiting {

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitSettings settings, Clock clock, JsonMapper json,
			MeterRegistry meters) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(settings, clock, json, meters));
		registration.setOrder(-300);
		return registration;
	}

}
