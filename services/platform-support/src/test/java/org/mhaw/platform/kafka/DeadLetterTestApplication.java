package org.mhaw.platform.kafka;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.tip.TipRead;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A service of one listener, using the platform's Kafka settings and error handler as
 * they ship.
 */
@SpringBootApplication
class DeadLetterTestApplication {

	static final String POISON_SLUG = "always-fails";

	@Bean
	TipReadCollector tipReadCollector() {
		return new TipReadCollector();
	}

	static class TipReadCollector {

		final List<EventEnvelope> received = new CopyOnWriteArrayList<>();

		@KafkaListener(topics = Topics.TIPS, groupId = "dead-letter-check")
		void on(EventEnvelope envelope) {
			if (envelope.payload() instanceof TipRead read && POISON_SLUG.equals(read.slug())) {
				throw new IllegalStateException("this tip read can never be processed");
			}
			this.received.add(envelope);
		}

	}

}
