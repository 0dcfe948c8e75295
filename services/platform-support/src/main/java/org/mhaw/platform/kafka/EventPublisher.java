package org.mhaw.platform.kafka;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.mhaw.events.DomainEvent;
import org.mhaw.events.EventEnvelope;

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
		 * once.
		 * @return the envelopes, in the order sent
		 * @throws EventNotPublishedException if any of them was not acknowledged in time
		 */
		public List<EventEnvelope> await() {
			if (this.envelopes.isEmpty()) {
				return this.envelopes;
			}
			try {
				CompletableFuture.allOf(this.sends.toArray(CompletableFuture[]::new))
					.get(EventPublisher.this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new EventNotPublishedException("interrupted while publishing", ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new EventNotPublishedException("broker did not acknowledge " + this.envelopes.get(0).type(), ex);
			}
			// The business counts every service reports (donations received, pledges
			// made,
			// tips read, sign-ups confirmed…), counted once here, where the broker has
			// acknowledged them.
			this.envelopes.forEach(
					(envelope) -> EventPublisher.this.meters.counter("mhaw.events.published", "type", envelope.type())
						.increment());
			return this.envelopes;
		}

		/**
		 * Waits, without reporting how they went, until every event and the other writes
		 * sent with them have been acknowledged or have failed (or the send timeout has
		 * passed); then {@link #await()} and the others' own waits only read the
		 * outcomes. The producer completes writes one after another on its network
		 * thread, so waiting for each in turn would wake the caller once for each; a
		 * thread woken costs two system calls, a measurable part of a webhook.
		 * @param others writes sent alongside these events
		 */
		public void settle(CompletableFuture<?>... others) {
			List<CompletableFuture<?>> all = new ArrayList<>(this.sends);
			all.addAll(Arrays.asList(others));
			try {
				CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
					.get(EventPublisher.this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				// Each write's own wait reports it.
			}
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
