package org.mhaw.pledges.pledging;

import java.time.Instant;

/**
 * What this service alone knows about a supporter, kept on its private topic (never on a
 * shared one). Erasing a supporter is a tombstone for their key.
 *
 * @param supporterId their opaque id
 * @param email the address they gave
 * @param firstName the first name they gave, or {@code null}
 * @param contactConsent whether they agreed to be contacted, at their last pledge
 * @param consentWordingVersion the version of the words they saw ({@link ContactConsent})
 * @param consentRecordedAt when they made that choice
 */
record Supporter(String supporterId, String email, String firstName, boolean contactConsent,
		String consentWordingVersion, Instant consentRecordedAt) {

}
