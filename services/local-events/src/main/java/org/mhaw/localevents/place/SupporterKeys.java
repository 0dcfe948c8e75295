package org.mhaw.localevents.place;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mhaw.localevents.LocalEventsSettings;
import org.mhaw.platform.supporter.SupporterIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The opaque supporter id (the platform's), and keyed hashes with the service's secret
 * for the unguessable links a supporter gets: one to see or cancel a sign-up, one for the
 * calendar of all their sign-ups. Links are derived, not stored, so they survive a
 * restart without being written anywhere.
 */
@Component
public class SupporterKeys {

	private static final Logger logger = LoggerFactory.getLogger(SupporterKeys.class);

	private static final int TOKEN_HEX = 32;

	private final SecretKeySpec secret;

	private final SupporterIds supporterIds;

	SupporterKeys(LocalEventsSettings settings, SupporterIds supporterIds) {
		this.supporterIds = supporterIds;
		String configured = settings.secret();
		byte[] key;
		if (configured == null || configured.isBlank()) {
			key = new byte[32];
			new SecureRandom().nextBytes(key);
			logger.warn("No LOCAL_EVENTS_SECRET set: supporter ids and sign-up links will change at restart "
					+ "(local use only)");
		}
		else {
			key = configured.getBytes(StandardCharsets.UTF_8);
		}
		this.secret = new SecretKeySpec(key, "HmacSHA256");
	}

	/**
	 * The opaque id an email address stands for on shared topics: the platform's, shared
	 * by every service.
	 */
	public String supporterId(String email) {
		return this.supporterIds.of(email);
	}

	/** The link token that shows and cancels one sign-up. */
	public String signUpToken(String localEventId, String signUpId) {
		return localEventId + "." + signUpId + "."
				+ hmac("sign-up:" + localEventId + ":" + signUpId).substring(0, TOKEN_HEX);
	}

	/** The link token for a supporter's calendar of sign-ups. */
	public String calendarToken(String supporterId) {
		return supporterId + "." + hmac("calendar:" + supporterId).substring(0, TOKEN_HEX);
	}

	/** The event and sign-up a genuine sign-up token names. */
	Optional<SignUpRef> readSignUpToken(String token) {
		String[] parts = (token != null) ? token.split("\\.") : new String[0];
		if (parts.length != 3 || !matches(signUpToken(parts[0], parts[1]), token)) {
			return Optional.empty();
		}
		return Optional.of(new SignUpRef(parts[0], parts[1]));
	}

	/** The supporter a genuine calendar token names. */
	public Optional<String> readCalendarToken(String token) {
		String[] parts = (token != null) ? token.split("\\.") : new String[0];
		if (parts.length != 2 || !matches(calendarToken(parts[0]), token)) {
			return Optional.empty();
		}
		return Optional.of(parts[0]);
	}

	private static boolean matches(String expected, String presented) {
		// Constant time, so a token cannot be guessed one character at a time.
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				presented.getBytes(StandardCharsets.UTF_8));
	}

	private String hmac(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.secret);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JVM", ex);
		}
	}

	record SignUpRef(String localEventId, String signUpId) {

	}

}
