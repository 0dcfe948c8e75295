package org.mhaw.pledges.pledging;

import java.util.HexFormat;
import java.util.Locale;

import org.mhaw.pledges.Hmac;

/**
 * Turns an email into the opaque supporter id that travels in events: a keyed hash of the
 * normalised address, so the same person is recognised across pledges while the address
 * itself never leaves this service.
 */
class SupporterIds {

	private final Hmac hmac;

	SupporterIds(Hmac hmac) {
		this.hmac = hmac;
	}

	String of(String email) {
		String normalised = email.strip().toLowerCase(Locale.ROOT);
		return "sup-" + HexFormat.of().formatHex(this.hmac.sign(normalised), 0, 16);
	}

}
