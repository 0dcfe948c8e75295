package org.mhaw.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The payment provider's confirmation, as the donations service takes it: the body
 * template and the signature ({@code Payment-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body">}) live here and nowhere else. Each request confirms one
 * pending donation, so each 2xx is one more donation received.
 */
final class SignedWebhook {

	static final String PATH = "/webhooks/payments";

	private static final String BODY = """
			{"id":"evt_%s","type":"payment.succeeded","donationId":"%s","paymentId":"%s","amountPence":%d,"currency":"GBP"}""";

	private final URI uri;

	private final byte[] secret;

	private final Supplier<PendingDonation> pending;

	private final ThreadLocal<Mac> macs;

	/**
	 * @param pending the donations to confirm, one per request; {@code null} when there
	 * are no more
	 */
	SignedWebhook(URI baseUrl, String secret, Supplier<PendingDonation> pending) {
		this.uri = baseUrl.resolve(PATH);
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.pending = pending;
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/** Made-up pending donations, for the bare endpoint that checks nothing. */
	static Supplier<PendingDonation> madeUp() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		AtomicLong sequence = new AtomicLong();
		return () -> {
			long n = sequence.incrementAndGet();
			return new PendingDonation("don_" + run + "_" + n, "sbx-don_" + run + "_" + n, 2500);
		};
	}

	/** The next confirmation, or {@code null} when no donation is left to confirm. */
	HttpRequest next() {
		PendingDonation donation = this.pending.get();
		if (donation == null) {
			return null;
		}
		String body = String.format(BODY, UUID.randomUUID(), donation.donationId(), donation.paymentId(),
				donation.amountPence());
		long timestamp = System.currentTimeMillis() / 1000;
		return HttpRequest.newBuilder(this.uri)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Payment-Signature", "t=" + timestamp + ",v1=" + sign(timestamp + "." + body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private String sign(String payload) {
		return HexFormat.of().formatHex(this.macs.get().doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
