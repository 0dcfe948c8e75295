package org.mhaw.tips.authoring;

import java.time.Clock;

import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.platform.kafka.KafkaSettings;
import org.mhaw.platform.log.PrivateStore;
import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.tips.TipsSettings;
import redis.clients.jedis.RedisClient;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tips, the private topic they live on, their scheduler and their seed. */
@Configuration(proxyBeanMethods = false)
class AuthoringConfiguration {

	static final String TOPIC = "mhaw.tips.authoring";

	@Bean
	PrivateStore<Tip> tipStore(KafkaProperties kafka, KafkaSettings settings) {
		return new PrivateStore<>(TOPIC, Tip.class, kafka, settings);
	}

	@Bean
	Tips tips(PrivateStore<Tip> tipStore, EventPublisher publisher, Clock clock) {
		return new Tips(tipStore, publisher, clock);
	}

	@Bean
	ScheduledPublishing scheduledPublishing(Tips tips, RedisClient redis, RedisKeys keys, TipsSettings settings) {
		return new ScheduledPublishing(tips, redis, keys, settings);
	}

	@Bean
	SeedTips seedTips(Tips tips, TipsSettings settings) {
		return new SeedTips(tips, settings);
	}

}
