package org.mhaw.events.localevent;

import org.mhaw.events.DomainEvent;

/**
 * Staff rejected a local event; the partner sees the reason.
 *
 * @param localEventId the event's id
 * @param partnerId its partner
 * @param revision the revision that was rejected
 * @param reason why, in words for the partner
 */
public record LocalEventRejected(String localEventId, String partnerId, int revision,
		String reason) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.localEventId;
	}

}
