package org.mhaw.events.localevent;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;

/**
 * A partner or staff cancelled a local event; its sign-ups are to be told.
 *
 * @param localEventId the event's id
 * @param partnerId its partner
 * @param category its category
 * @param region its region
 * @param wasApproved whether it had been approved (and so counted) before
 */
public record LocalEventCancelled(String localEventId, String partnerId, EventCategory category, Region region,
		boolean wasApproved) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.localEventId;
	}

}
