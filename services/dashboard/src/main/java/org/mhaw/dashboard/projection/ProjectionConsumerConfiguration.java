package org.mhaw.dashboard.projection;

import org.mhaw.events.EventEnvelope;
import org.mhaw.platform.redis.RedisKeys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class ProjectionConsumerConfiguration {

	@Bean
	DashboardKeys dashboardKeys(RedisKeys keys) {
		return new DashboardKeys(keys);
	}

	/** Started with the application, stopped (after its current batch) on shutdown. */
	@Bean
	ConcurrentMessageListenerContainer<String, EventEnvelope> projectionContainer(ProjectionConsumers consumers) {
		return consumers.create();
	}

}
