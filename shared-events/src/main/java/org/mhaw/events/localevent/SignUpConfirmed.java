package org.mhaw.events.localevent;

import org.mhaw.events.DomainEvent;

/**
 * A supporter holds a place at a local event.
 *
 * @param signUpId the sign-up's id
 * @param localEventId the event (the record key, so places are decided in order)
 * @param supporterId opaque supporter id
 * @param fromWaitlist whether a cancellation promoted this sign-up from the waitlist
 */
public record SignUpConfirmed(String signUpId, String localEventId, String supporterId,
		boolean fromWaitlist) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.localEventId;
	}

}
