package org.mhaw.donations.payment;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook's hand-written answer is JSON whatever the provider sent as the donation
 * id.
 */
class WebhookAnswerTests {

	@Test
	void answersWithTheDonationAndWhatHappened() {
		JsonNode answer = read(PaymentWebhookController.answer("d-42", PaymentConfirmation.Outcome.APPLIED));

		assertThat(answer.size()).isEqualTo(2);
		assertThat(answer.path("donationId").asString()).isEqualTo("d-42");
		assertThat(answer.path("outcome").asString()).isEqualTo("applied");
	}

	@Test
	void escapesADonationIdThatIsNotPlainText() {
		String odd = "\"quoted\" \\ back\u0001slash £ \n";

		JsonNode answer = read(PaymentWebhookController.answer(odd, PaymentConfirmation.Outcome.DUPLICATE));

		assertThat(answer.path("donationId").asString()).isEqualTo(odd);
		assertThat(answer.path("outcome").asString()).isEqualTo("duplicate");
	}

	private static JsonNode read(byte[] json) {
		return JsonMapper.builder().build().readTree(new String(json, StandardCharsets.UTF_8));
	}

}
