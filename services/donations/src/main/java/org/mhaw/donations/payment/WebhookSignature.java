package org.mhaw.donations.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks payment webhooks: {@code Payment-Signature: t=<unix seconds>,v1=<hex>}
 * where the hex is HMAC-SHA256 over {@code t + "." + body} with the shared secret. The
 * timestamp is inside the signature, so an old webhook cannot be replayed with a new
 * time; signatures are compared in constant time so timing reveals nothing.
 */
public final class WebhookSignature {

	public static final String HEADER = "Payment-Signature";

	private static final Pattern FORMAT = Pattern.compile("t=(\\d{1,12}),v1=([0-9a-f]{64})");

	private final SecretKeySpec key;

	private final Duration tolerance;

	private final Clock clock;

	public WebhookSignature(String secret, Duration tolerance, Clock clock) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalStateException(
					"mhaw.donations.payments.webhook-secret (PAYMENT_WEBHOOK_SECRET) is not set");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/**
	 * The header value signing a body now.
	 * @param body the exact bytes to be sent
	 * @return the {@code Payment-Signature} value
	 */
	public String sign(byte[] body) {
		long timestamp = this.clock.instant().getEpochSecond();
		return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac(timestamp, body));
	}

	/**
	 * Checks a webhook's signature.
	 * @param header the {@code Payment-Signature} value, or {@code null}
	 * @param body the exact bytes received
	 * @return {@code null} when valid, else why not
	 */
	public Rejection check(String header, byte[] body) {
		if (header == null) {
			return Rejection.MALFORMED;
		}
		Matcher matcher = FORMAT.matcher(header.strip());
		if (!matcher.matches()) {
			return Rejection.MALFORMED;
		}
		long timestamp = Long.parseLong(matcher.group(1));
		byte[] expected = mac(timestamp, body);
		byte[] given = HexFormat.of().parseHex(matcher.group(2));
		if (!MessageDigest.isEqual(expected, given)) {
			return Rejection.FORGED;
		}
		long age = this.clock.instant().getEpochSecond() - timestamp;
		return (Math.abs(age) > this.tolerance.toSeconds()) ? Rejection.STALE : null;
	}

	private byte[] mac(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JVM", ex);
		}
	}

	/** Why a webhook's signature was refused. */
	public enum Rejection {

		/** No header, or not {@code t=…,v1=…}. */
		MALFORMED,
		/** The signature does not match: not from the provider, or altered. */
		FORGED,
		/** Signed outside the tolerance: a replay, or a clock far off. */
		STALE

	}

}
