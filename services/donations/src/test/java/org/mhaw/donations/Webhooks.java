package org.mhaw.donations;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.mhaw.donations.payment.WebhookSignature;

/** Payment notifications as the provider sends them, signed with the test secret. */
final class Webhooks {

	static final String SECRET = "test-webhook-secret";

	private static final WebhookSignature SIGNER = new WebhookSignature(SECRET, Duration.ofMinutes(5),
			Clock.systemUTC());

	private Webhooks() {
	}

	static String succeeded(String donationId, long amountPence) {
		return notification("payment.succeeded", donationId, amountPence);
	}

	static String failed(String donationId, long amountPence) {
		return notification("payment.failed", donationId, amountPence);
	}

	static String notification(String type, String donationId, long amountPence) {
		return "{\"id\":\"evt-" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"donationId\":\"" + donationId
				+ "\",\"paymentId\":\"pay-" + donationId + "\",\"amountPence\":" + amountPence
				+ ",\"currency\":\"GBP\"}";
	}

	static String sign(String body) {
		return SIGNER.sign(body.getBytes(StandardCharsets.UTF_8));
	}

	static String signAt(String body, Clock clock) {
		return new WebhookSignature(SECRET, Duration.ofMinutes(5), clock).sign(body.getBytes(StandardCharsets.UTF_8));
	}

}
