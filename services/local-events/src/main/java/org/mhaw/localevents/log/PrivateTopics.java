package org.mhaw.localevents.log;

/**
 * Topics only this service reads and writes. They hold what must survive a restart but
 * may not travel on a shared topic: partners and their key hashes, the full text of each
 * event revision, and the ordered log of sign-up and cancellation requests that places
 * are decided from.
 */
public final class PrivateTopics {

	/** Partners registered, keys issued and revoked; keyed by partner id. */
	public static final String PARTNERS = "mhaw.local-events.partners";

	/** The details of each event revision; keyed by local event id. */
	public static final String EVENT_DETAILS = "mhaw.local-events.details";

	/**
	 * Everything that decides places: places opened or closed, sign-ups and cancellations
	 * requested; keyed by local event id so each event's requests are in one order.
	 */
	public static final String PLACES = "mhaw.local-events.places";

	private PrivateTopics() {
	}

}
