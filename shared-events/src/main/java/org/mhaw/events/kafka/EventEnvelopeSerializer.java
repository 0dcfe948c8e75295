package org.mhaw.events.kafka;

import org.apache.kafka.common.serialization.Serializer;
import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;

/** Kafka value serializer for {@link EventEnvelope}s. */
public class EventEnvelopeSerializer implements Serializer<EventEnvelope> {

	@Override
	public byte[] serialize(String topic, EventEnvelope envelope) {
		return (envelope != null) ? EventCodec.encode(envelope) : null;
	}

}
