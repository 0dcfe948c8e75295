package org.mhaw.platform.web;

import org.mhaw.platform.idempotency.IdempotencyWeb;
import org.mhaw.platform.problem.ProblemHandling;
import org.mhaw.platform.ratelimit.RateLimiting;
import org.mhaw.platform.redis.RedisPlatformAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP edge every service shares, in the order a request meets it: rate limit (-300),
 * body size limit (-200), security (-100), idempotency keys (-50), then the controller;
 * problem+json for every error.
 */
@AutoConfiguration(after = RedisPlatformAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebSettings.class)
@Import({ RateLimiting.class, IdempotencyWeb.class, ProblemHandling.class })
public class WebPlatformAutoConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebSettings settings, JsonMapper json) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter((int) settings.maxBodySize().toBytes(), json));
		// Before security, so an oversized body is refused before anything reads it.
		registration.setOrder(-200);
		return registration;
	}

}
