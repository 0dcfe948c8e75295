package org.mhaw.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

	/** The payload is read inside the envelope: the envelope's end follows it. */
	private static final JsonMapper EMBEDDED = MAPPER.rebuild()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private EventCodec() {
	}

	public static byte[] encode(EventEnvelope envelope) {
		return MAPPER.writeValueAsBytes(envelope);
	}

	/**
	 * Reads an envelope in one pass: the payload is bound straight to its type's class
	 * when the type comes before it (as this codec writes it), and read as a tree first
	 * only when it does not. Every consumer decodes every record, and the rebuild decodes
	 * the whole log: building a tree of each first cost a third of the rebuild.
	 */
	public static EventEnvelope decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new UnreadableEventException("empty record");
		}
		try (JsonParser parser = MAPPER.createParser(bytes)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new UnreadableEventException("an event must be a JSON object");
			}
			Map<String, String> texts = new HashMap<>();
			int version = 1;
			EventType boundTo = null;
			DomainEvent payload = null;
			JsonNode payloadTree = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("payload".equals(field)) {
					if (value != JsonToken.START_OBJECT) {
						throw new UnreadableEventException("missing payload for " + texts.get("type"));
					}
					boundTo = typeOf(texts.get("type"), version);
					if (boundTo != null) {
						payload = EMBEDDED.readValue(parser, boundTo.javaType());
					}
					else {
						payloadTree = EMBEDDED.readTree(parser);
					}
				}
				else if ("schemaVersion".equals(field)) {
					version = (value == JsonToken.VALUE_NUMBER_INT) ? parser.getIntValue() : 1;
				}
				else if (value == JsonToken.VALUE_STRING) {
					texts.put(field, parser.getString());
				}
				else {
					parser.skipChildren();
				}
			}
			String typeName = required(texts, "type");
			int schemaVersion = version;
			EventType known = EventTypes.find(typeName, schemaVersion)
				.orElseThrow(
						() -> new UnreadableEventException("unknown event type " + typeName + " v" + schemaVersion));
			if (payload == null && payloadTree == null) {
				throw new UnreadableEventException("missing payload for " + typeName);
			}
			if (boundTo != known) {
				// The payload came before its type, or before a schemaVersion that
				// changed it.
				payload = MAPPER.treeToValue((payloadTree != null) ? payloadTree : MAPPER.valueToTree(payload),
						known.javaType());
			}
			return new EventEnvelope(UUID.fromString(required(texts, "eventId")), typeName, schemaVersion,
					IsoInstants.parse(required(texts, "occurredAt")), required(texts, "producer"),
					required(texts, "aggregateKey"), payload);
		}
		catch (JacksonException | IllegalArgumentException | java.time.DateTimeException ex) {
			throw new UnreadableEventException("unreadable event: " + ex.getMessage(), ex);
		}
	}

	/** The type named so far, if the version read so far names a known one. */
	private static EventType typeOf(String typeName, int version) {
		return (typeName != null) ? EventTypes.find(typeName, version).orElse(null) : null;
	}

	private static String required(Map<String, String> texts, String field) {
		String text = texts.get(field);
		if (text == null || text.isBlank()) {
			throw new UnreadableEventException("missing envelope field " + field);
		}
		return text;
	}

}
