package org.mhaw.pledges;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with one of the service's secrets. */
public final class Hmac {

	private final SecretKeySpec key;

	public Hmac(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalStateException("an HMAC secret needs at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	public byte[] sign(String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JVM", ex);
		}
	}

	/** Compares in constant time, so a guesser learns nothing from how long it took. */
	public static boolean same(byte[] expected, byte[] actual) {
		return MessageDigest.isEqual(expected, actual);
	}

}
