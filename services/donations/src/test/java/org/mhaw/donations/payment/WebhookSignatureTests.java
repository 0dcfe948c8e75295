package org.mhaw.donations.payment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	private static final byte[] BODY = "{\"type\":\"payment.succeeded\"}".getBytes(StandardCharsets.UTF_8);

	private static final Instant NOW = Instant.parse("2025-05-14T19:30:00Z");

	private final WebhookSignature checker = signatureAt(NOW);

	@Test
	void acceptsItsOwnSignatureWithinTolerance() {
		String header = signatureAt(NOW.minus(Duration.ofMinutes(4))).sign(BODY);

		assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
		assertThat(this.checker.check(header, BODY)).isNull();
	}

	@Test
	void refusesAnotherBodyOrSecretAsForged() {
		String header = this.checker.sign(BODY);
		String otherSecret = new WebhookSignature("another-secret", Duration.ofMinutes(5),
				Clock.fixed(NOW, ZoneOffset.UTC))
			.sign(BODY);

		assertThat(this.checker.check(header, "{}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(WebhookSignature.Rejection.FORGED);
		assertThat(this.checker.check(otherSecret, BODY)).isEqualTo(WebhookSignature.Rejection.FORGED);
	}

	@Test
	void refusesASignatureOlderOrNewerThanFiveMinutesAsStale() {
		assertThat(this.checker.check(signatureAt(NOW.minus(Duration.ofSeconds(301))).sign(BODY), BODY))
			.isEqualTo(WebhookSignature.Rejection.STALE);
		assertThat(this.checker.check(signatureAt(NOW.plus(Duration.ofMinutes(6))).sign(BODY), BODY))
			.isEqualTo(WebhookSignature.Rejection.STALE);
	}

	@Test
	void refusesAMovedTimestampAsForged() {
		String header = signatureAt(NOW.minus(Duration.ofMinutes(10))).sign(BODY);
		String moved = header.replaceFirst("t=\\d+", "t=" + NOW.getEpochSecond());

		assertThat(this.checker.check(moved, BODY)).isEqualTo(WebhookSignature.Rejection.FORGED);
	}

	@Test
	void refusesHeadersNotOfTheAgreedShapeAsMalformed() {
		for (String header : new String[] { null, "", "v1=abc", "t=1", "t=x,v1=" + "a".repeat(64),
				"t=1,v1=" + "A".repeat(64), "t=1,v1=" + "a".repeat(63) }) {
			assertThat(this.checker.check(header, BODY)).as(header).isEqualTo(WebhookSignature.Rejection.MALFORMED);
		}
	}

	private static WebhookSignature signatureAt(Instant instant) {
		return new WebhookSignature("secret", Duration.ofMinutes(5), Clock.fixed(instant, ZoneOffset.UTC));
	}

}
