package org.mhaw.events.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.UnreadableEventException;

/**
 * Kafka value deserializer for {@link EventEnvelope}s. An unreadable record raises
 * Kafka's {@link SerializationException}: wrapped in Spring Kafka's
 * {@code ErrorHandlingDeserializer} it reaches the listener's error handler, which
 * dead-letters it without retrying.
 */
public class EventEnvelopeDeserializer implements Deserializer<EventEnvelope> {

	@Override
	public EventEnvelope deserialize(String topic, byte[] data) {
		try {
			return EventCodec.decode(data);
		}
		catch (UnreadableEventException ex) {
			throw new SerializationException("record on " + topic + " is not a readable event: " + ex.getMessage(), ex);
		}
	}

}
