package org.mhaw.dashboard;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.platform.redis.RedisKeys;
import org.mhaw.testsupport.ServiceEndpoints;
import org.mhaw.testsupport.TestInfrastructure;
import org.mhaw.testsupport.TopicReader;
import redis.clients.jedis.RedisClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts against the real broker and Redis, publishes durably, and reports
 * both healthy.
 */
@DashboardTest
class DashboardWiringTests {

	@Autowired
	private EventPublisher publisher;

	@Autowired
	private RedisClient redis;

	@Autowired
	private RedisKeys keys;

	@LocalServerPort
	private int port;

	@Test
	void writesItsCountersUnderThisRunsOwnRedisPrefix() {
		String key = this.keys.key("counter", "wiring-check");

		this.redis.incrBy(key, 3);
		this.redis.incrBy(key, 4);

		assertThat(key).startsWith(TestInfrastructure.get().redisKeyPrefix());
		assertThat(this.redis.get(key)).isEqualTo("7");
	}

	@Test
	void publishedEventIsOnItsTopicOnceTheCallReturns() {
		EventEnvelope published = this.publisher
			.publish(new ModerationDecided("don-wiring", ModerationKind.DONOR_MESSAGE, ModerationDecision.APPROVED,
					null, "staff-1", Instant.parse("2027-05-12T10:00:00Z")));

		assertThat(TopicReader.events(Topics.MODERATION)).contains(published);
		assertThat(published.producer()).isEqualTo("dashboard");
	}

	@Test
	void isReadyOnlyWithKafkaAndRedisAndExposesOnlyHealthAndMetrics() {
		ServiceEndpoints endpoints = new ServiceEndpoints(this.port);

		endpoints.assertReadyWithKafkaAndRedis();
		endpoints.assertExposesOnlyHealthAndMetrics();
	}

}
