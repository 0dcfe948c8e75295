package org.mhaw.localevents.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Partner API keys: 256 random bits, shown once, stored as their SHA-256. A slow password
 * hash adds nothing for a key this long, and a fast one lets every request be checked.
 */
final class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String PREFIX = "mhawp_";

	private ApiKeys() {
	}

	static String newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String newKeyId() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return "key-" + HexFormat.of().formatHex(bytes);
	}

	static String newPartnerId() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return "prt-" + HexFormat.of().formatHex(bytes);
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
