package org.mhaw.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

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

	private static final String SIGNATURE = "Payment-Signature";

	private static final String BODY = """
			{"id":"evt_%s","type":"payment.succeeded","donationId":"%s","paymentId":"%s","amountPence":%d,"currency":"GBP"}""";

	private final URI uri;

	private final byte[] secret;

	private final ThreadLocal<Mac> macs;

	SignedWebhook(URI baseUrl, String secret) {
		this.uri = baseUrl.resolve(PATH);
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	URI uri() {
		return this.uri;
	}

	/** Made-up pending donations, for the bare endpoint that checks nothing. */
	static List<PendingDonation> madeUp(int count) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		return IntStream.range(0, count)
			.mapToObj((n) -> new PendingDonation("don_" + run + "_" + n, "sbx-don_" + run + "_" + n, 2500))
			.toList();
	}

	/**
	 * The confirmations of {@code donations}, signed now (the service takes a signature
	 * for five minutes), one request a line for wrk.
	 */
	RequestFile file(Path path, List<PendingDonation> donations, boolean reusable) {
		return RequestFile.write(path, donations.stream().map((donation) -> {
			Signed signed = sign(donation);
			return RequestFile.line(signed.body(),
					Map.of("Content-Type", "application/json", SIGNATURE, signed.signature()));
		}).toList(), reusable);
	}

	private Signed sign(PendingDonation donation) {
		String body = String.format(BODY, UUID.randomUUID(), donation.donationId(), donation.paymentId(),
				donation.amountPence());
		long timestamp = System.currentTimeMillis() / 1000;
		return new Signed(body, "t=" + timestamp + ",v1=" + hmac(timestamp + "." + body));
	}

	private String hmac(String payload) {
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

	private record Signed(String body, String signature) {

	}

}
