package org.mhaw.events.localevent;

import org.mhaw.events.DomainEvent;

/**
 * A supporter cancelled a sign-up (confirmed or waitlisted).
 *
 * @param signUpId the sign-up's id
 * @param localEventId the event
 * @param supporterId opaque supporter id
 * @param wasConfirmed whether it held a place (which then goes to the first on the
 * waitlist)
 */
public record SignUpCancelled(String signUpId, String localEventId, String supporterId,
		boolean wasConfirmed) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.localEventId;
	}

}
