package org.mhaw.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a valid idempotency key looks like, and how requests and ids are derived from one.
 */
public final class IdempotencyKeys {

	public static final String HEADER = "Idempotency-Key";

	/** 8 to 128 characters, letters, digits and {@code - _ . :} (a UUID is ideal). */
	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

	private IdempotencyKeys() {
	}

	public static boolean isValid(String key) {
		return key != null && VALID.matcher(key).matches();
	}

	/** A new key, for a form rendered by the server (the page's hidden field). */
	public static String newKey() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Identifies a request, so the same key with another body is told apart from a retry.
	 * @param method HTTP method
	 * @param path request path
	 * @param body request body
	 * @return a hex SHA-256 of the three
	 */
	public static String fingerprint(String method, String path, byte[] body) {
		MessageDigest digest = sha256();
		digest.update(method.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		digest.update(path.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		digest.update(body);
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * An id derived from the key, so a request run again after a crash (its lease
	 * expired) creates the same aggregate, not a second one.
	 * @param prefix the id's prefix, such as {@code don}
	 * @param key the idempotency key
	 * @return a stable id such as {@code don-3f2a…}
	 */
	public static String derivedId(String prefix, String key) {
		byte[] hash = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
		return prefix + "-" + HexFormat.of().formatHex(hash, 0, 12);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
