package org.mhaw.events.localevent;

import java.time.Instant;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;

/**
 * Staff approved a local event: it is listed and open for sign-ups.
 *
 * @param localEventId the event's id
 * @param partnerId its partner
 * @param revision the revision that was approved
 * @param category its category
 * @param region its region
 * @param startsAt start
 * @param capacity places, or {@code null} for unlimited
 */
public record LocalEventApproved(String localEventId, String partnerId, int revision, EventCategory category,
		Region region, Instant startsAt, Integer capacity) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.localEventId;
	}

}
