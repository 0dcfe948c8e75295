package org.mhaw.pledges.pledging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.mhaw.pledges.Hmac;

/**
 * The proof that whoever withdraws a pledge is whoever made it: a keyed hash of the
 * pledge id, handed out once when the pledge is made. Nothing is stored; without the
 * service's secret it cannot be guessed.
 */
class WithdrawalTokens {

	private final Hmac hmac;

	WithdrawalTokens(Hmac hmac) {
		this.hmac = hmac;
	}

	String issue(String pledgeId) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(this.hmac.sign("withdraw:" + pledgeId));
	}

	boolean verify(String pledgeId, String token) {
		if (token == null) {
			return false;
		}
		return Hmac.same(issue(pledgeId).getBytes(StandardCharsets.US_ASCII),
				token.getBytes(StandardCharsets.US_ASCII));
	}

}
