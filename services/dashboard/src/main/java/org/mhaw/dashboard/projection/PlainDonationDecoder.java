package org.mhaw.dashboard.projection;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.IsoInstants;
import org.mhaw.events.Region;
import org.mhaw.events.UnreadableEventException;
import org.mhaw.events.donation.DonationReceived;

/**
 * Decodes a rebuild's records: a "donation received" written exactly as
 * {@link EventCodec} writes it (its fields in their order, no spaces, printable ASCII
 * text without escapes, a whole number of pence) is read here, byte by byte; everything
 * else goes to {@link EventCodec#decode}. Donations are nearly the whole log, and the
 * general decoder spends about 1.6 µs on each (JSON tokens, then binding the payload by
 * reflection), more than half a rebuild's work on its one folding thread.
 * <p>
 * What is read here is what {@code EventCodec} would read from the same bytes: the same
 * text, the same checks on the envelope (non-blank fields, a UUID, an ISO-8601 instant),
 * the region by its exact constant name. Anything that does not fit that shape exactly is
 * left to {@code EventCodec}, which reads it or rejects it as the live consumer does.
 */
final class PlainDonationDecoder {

	private static final byte[] START = bytes("{\"eventId\":");

	private static final byte[] TYPE = bytes(",\"type\":\"donation.received\",\"schemaVersion\":1,\"occurredAt\":");

	private static final byte[] PRODUCER = bytes(",\"producer\":");

	private static final byte[] AGGREGATE_KEY = bytes(",\"aggregateKey\":");

	private static final byte[] DONATION_ID = bytes(",\"payload\":{\"donationId\":");

	private static final byte[] SUPPORTER_ID = bytes(",\"supporterId\":");

	private static final byte[] AMOUNT = bytes(",\"amountPence\":");

	private static final byte[] GIFT_AID = bytes(",\"giftAid\":");

	private static final byte[] DECLARATION_ID = bytes(",\"giftAidDeclarationId\":");

	private static final byte[] REGION = bytes(",\"region\":");

	private static final byte[] END = bytes("}}");

	private static final byte[] TRUE = bytes("true");

	private static final byte[] FALSE = bytes("false");

	private static final byte[] NULL = bytes("null");

	/** More digits could overflow a long; such amounts go to the general decoder. */
	private static final int MOST_DIGITS = 18;

	private static final Map<String, Region> REGIONS = new HashMap<>();

	static {
		for (Region region : Region.values()) {
			REGIONS.put(region.name(), region);
		}
	}

	private final byte[] bytes;

	private int at;

	private PlainDonationDecoder(byte[] bytes) {
		this.bytes = bytes;
	}

	/**
	 * @param bytes a record's value
	 * @return its envelope
	 * @throws UnreadableEventException as {@link EventCodec#decode} throws it
	 */
	static EventEnvelope decode(byte[] bytes) {
		EventEnvelope plain = plainDonation(bytes);
		return (plain != null) ? plain : EventCodec.decode(bytes);
	}

	/**
	 * The envelope, or {@code null} when the bytes are not a plainly written donation.
	 */
	static EventEnvelope plainDonation(byte[] bytes) {
		return (bytes != null) ? new PlainDonationDecoder(bytes).plainDonation() : null;
	}

	/**
	 * Reads field after field; once one does not fit, the rest cannot make up for it (the
	 * result is {@code null} whatever they read).
	 */
	private EventEnvelope plainDonation() {
		if (!literal(START)) {
			return null;
		}
		String eventId = textThen(TYPE);
		String occurredAt = textThen(PRODUCER);
		String producer = textThen(AGGREGATE_KEY);
		String aggregateKey = textThen(DONATION_ID);
		String donationId = textThen(SUPPORTER_ID);
		String supporterId = textThen(AMOUNT);
		long amountPence = wholeNumber();
		boolean read = literal(GIFT_AID);
		boolean giftAid = literal(TRUE);
		read &= (giftAid || literal(FALSE)) && literal(DECLARATION_ID);
		boolean noDeclaration = literal(NULL);
		String declarationId = noDeclaration ? null : text();
		read &= (noDeclaration || declarationId != null) && literal(REGION);
		String regionName = text();
		Region region = (regionName != null) ? REGIONS.get(regionName) : null;
		read &= literal(END) && this.at == this.bytes.length;
		if (!read || eventId == null || occurredAt == null || producer == null || aggregateKey == null
				|| donationId == null || supporterId == null || amountPence < 0 || region == null) {
			return null;
		}
		return envelope(eventId, occurredAt, producer, aggregateKey,
				new DonationReceived(donationId, supporterId, amountPence, giftAid, declarationId, region));
	}

	/**
	 * The envelope as {@code EventCodec} checks it, or {@code null} for it to reject.
	 */
	private static EventEnvelope envelope(String eventId, String occurredAt, String producer, String aggregateKey,
			DonationReceived payload) {
		if (eventId.isBlank() || occurredAt.isBlank() || producer.isBlank() || aggregateKey.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(eventId);
			Instant at = IsoInstants.parse(occurredAt);
			return new EventEnvelope(id, "donation.received", 1, at, producer, aggregateKey, payload);
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			return null;
		}
	}

	private boolean literal(byte[] expected) {
		if (this.at + expected.length > this.bytes.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (this.bytes[this.at + i] != expected[i]) {
				return false;
			}
		}
		this.at += expected.length;
		return true;
	}

	/** {@link #text()}, when {@code next} follows it. */
	private String textThen(byte[] next) {
		String text = text();
		return (text != null && literal(next)) ? text : null;
	}

	/**
	 * A JSON string of printable ASCII without escapes (what JSON reads byte for byte),
	 * or {@code null}.
	 */
	private String text() {
		if (this.at >= this.bytes.length || this.bytes[this.at] != '"') {
			return null;
		}
		int start = this.at + 1;
		for (int i = start; i < this.bytes.length; i++) {
			byte b = this.bytes[i];
			if (b == '"') {
				this.at = i + 1;
				return new String(this.bytes, start, i - start, StandardCharsets.ISO_8859_1);
			}
			if (b < 0x20 || b > 0x7e || b == '\\') {
				return null;
			}
		}
		return null;
	}

	/** A JSON integer of at most 18 digits, without sign or leading zero, or -1. */
	private long wholeNumber() {
		int start = this.at;
		long value = 0;
		while (this.at < this.bytes.length && this.bytes[this.at] >= '0' && this.bytes[this.at] <= '9') {
			value = value * 10 + (this.bytes[this.at] - '0');
			this.at++;
		}
		int digits = this.at - start;
		if (digits == 0 || digits > MOST_DIGITS || (digits > 1 && this.bytes[start] == '0')) {
			return -1;
		}
		return value;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
