package org.mhaw.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every event travels in.
 *
 * @param eventId unique per event; consumers dedupe on it
 * @param type the payload's logical type name (never a Java class name)
 * @param schemaVersion the payload's schema version
 * @param occurredAt when it happened
 * @param producer the service that published it
 * @param aggregateKey the aggregate it belongs to; also the Kafka record key
 * @param payload the event itself
 */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, Instant occurredAt, String producer,
		String aggregateKey, DomainEvent payload) {

	public EventEnvelope {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(producer, "producer");
		Objects.requireNonNull(aggregateKey, "aggregateKey");
		Objects.requireNonNull(payload, "payload");
	}

	/**
	 * Wraps a new event with a fresh id, its registered type and the current time.
	 * @param producer the publishing service
	 * @param payload the event
	 * @param clock the clock to stamp it with
	 * @return the envelope
	 */
	public static EventEnvelope wrap(String producer, DomainEvent payload, Clock clock) {
		EventType type = EventTypes.of(payload.getClass());
		return new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), clock.instant(), producer,
				payload.aggregateKey(), payload);
	}

	/**
	 * The topic this envelope's event belongs on.
	 * @return the topic name
	 */
	public String topic() {
		return EventTypes.of(this.payload.getClass()).topic();
	}

}
