package org.mhaw.donations;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, a bad donation is a 4xx naming the field, and nothing is
 * written.
 */
@DonationsTest
class BadInputTests {

	private static final String VALID = Donations.simple(1000);

	@LocalServerPort
	private int port;

	static Stream<Arguments> badBodies() {
		return Stream
			.of(Arguments.of("amount as text", VALID.replace("1000", "\"ten\""), 400, "amountPence"),
					Arguments.of("amount as boolean", VALID.replace("1000", "true"), 400, "amountPence"),
					Arguments.of("negative amount", VALID.replace("1000", "-500"), 400, "amountPence"),
					Arguments.of("zero", VALID.replace("1000", "0"), 400, "amountPence"),
					Arguments.of("under £1", VALID.replace("1000", "99"), 400, "amountPence"),
					Arguments.of("fractional pence", VALID.replace("1000", "1000.5"), 400, "amountPence"),
					Arguments.of("pounds with a point", VALID.replace("1000", "10.00"), 400, "amountPence"),
					Arguments.of("huge number", VALID.replace("1000", "99999999999999999999999"), 400, "amountPence"),
					Arguments.of("over the maximum", VALID.replace("1000", "1000001"), 400, "amountPence"),
					Arguments.of("null amount", VALID.replace("1000", "null"), 400, "amountPence"),
					Arguments.of("missing amount", VALID.replace("\"amountPence\":1000,", ""), 400, "amountPence"),
					Arguments.of("euros", VALID.replace("GBP", "EUR"), 400, "currency"),
					Arguments.of("lower-case currency", VALID.replace("GBP", "gbp"), 400, "currency"),
					Arguments.of("missing currency", VALID.replace("\"currency\":\"GBP\",", ""), 400, "currency"),
					Arguments.of("missing email", VALID.replace("\"email\":\"sam@example.org\",", ""), 400, "email"),
					Arguments.of("not an email", VALID.replace("sam@example.org", "sam at home"), 400, "email"),
					Arguments.of("unknown field", VALID.replace("{", "{\"tipPence\":100,"), 400, "tipPence"),
					Arguments.of("unknown region", VALID.replace("NORTH_WEST", "ATLANTIS"), 400, "region"),
					Arguments.of("message too long", VALID.replace("}", ",\"message\":\"" + "a".repeat(281) + "\"}"),
							400, "message"),
					Arguments.of("not a postcode", VALID.replace("}", ",\"postcode\":\"12345\"}"), 400, "postcode"),
					Arguments.of("Gift Aid without taxpayer",
							Donations.withGiftAidAndMessage(1000)
								.replace("\"ukTaxpayer\":true", "\"ukTaxpayer\":false"),
							400, "giftAid.ukTaxpayer"),
					Arguments.of("Gift Aid without surname",
							Donations.withGiftAidAndMessage(1000).replace("\"surname\":\"Quillfeather\",", ""), 400,
							"giftAid.surname"),
					Arguments.of("Gift Aid with old wording",
							Donations.withGiftAidAndMessage(1000).replace("single-donation-2025-05", "2019"), 400,
							"giftAid.wordingVersion"),
					Arguments.of("broken JSON", "{\"amountPence\":1000,", 400, null),
					Arguments.of("not an object", "[1000]", 400, null),
					Arguments.of("1 MB body", "{\"message\":\"" + "a".repeat(1024 * 1024) + "\"}", 413, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badBodies")
	void refusesWithProblemNamingTheField(String why, String body, int status, String field) {
		String key = Donations.newKey();

		HttpResponse<String> response = new DonationsHttp(this.port).postJson("/api/donations", key, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = DonationsHttp.json(response);
		if (field != null) {
			assertThat(problem.path("field").asString()).isEqualTo(field);
		}
		assertThat(new DonationsHttp(this.port).get("/api/donations/" + Donations.idFor(key)).statusCode())
			.isEqualTo(404);
	}

	@Test
	void noBadBodyWritesAnythingToAnyTopic() {
		int before = Donations.recordsEverywhere();

		badBodies().forEach((row) -> new DonationsHttp(this.port).postJson("/api/donations", Donations.newKey(),
				(String) row.get()[1]));

		assertThat(Donations.recordsEverywhere()).isEqualTo(before);
	}

	@Test
	void missingIdempotencyKeyIsRefused() {
		HttpResponse<String> response = new DonationsHttp(this.port).postJson("/api/donations", null, VALID);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(DonationsHttp.json(response).path("type").asString()).endsWith("idempotency-key-missing");
	}

}
