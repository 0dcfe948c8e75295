package org.mhaw.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event's wire form is pinned by a golden JSON file. A failing test here means a
 * contract changed: add optional fields only, or register a new version (see
 * {@link EventTypes}).
 */
class EventContractsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<DomainEvent> samples() {
		return EventSamples.ALL.stream();
	}

	@Test
	void everyRegisteredEventHasASample() {
		assertThat(EventSamples.ALL.stream().map(Object::getClass).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(EventTypes.ALL.stream().map(EventType::javaType).toList());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void writesTheGoldenJson(DomainEvent event) throws IOException {
		EventEnvelope envelope = EventSamples.envelopeOf(event);

		JsonNode written = JSON.readTree(EventCodec.encode(envelope));

		assertThat(written).isEqualTo(golden(envelope.type()));
	}

	@ParameterizedTest
	@MethodSource("samples")
	void readsTheGoldenJson(DomainEvent event) throws IOException {
		EventEnvelope expected = EventSamples.envelopeOf(event);

		EventEnvelope read = EventCodec.decode(JSON.writeValueAsBytes(golden(expected.type())));

		assertThat(read).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void readsAnEventWhosePayloadComesBeforeItsType(DomainEvent event) throws IOException {
		EventEnvelope expected = EventSamples.envelopeOf(event);
		ObjectNode golden = (ObjectNode) golden(expected.type());
		ObjectNode payloadFirst = JSON.createObjectNode();
		payloadFirst.set("payload", golden.get("payload"));
		golden.properties().forEach((field) -> payloadFirst.putIfAbsent(field.getKey(), field.getValue()));

		EventEnvelope read = EventCodec.decode(JSON.writeValueAsBytes(payloadFirst));

		assertThat(read).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void readsAnEventWithFieldsAddedByANewerProducer(DomainEvent event) throws IOException {
		EventEnvelope expected = EventSamples.envelopeOf(event);
		ObjectNode newer = (ObjectNode) golden(expected.type());
		newer.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
		((ObjectNode) newer.get("payload")).put("addedInALaterRelease", "ignored by older readers");

		EventEnvelope read = EventCodec.decode(JSON.writeValueAsBytes(newer));

		assertThat(read).isEqualTo(expected);
	}

	@Test
	void putsNoJavaClassNameOnTheWire() {
		for (DomainEvent event : EventSamples.ALL) {
			String json = new String(EventCodec.encode(EventSamples.envelopeOf(event)), StandardCharsets.UTF_8);
			assertThat(json).doesNotContain("org.mhaw").doesNotContain(event.getClass().getSimpleName());
		}
	}

	@Test
	void wrapsAnEventWithItsRegisteredTypeAndAggregateKey() {
		DomainEvent event = EventSamples.ALL.get(0);

		EventEnvelope envelope = EventEnvelope.wrap("donations", event, java.time.Clock.systemUTC());

		assertThat(envelope.type()).isEqualTo("donation.received");
		assertThat(envelope.schemaVersion()).isEqualTo(1);
		assertThat(envelope.aggregateKey()).isEqualTo("don-7f3a");
		assertThat(envelope.topic()).isEqualTo(Topics.DONATIONS);
	}

	private static JsonNode golden(String type) throws IOException {
		String resource = "/golden/" + type + ".json";
		try (InputStream in = EventContractsTests.class.getResourceAsStream(resource)) {
			if (in == null) {
				writeMissingGoldenFile(type);
			}
			return JSON.readTree(in);
		}
	}

	/**
	 * A new event has no golden file yet: {@code -Dgolden.write=true} writes one from its
	 * sample for review and commit; otherwise the test fails.
	 */
	private static void writeMissingGoldenFile(String type) throws IOException {
		assertThat(Boolean.getBoolean("golden.write")).as("golden file for %s (run with -Dgolden.write=true)", type)
			.isTrue();
		EventEnvelope envelope = EventSamples.ALL.stream()
			.map(EventSamples::envelopeOf)
			.filter((candidate) -> candidate.type().equals(type))
			.findFirst()
			.orElseThrow();
		Path file = Path.of("src/test/resources/golden", type + ".json");
		Files.writeString(file,
				JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(EventCodec.encode(envelope)))
						+ "\n");
		throw new AssertionError("wrote " + file + ": review it and run again");
	}

}
