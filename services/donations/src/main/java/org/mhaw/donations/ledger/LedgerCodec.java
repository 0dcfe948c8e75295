package org.mhaw.donations.ledger;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The private topic's JSON: one {@link LedgerEntry} per record, its kind named. */
final class LedgerCodec {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		// An entry written by a newer version of this service must still be read.
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private LedgerCodec() {
	}

	static byte[] encode(LedgerEntry entry) {
		return MAPPER.writeValueAsBytes(entry);
	}

	/**
	 * Reads one entry.
	 * @param bytes the record's value
	 * @return the entry, or {@code null} if it cannot be read (a kind from a newer
	 * version)
	 */
	static LedgerEntry decode(byte[] bytes) {
		try {
			return MAPPER.readValue(bytes, LedgerEntry.class);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
