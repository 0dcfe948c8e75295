package org.mhaw.donations.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mhaw.donations.DonationsSettings;

import org.springframework.stereotype.Component;

/**
 * Turns a supporter's email into the opaque id that links their donations on the shared
 * topics: an HMAC-SHA256 of the normalised email under a service secret, so nobody
 * holding only the topics can recover or confirm an email by hashing guesses.
 */
@Component
public class SupporterIds {

	private final SecretKeySpec key;

	SupporterIds(DonationsSettings settings) {
		String secret = settings.supporterIdSecret();
		if (secret == null || secret.isBlank()) {
			throw new IllegalStateException("mhaw.donations.supporter-id-secret (SUPPORTER_ID_SECRET) is not set");
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
