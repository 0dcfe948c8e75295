package org.mhaw.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Envelope times read as {@link Instant#parse} reads them: the same instant, or the same
 * rejection.
 */
class IsoInstantsTests {

	@Test
	void readsWhatInstantToStringWritesAsInstantParseDoes() {
		SplittableRandom random = new SplittableRandom(12);
		long lastSecondOf9999 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
		for (int i = 0; i < 200_000; i++) {
			long second = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(), lastSecondOf9999 + 1);
			int nanos = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1_000;
				default -> random.nextInt(1_000_000_000);
			};
			String text = Instant.ofEpochSecond(second, nanos).toString();

			assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-05-12T18:30:00Z", "2027-05-12T18:30:00.5Z", "2027-05-12T18:30:00.12Z",
			"2027-05-12T18:30:00.1234567Z", "2027-05-12T18:30:00.123456789Z", "2024-02-29T00:00:00Z",
			"2000-02-29T23:59:59Z", "0000-01-01T00:00:00Z", "2027-05-12t18:30:00z", "2027-05-12T18:30:00+01:00",
			"2027-05-12T18:30:00-00:30", "2027-05-12T24:00:00Z", "2016-12-31T23:59:60Z", "+12027-05-12T18:30:00Z",
			"2027-05-12T18:30Z", "2027-05-12T18:30:00.Z", "2027-05-12T18:30:00.1234567890Z", "1900-02-29T00:00:00Z",
			"2027-04-31T00:00:00Z", "2027-13-01T00:00:00Z", "2027-00-01T00:00:00Z", "2027-05-00T00:00:00Z",
			"2027-05-12T18:60:00Z", "2027-05-12T18:30:61Z", "2027-05-12 18:30:00Z", "2027-05-12T18:30:00",
			"2027-05-1xT18:30:00Z", "٢٠٢٧-05-12T18:30:00Z", "yesterday", "" })
	void readsOrRejectsEveryOtherShapeAsInstantParseDoes(String text) {
		Instant expected;
		try {
			expected = Instant.parse(text);
		}
		catch (DateTimeException ex) {
			assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> IsoInstants.parse(text));
			return;
		}
		assertThat(IsoInstants.parse(text)).isEqualTo(expected);
	}

}
