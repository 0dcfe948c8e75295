package org.mhaw.events.localevent;

import java.time.Instant;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.Region;

/**
 * A partner submitted a local event, or edited one (a new revision), for staff review.
 *
 * @param localEventId the event's id
 * @param partnerId the submitting partner
 * @param revision 1 for the first submission, then one more for each edit
 * @param category its category
 * @param region its region ({@link Region#ONLINE} when online)
 * @param startsAt start
 * @param endsAt end
 * @param capacity places, or {@code null} for unlimited
 * @param free whether attending is free
 */
public record LocalEventSubmitted(String localEventId, String partnerId, int revision, EventCategory category,
		Region region, Instant startsAt, Instant endsAt, Integer capacity, boolean free) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.localEventId;
	}

}
