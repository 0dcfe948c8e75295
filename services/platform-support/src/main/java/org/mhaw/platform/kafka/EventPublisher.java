package org.mhaw.platform.kafka;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.mhaw.events.DomainEvent;
import org.mhaw.events.EventEnvelope;
import org.mhaw.platform.concurrent.Futures;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes a service's events and returns only once the broker has them
 * ({@code acks=all}), so a caller that answers 2xx after {@link #publish} never answers
 * for an event that could be lost.
 */
public class EventPublisher {

	private final KafkaTemplate<String, EventEnvelope> template;

	private final String producer;

	private final Clock clock;

	private final KafkaSettings settings;

	private final MeterRegistry meters;

	public EventPublisher(KafkaTemplate<String, EventEnvelope> template, String producer, Clock clock,
			KafkaSettings settings, MeterRegistry meters) {
		this.template = template;
		this.producer = producer;
		this.clock = clock;
		this.settings = settings;
		this.meters = meters;
	}

	/**
	 * Wraps the event in an envelope and publishes it to its topic, keyed by its
	 * aggregate.
	 * @param event the event
	 * @return the envelope as published
	 * @throws EventNotPublishedException if the broker did not acknowledge it in time
	 */
	public EventEnvelope publish(DomainEvent event) {
		return publishAll(List.of(event)).get(0);
	}

	/**
	 * Publishes several events, sent together and awaited together: one round of broker
	 * acknowledgements instead of one per event.
	 * @param events the events, in order
	 * @return their envelopes, in the same order
	 * @throws EventNotPublishedException if any of them was not acknowledged in time
	 */
	public List<EventEnvelope> publishAll(List<? extends DomainEvent> events) {
		return send(events).await();
	}

	/**
	 * Sends several events without waiting, so a caller can await them in the same round
	 * of acknowledgements as writes of its own.
	 * @param events the events, in order
	 * @return the sending, to {@link Sending#await() await}
	 */
	public Sending send(List<? extends DomainEvent> events) {
		List<EventEnvelope> envelopes = events.stream()
			.map((event) -> EventEnvelope.wrap(this.producer, event, this.clock))
			.toList();
		List<CompletableFuture<SendResult<String, EventEnvelope>>> sends = envelopes.stream()
			.map((envelope) -> this.template.send(envelope.topic(), envelope.aggregateKey(), envelope))
			.toList();
		return new Sending(envelopes, sends);
	}

	/** Events sent, not yet known to be acknowledged. */
	public final class Sending {

		private final List<EventEnvelope> envelopes;

		private final List<CompletableFuture<SendResult<String, EventEnvelope>>> sends;

		private Sending(List<EventEnvelope> envelopes,
				List<CompletableFuture<SendResult<String, EventEnvelope>>> sends) {
			this.envelopes = envelopes;
			this.sends = sends;
		}

		/**
		 * Waits until the broker has every event, and counts them as published: call it
		 * once (or {@link #acknowledged()} once, not both).
		 * @return the envelopes, in the order sent
		 * @throws EventNotPublishedException if any of them was not acknowledged in time
		 */
		public List<EventEnvelope> await() {
			return Futures.join(acknowledged());
		}

		/**
		 * Completes once the broker has every event, and counts them as published, on the
		 * producer's network thread: a caller that goes on from there wakes no thread of
		 * its own. Call it once.
		 * @return the envelopes, in the order sent; failed with
		 * {@link EventNotPublishedException} if any of them was not acknowledged in time
		 */
		public CompletableFuture<List<EventEnvelope>> acknowledged() {
			if (this.envelopes.isEmpty()) {
				return CompletableFuture.completedFuture(this.envelopes);
			}
			return CompletableFuture.allOf(this.sends.toArray(CompletableFuture[]::new))
				.orTimeout(EventPublisher.this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
				.handle((acknowledged, failure) -> {
					if (failure != null) {
						throw new EventNotPublishedException(
								"broker did not acknowledge " + this.envelopes.get(0).type(), Futures.cause(failure));
					}
					// The business counts every service reports (donations received,
					// pledges made, tips read, sign-ups confirmed…), counted once here,
					// where the broker has acknowledged them.
					this.envelopes.forEach((envelope) -> EventPublisher.this.meters
						.counter("mhaw.events.published", "type", envelope.type())
						.increment());
					return this.envelopes;
				});
		}

		/**
		 * Where an acknowledged event landed.
		 * @param index the event's place in the order sent
		 * @return its topic, partition and offset
		 * @throws IllegalStateException if it was not acknowledged
		 */
		public RecordMetadata written(int index) {
			CompletableFuture<SendResult<String, EventEnvelope>> send = this.sends.get(index);
			if (!send.isDone() || send.isCompletedExceptionally()) {
				throw new IllegalStateException("event " + index + " was not acknowledged");
			}
			return send.join().getRecordMetadata();
		}

	}

}
