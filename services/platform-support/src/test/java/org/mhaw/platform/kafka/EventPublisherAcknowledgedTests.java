package org.mhaw.platform.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.kafka.EventEnvelopeSerializer;
import org.mhaw.events.tip.TipRead;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link EventPublisher.Sending#acknowledged} completes once every event is acknowledged,
 * and fails if any was not. Only the completing is checked here, so the producer is
 * Kafka's in-memory one, which completes sends when told to.
 */
class EventPublisherAcknowledgedTests {

	private final MockProducer<String, EventEnvelope> producer = new MockProducer<>(false, null, new StringSerializer(),
			new EventEnvelopeSerializer());

	private final EventPublisher publisher = new EventPublisher(
			new KafkaTemplate<>(new MockProducerFactory<>(() -> this.producer)), "acknowledged-check",
			Clock.systemUTC(), new KafkaSettings(3, (short) 1, Duration.ofSeconds(10), 3), new SimpleMeterRegistry());

	@Test
	void completesOnlyOnceEveryEventIsAcknowledged() throws Exception {
		EventPublisher.Sending sending = this.publisher
			.send(List.of(new TipRead("tip-1", "slug-1"), new TipRead("tip-2", "slug-2")));
		CompletableFuture<List<EventEnvelope>> acknowledged = sending.acknowledged();

		this.producer.completeNext();
		assertThat(acknowledged).isNotDone();
		this.producer.completeNext();

		assertThat(acknowledged.get(10, TimeUnit.SECONDS)).hasSize(2);
		assertThat(sending.written(1).offset()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void failsWithTheEventNotPublishedIfAnyWasRefused() {
		EventPublisher.Sending sending = this.publisher.send(List.of(new TipRead("tip-3", "slug-3")));
		CompletableFuture<List<EventEnvelope>> acknowledged = sending.acknowledged();

		this.producer.errorNext(new IllegalStateException("broker went away"));

		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> acknowledged.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(EventNotPublishedException.class);
	}

	@Test
	void awaitRaisesTheEventNotPublishedItself() {
		EventPublisher.Sending sending = this.publisher.send(List.of(new TipRead("tip-4", "slug-4")));

		this.producer.errorNext(new IllegalStateException("broker went away"));

		assertThatExceptionOfType(EventNotPublishedException.class).isThrownBy(sending::await);
	}

}
