package org.mhaw.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mhaw.events.kafka.EventEnvelopeDeserializer;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A record no one can read must fail as a deserialisation error, which consumers
 * dead-letter.
 */
class UnreadableEventsTests {

	private final EventEnvelopeDeserializer deserializer = new EventEnvelopeDeserializer();

	@ParameterizedTest
	@ValueSource(strings = { "", "not json", "{\"type\":", "[]",
			"{\"eventId\":\"6d4a2d9e-5a8b-4c5e-9a53-9a1b2c3d4e5f\",\"type\":\"donation.exploded\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2027-05-12T18:30:00Z\",\"producer\":\"x\",\"aggregateKey\":\"k\",\"payload\":{}}",
			"{\"eventId\":\"6d4a2d9e-5a8b-4c5e-9a53-9a1b2c3d4e5f\",\"type\":\"donation.received\",\"schemaVersion\":9,"
					+ "\"occurredAt\":\"2027-05-12T18:30:00Z\",\"producer\":\"x\",\"aggregateKey\":\"k\",\"payload\":{}}",
			"{\"eventId\":\"not-a-uuid\",\"type\":\"tip.read\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2027-05-12T18:30:00Z\",\"producer\":\"x\",\"aggregateKey\":\"k\","
					+ "\"payload\":{\"tipId\":\"t\",\"slug\":\"s\"}}",
			"{\"eventId\":\"6d4a2d9e-5a8b-4c5e-9a53-9a1b2c3d4e5f\",\"type\":\"tip.read\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"yesterday\",\"producer\":\"x\",\"aggregateKey\":\"k\","
					+ "\"payload\":{\"tipId\":\"t\",\"slug\":\"s\"}}",
			"{\"eventId\":\"6d4a2d9e-5a8b-4c5e-9a53-9a1b2c3d4e5f\",\"type\":\"donation.received\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2027-05-12T18:30:00Z\",\"producer\":\"x\",\"aggregateKey\":\"k\","
					+ "\"payload\":{\"donationId\":\"d\",\"amountPence\":12.5,\"giftAid\":false}}",
			"{\"eventId\":\"6d4a2d9e-5a8b-4c5e-9a53-9a1b2c3d4e5f\",\"type\":\"donation.received\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2027-05-12T18:30:00Z\",\"producer\":\"x\",\"aggregateKey\":\"k\","
					+ "\"payload\":{\"donationId\":\"d\",\"giftAid\":false}}" })
	void surfacesAsADeserialisationFailure(String record) {
		byte[] bytes = record.getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(SerializationException.class)
			.isThrownBy(() -> this.deserializer.deserialize(Topics.DONATIONS, bytes))
			.withMessageContaining(Topics.DONATIONS);
	}

}
