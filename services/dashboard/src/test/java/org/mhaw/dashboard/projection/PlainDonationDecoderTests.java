package org.mhaw.dashboard.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.UnreadableEventException;
import org.mhaw.events.donation.DonationReceived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A rebuild decodes donations without the general decoder, and must read exactly what the
 * general decoder reads, and leave to it everything else.
 */
class PlainDonationDecoderTests {

	private static final String PLAIN = "{\"eventId\":\"6d4a2d9e-5a8b-4c5e-9a53-9a1b2c3d4e5f\",\"type\":\"donation.received\","
			+ "\"schemaVersion\":1,\"occurredAt\":\"2027-05-12T18:30:00.125Z\",\"producer\":\"donations\","
			+ "\"aggregateKey\":\"don_1\",\"payload\":{\"donationId\":\"don_1\",\"supporterId\":\"sup_1\","
			+ "\"amountPence\":2500,\"giftAid\":true,\"giftAidDeclarationId\":\"gad_1\",\"region\":\"LONDON\"}}";

	@Test
	void readsEveryDonationTheCodecWritesAsTheCodecReadsIt() {
		SplittableRandom random = new SplittableRandom(5);
		Region[] regions = Region.values();
		for (int i = 0; i < 20_000; i++) {
			boolean giftAid = random.nextBoolean();
			long pence = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextLong(100_000);
				case 2 -> random.nextLong(Long.MAX_VALUE);
				default -> 999_999_999_999_999_999L;
			};
			DonationReceived donation = new DonationReceived("don_" + i, "sup-" + random.nextInt(500) + " x", pence,
					giftAid, (giftAid || i % 3 == 0) ? "gad_" + i : null, regions[random.nextInt(regions.length)]);
			Instant at = Instant.ofEpochSecond(1_800_000_000L + random.nextLong(1_000_000_000L),
					(i % 2 == 0) ? 0 : random.nextInt(1_000_000_000));
			byte[] bytes = EventCodec.encode(new EventEnvelope(UUID.randomUUID(), "donation.received", 1, at,
					"donations", donation.donationId(), donation));

			EventEnvelope expected = EventCodec.decode(bytes);
			if (pence <= 999_999_999_999_999_999L) {
				assertThat(PlainDonationDecoder.plainDonation(bytes)).isEqualTo(expected);
			}
			assertThat(PlainDonationDecoder.decode(bytes)).isEqualTo(expected);
		}
	}

	@Test
	void readsThePlainShapeItself() {
		assertThat(PlainDonationDecoder.plainDonation(PLAIN.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(EventCodec.decode(PLAIN.getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest
	@ValueSource(strings = { " {", "\"sup_1\"|\"sup\\u005f1\"", "\"sup_1\"|\"süp_1\"", "\"sup_1\"|null",
			"\"sup_1\"|\"sup\t1\"", "2500|25.0", "2500|-2500", "2500|02500", "2500|2.5e3", "2500|\"2500\"",
			"2500|1234567890123456789", "2500|99999999999999999999", "2500|null", "true|\"true\"", "true|1",
			"\"gad_1\"|1", "LONDON|london", "LONDON|MARS", "LONDON|UNKNOWN", "\"LONDON\"|null",
			"\"schemaVersion\":1|\"schemaVersion\":2", "\"schemaVersion\":1|\"schemaVersion\":1.0",
			"6d4a2d9e-5a8b-4c5e-9a53-9a1b2c3d4e5f|not-a-uuid", "6d4a2d9e-5a8b-4c5e-9a53-9a1b2c3d4e5f|1-2-3-4-5",
			"2027-05-12T18:30:00.125Z|yesterday", "2027-05-12T18:30:00.125Z|2027-05-12T19:30:00.125+01:00",
			"\"producer\":\"donations\"|\"producer\":\" \"", "\"aggregateKey\":\"don_1\"|\"aggregateKey\":\"\"",
			",\"region\"|,\"extra\":[1,{\"a\":2}],\"region\"", ",\"giftAid\":true|,\"giftAid\":true,\"giftAid\":false",
			"}}|} }", "}}|}}  ", "}}|}}x", "}}|},\"later\":1}", "\"type\":|\"kind\":\"x\",\"type\":" })
	void leavesEveryOtherShapeToTheCodecAndEndsAsItDoes(String change) {
		String[] parts = change.split("\\|", 2);
		String changed = (parts.length == 1) ? parts[0] + PLAIN : PLAIN.replace(parts[0], parts[1]);
		assertThat(changed).isNotEqualTo(PLAIN);
		byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);

		EventEnvelope expected;
		try {
			expected = EventCodec.decode(bytes);
		}
		catch (UnreadableEventException ex) {
			assertThatExceptionOfType(UnreadableEventException.class)
				.isThrownBy(() -> PlainDonationDecoder.decode(bytes));
			return;
		}
		EventEnvelope plain = PlainDonationDecoder.plainDonation(bytes);
		if (plain != null) {
			assertThat(plain).isEqualTo(expected);
		}
		assertThat(PlainDonationDecoder.decode(bytes)).isEqualTo(expected);
	}

}
