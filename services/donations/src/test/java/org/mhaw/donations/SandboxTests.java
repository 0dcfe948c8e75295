package org.mhaw.donations;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.RealInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the sandbox provider as it runs locally (it confirms each payment by calling the
 * signed webhook itself), a supporter's donation through the API or the page ends
 * received, or declined when the sandbox is told to decline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mhaw.rate-limit.enabled=false", "mhaw.donations.payments.sandbox.delay=50ms" })
@RealInfrastructure
class SandboxTests {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|idempotencyKey)\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Test
	void sandboxConfirmsADonationByItselfOnce() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);

		HttpResponse<String> created = new DonationsHttp(this.port).postJson("/api/donations", key,
				Donations.simple(2000));

		assertThat(created.statusCode()).isEqualTo(202);
		assertThat(DonationsHttp.json(created).path("payment").path("confirmsBySelf").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(Donations.received(donationId)).singleElement()
				.satisfies((received) -> assertThat(received.amountPence()).isEqualTo(2000)));
	}

	@Test
	void amountEndingIn13PenceIsDeclined() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		DonationsHttp http = new DonationsHttp(this.port);

		http.postJson("/api/donations", key, Donations.simple(513));

		awaitDeclinedAndNeverReceived(http, donationId);
	}

	@Test
	void sandboxDeclineFlagIsDeclined() {
		String key = Donations.newKey();
		String donationId = Donations.idFor(key);
		DonationsHttp http = new DonationsHttp(this.port);

		http.postJson("/api/donations", key, Donations.simple(1000).replace("}", ",\"sandbox\":{\"decline\":true}}"));

		awaitDeclinedAndNeverReceived(http, donationId);
	}

	@Test
	void pageRendersLabelledFieldsAndAcceptsADonationWithoutJavaScript() {
		DonationsHttp browser = new DonationsHttp(this.port);

		HttpResponse<String> page = browser.get("/donate");
		Map<String, String> hidden = hiddenFields(page.body());
		Map<String, String> form = Map.of("_csrf", hidden.get("_csrf"), "idempotencyKey", hidden.get("idempotencyKey"),
				"amountChoice", "other", "otherAmount", "12.50", "email", "robin@example.org", "displayName", "Robin",
				"message", "For the Tuesday walking group", "postcode", "LS1 4AP");
		HttpResponse<String> posted = browser.postForm("/donate", form);
		HttpResponse<String> again = browser.postForm("/donate", form);
		String thankYou = posted.headers().firstValue("Location").orElseThrow();
		String donationId = Donations.idFor(hidden.get("idempotencyKey"));

		assertThat(page.statusCode()).isEqualTo(200);
		for (String field : new String[] { "otherAmount", "email", "displayName", "message", "region", "postcode",
				"firstName", "surname", "houseNameOrNumber", "giftAidPostcode", "ukTaxpayer", "anonymous",
				"giftAid" }) {
			assertThat(page.body()).contains("for=\"" + field + "\"").contains("id=\"" + field + "\"");
		}
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(thankYou).endsWith("/donate/thank-you/" + donationId);
		assertThat(again.headers().firstValue("Location")).hasValue(thankYou);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(browser.get("/donate/thank-you/" + donationId).body())
				.contains("Thank you for your gift of £12.50")
				.contains(donationId));
		assertThat(Donations.received(donationId)).singleElement()
			.satisfies((received) -> assertThat(received.amountPence()).isEqualTo(1250));
	}

	@Test
	void pageShowsErrorsInASummaryLinkedToTheFields() {
		DonationsHttp browser = new DonationsHttp(this.port);
		Map<String, String> hidden = hiddenFields(browser.get("/donate").body());

		HttpResponse<String> posted = browser.postForm("/donate",
				Map.of("_csrf", hidden.get("_csrf"), "idempotencyKey", hidden.get("idempotencyKey"), "amountChoice",
						"other", "otherAmount", "lots", "email", "not-an-email", "giftAid", "true", "firstName",
						"Robin"));

		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("There is a problem")
			.contains("<a href=\"#otherAmount\">Enter an amount in pounds, such as 12.50</a>")
			.contains("<a href=\"#email\">")
			.contains("<a href=\"#surname\">")
			.contains("<a href=\"#ukTaxpayer\">")
			.contains("id=\"email-error\"")
			.contains("aria-invalid=\"true\"")
			.contains("value=\"Robin\"");
		assertThat(Donations.privateEntries(Donations.idFor(hidden.get("idempotencyKey")))).isEmpty();
	}

	@Test
	void postWithoutTheFormsTokenIsRefused() {
		HttpResponse<String> posted = new DonationsHttp(this.port).postForm("/donate",
				Map.of("idempotencyKey", Donations.newKey(), "amountChoice", "500", "email", "robin@example.org"));

		assertThat(posted.statusCode()).isEqualTo(403);
	}

	private static void awaitDeclinedAndNeverReceived(DonationsHttp http, String donationId) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					DonationsHttp.json(http.get("/api/donations/" + donationId)).path("status").asString())
				.isEqualTo("declined"));
		assertThat(Donations.received(donationId)).isEmpty();
	}

	private static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new java.util.HashMap<>();
		Matcher matcher = HIDDEN.matcher(html);
		while (matcher.find()) {
			fields.put(matcher.group(1), matcher.group(2));
		}
		assertThat(fields).containsKeys("_csrf", "idempotencyKey");
		return fields;
	}

}
