package org.mhaw.platform.supporter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a supporter's email into the opaque id that links their actions on the shared
 * topics: an HMAC-SHA256 of the normalised email under one platform secret. Every service
 * derives it the same way, so a donor who also pledges and signs up is one supporter on
 * the dashboard, while the email stays in the service that collected it and nobody
 * holding only the topics can confirm an email by hashing guesses.
 */
public class SupporterIds {

	private final SecretKeySpec key;

	public SupporterIds(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalStateException(
					"mhaw.supporter-id.secret (SUPPORTER_ID_SECRET) must be set, at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * The supporter id for an email.
	 * @param email as typed; case and surrounding spaces do not matter
	 * @return an id such as {@code sup-1f2e…}
	 */
	public String of(String email) {
		String normalised = email.strip().toLowerCase(Locale.ROOT);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] hash = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
			return "sup-" + HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JVM", ex);
		}
	}

}
