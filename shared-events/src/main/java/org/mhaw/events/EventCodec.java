package org.mhaw.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns envelopes into JSON bytes and back. The logical type and schema version sit in
 * the envelope, so one reader serves every topic and no Java class name ever goes on the
 * wire.
 */
public final class EventCodec {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		// Contracts grow by adding optional fields: an older consumer must still read a
		// newer event.
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
		// Money is long pence and counts are ints: a missing number must not quietly
		// become zero...
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		// ...nor a fraction be truncated into whole pence.
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		// ISO-8601 instants read the same in every language and in kcat.
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private EventCodec() {
	}

	public static byte[] encode(EventEnvelope envelope) {
		return MAPPER.writeValueAsBytes(envelope);
	}

	public static EventEnvelope decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new UnreadableEventException("empty record");
		}
		try {
			JsonNode root = MAPPER.readTree(bytes);
			String typeName = requiredText(root, "type");
			int version = root.path("schemaVersion").asInt(1);
			EventType type = EventTypes.find(typeName, version)
				.orElseThrow(() -> new UnreadableEventException("unknown event type " + typeName + " v" + version));
			JsonNode payloadNode = root.get("payload");
			if (payloadNode == null || !payloadNode.isObject()) {
				throw new UnreadableEventException("missing payload for " + typeName);
			}
			DomainEvent payload = MAPPER.treeToValue(payloadNode, type.javaType());
			return new EventEnvelope(UUID.fromString(requiredText(root, "eventId")), typeName, version,
					Instant.parse(requiredText(root, "occurredAt")), requiredText(root, "producer"),
					requiredText(root, "aggregateKey"), payload);
		}
		catch (JacksonException | IllegalArgumentException | java.time.DateTimeException ex) {
			throw new UnreadableEventException("unreadable event: " + ex.getMessage(), ex);
		}
	}

	private static String requiredText(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || !node.isString() || node.asString().isBlank()) {
			throw new UnreadableEventException("missing envelope field " + field);
		}
		return node.asString();
	}

}
