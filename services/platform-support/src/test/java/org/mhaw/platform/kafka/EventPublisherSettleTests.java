package org.mhaw.platform.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * {@link EventPublisher.Sending#settle} only waits: it returns once every write has an
 * outcome, whatever it is, and leaves each write's own wait to report it. The waiting
 * itself is all there is to check, so the producer here is Kafka's in-memory one, which
 * completes sends when told to.
 */
class EventPublisherSettleTests {

	private final MockProducer<String, EventEnvelope> producer = new MockProducer<>(false, null, new StringSerializer(),
			new EventEnvelopeSerializer());

	private final EventPublisher publisher = new EventPublisher(
			new KafkaTemplate<>(new MockProducerFactory<>(() -> this.producer)), "settle-check", Clock.systemUTC(),
			new KafkaSettings(3, (short) 1, Duration.ofSeconds(10), 3), new SimpleMeterRegistry());

	@Test
	void settleReturnsOnlyOnceTheEventsAndTheOtherWritesAllHaveAnOutcome() throws Exception {
		EventPublisher.Sending sending = this.publisher.send(List.of(new TipRead("tip-1", "slug-1")));
		CompletableFuture<String> other = new CompletableFuture<>();
		CompletableFuture<Void> settled = CompletableFuture.runAsync(() -> sending.settle(other));

		this.producer.completeNext();
		assertThat(settled).isNotDone();
		other.complete("written");

		settled.get(10, TimeUnit.SECONDS);
		assertThat(sending.await()).hasSize(1);
	}

	@Test
	void aFailedWriteIsLeftForItsOwnWaitToReport() throws Exception {
		EventPublisher.Sending sending = this.publisher.send(List.of(new TipRead("tip-2", "slug-2")));
		CompletableFuture<String> other = CompletableFuture.completedFuture("written");
		CompletableFuture<Void> settled = CompletableFuture.runAsync(() -> sending.settle(other));

		this.producer.errorNext(new IllegalStateException("broker went away"));

		settled.get(10, TimeUnit.SECONDS);
		assertThatExceptionOfType(EventNotPublishedException.class).isThrownBy(sending::await);
	}

}
