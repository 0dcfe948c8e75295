package org.mhaw.donations;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.testsupport.ServiceEndpoints;
import org.mhaw.testsupport.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts against the real broker and Redis, publishes durably, and reports
 * both healthy.
 */
@DonationsTest
class DonationsWiringTests {

	@Autowired
	private EventPublisher publisher;

	@LocalServerPort
	private int port;

	@Test
	void publishedEventIsOnItsTopicOnceTheCallReturns() {
		EventEnvelope published = this.publisher
			.publish(new DonationReceived("don-wiring", "sup-wiring", 1000, false, null, Region.LONDON));

		assertThat(TopicReader.events(Topics.DONATIONS)).contains(published);
		assertThat(published.producer()).isEqualTo("donations");
	}

	@Test
	void isReadyOnlyWithKafkaAndRedisAndExposesOnlyHealthAndMetrics() {
		ServiceEndpoints endpoints = new ServiceEndpoints(this.port);

		endpoints.assertReadyWithKafkaAndRedis();
		endpoints.assertExposesOnlyHealthAndMetrics();
	}

}
