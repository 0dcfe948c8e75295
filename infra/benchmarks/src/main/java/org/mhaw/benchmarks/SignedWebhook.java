package org.mhaw.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The payment provider's confirmation, as the donations service expects it: the body
 * template and the signature ({@code Payment-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body">}) live here and nowhere else. Each request confirms a new
 * payment, so each 2xx is one more donation.
 */
final class SignedWebhook {

	static final String PATH = "/webhooks/payments";

	private static final String BODY = """
			{"id":"evt_%1$s","type":"payment.succeeded","paymentId":"pay_%1$s","donationId":"don_%1$s",\
			"amountPence":%2$d,"currency":"GBP","giftAid":false,"region":"LONDON","email":"supporter-%3$d@example.org"}""";

	private static final long[] AMOUNTS = { 500, 1000, 2500, 5000, 10000 };

	private final URI uri;

	private final byte[] secret;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final AtomicLong sequence = new AtomicLong();

	private final ThreadLocal<Mac> macs;

	SignedWebhook(URI baseUrl, String secret) {
		this.uri = baseUrl.resolve(PATH);
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	HttpRequest next() {
		long n = this.sequence.incrementAndGet();
		String body = String.format(BODY, this.run + "_" + n, AMOUNTS[(int) (n % AMOUNTS.length)], n % 50_000);
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
