package org.mhaw.localevents;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.localevent.SignUpWaitlisted;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.ServiceEndpoints;
import org.mhaw.testsupport.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts against the real broker and Redis, publishes durably, and reports
 * both healthy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
// One instance at a time decides places (see README): each test context is closed after
// its class.
@DirtiesContext
class LocalEventsWiringTests {

	@Autowired
	private EventPublisher publisher;

	@LocalServerPort
	private int port;

	@Test
	void publishedEventIsOnItsTopicOnceTheCallReturns() {
		EventEnvelope published = this.publisher
			.publish(new SignUpWaitlisted("sgn-wiring", "lev-wiring", "sup-wiring", 1));

		assertThat(TopicReader.events(Topics.LOCAL_EVENTS)).contains(published);
		assertThat(published.producer()).isEqualTo("local-events");
	}

	@Test
	void isReadyOnlyWithKafkaAndRedisAndExposesOnlyHealthAndMetrics() {
		ServiceEndpoints endpoints = new ServiceEndpoints(this.port);

		endpoints.assertReadyWithKafkaAndRedis();
		endpoints.assertExposesOnlyHealthAndMetrics();
	}

}
