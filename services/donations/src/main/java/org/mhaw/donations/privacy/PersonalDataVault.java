package org.mhaw.donations.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.mhaw.donations.ledger.SupporterKeys;

import org.springframework.stereotype.Component;

/**
 * Crypto-shredding for the personal details donations keeps on its private topic. Each
 * supporter gets their own random AES-256 key ({@link SupporterKeys}, kept on a compacted
 * topic of their own); names, addresses, emails and messages go on the private topic only
 * encrypted with it (AES-GCM). Erasing a supporter deletes their key: the private topic
 * stays as it is, but what it holds about them can no longer be read by anyone.
 */
@Component
public class PersonalDataVault {

	private static final String FORMAT = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SupporterKeys keys;

	PersonalDataVault(SupporterKeys keys) {
		this.keys = keys;
	}

	/**
	 * Encrypts a value under the supporter's key, creating the key on first use.
	 * @param supporterId whose data it is
	 * @param plain the value, or {@code null}
	 * @return the sealed value, or {@code null} for {@code null}
	 */
	public String seal(String supporterId, String plain) {
		if (plain == null) {
			return null;
		}
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keyOf(supporterId, true), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(supporterId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[IV_BYTES + sealed.length];
			System.arraycopy(iv, 0, out, 0, IV_BYTES);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return FORMAT + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt personal data", ex);
		}
	}

	/**
	 * Decrypts a sealed value.
	 * @param supporterId whose data it is
	 * @param sealed the sealed value, or {@code null}
	 * @return the value, or {@code null} when there was none or the supporter was erased
	 */
	public String open(String supporterId, String sealed) {
		if (sealed == null || !sealed.startsWith(FORMAT)) {
			return null;
		}
		SecretKeySpec key = keyOf(supporterId, false);
		if (key == null) {
			return null;
		}
		try {
			byte[] in = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			cipher.updateAAD(supporterId.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Forgets a supporter: their key is deleted, so everything sealed with it is
	 * unreadable for good.
	 * @param supporterId the supporter
	 * @return whether there was a key to delete
	 */
	public boolean shred(String supporterId) {
		return this.keys.shred(supporterId);
	}

	private SecretKeySpec keyOf(String supporterId, boolean create) {
		byte[] key = create ? this.keys.findOrCreate(supporterId) : this.keys.find(supporterId);
		return (key != null) ? new SecretKeySpec(key, "AES") : null;
	}

}
