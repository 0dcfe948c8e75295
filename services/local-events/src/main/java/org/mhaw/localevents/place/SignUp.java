package org.mhaw.localevents.place;

import java.time.Instant;

/**
 * One supporter's sign-up to one event, as the places log decided it.
 *
 * @param signUpId its id, derived from the event, the supporter and their attempt, so a
 * replay of the log gives the same id
 * @param localEventId the event
 * @param requestId the request that created it
 * @param supporterId opaque supporter id
 * @param name the supporter's name
 * @param email their email address
 * @param accessNeeds what they said they need, or {@code null}
 * @param shareWithOrganiser whether they agreed to share their name and needs with the
 * organiser
 * @param requestedAt when they asked
 * @param status where it stands
 * @param waitlistPosition their place in the waitlist now (from 1), or 0
 * @param fromWaitlist whether a cancellation promoted them
 */
public record SignUp(String signUpId, String localEventId, String requestId, String supporterId, String name,
		String email, String accessNeeds, boolean shareWithOrganiser, Instant requestedAt, SignUpStatus status,
		int waitlistPosition, boolean fromWaitlist) {

}
