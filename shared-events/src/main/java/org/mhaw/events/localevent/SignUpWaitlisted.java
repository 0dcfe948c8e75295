package org.mhaw.events.localevent;

import org.mhaw.events.DomainEvent;

/**
 * The event was full: the supporter joined its waitlist.
 *
 * @param signUpId the sign-up's id
 * @param localEventId the event
 * @param supporterId opaque supporter id
 * @param position place in the waitlist when joining, from 1
 */
public record SignUpWaitlisted(String signUpId, String localEventId, String supporterId,
		int position) implements DomainEvent {

	@Override
	public String aggregateKey() {
		return this.localEventId;
	}

}
