package org.mhaw.pledges.pledging;

/**
 * The words a supporter agrees to when they tick "contact me", and their version. A
 * change to the words gets a new version, so every recorded consent says exactly what the
 * supporter saw.
 */
final class ContactConsent {

	static final String VERSION = "pledge-contact-2025-05-v1";

	static final String WORDING = "Yes, I'd like to hear from the charity by email about how my pledge is "
			+ "making a difference and other ways to support people's mental health. "
			+ "I can unsubscribe at any time.";

	private ContactConsent() {
	}

}
