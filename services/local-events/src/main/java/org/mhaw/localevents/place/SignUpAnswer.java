package org.mhaw.localevents.place;

/**
 * What a supporter is told after signing up or cancelling.
 *
 * @param signUpId the sign-up's id, or {@code null} while it is still being decided
 * @param localEventId the event
 * @param status confirmed, waitlisted, cancelled, or {@code PENDING} (decided shortly)
 * @param waitlistPosition their place in the waitlist, when waitlisted
 * @param alreadySignedUp this email had already signed up: the first sign-up stands
 * @param signUpUrl the private link to see or cancel the sign-up (only to the request
 * that made it)
 * @param calendarUrl the private calendar of all their sign-ups (only with the link)
 */
public record SignUpAnswer(String signUpId, String localEventId, String status, Integer waitlistPosition,
		boolean alreadySignedUp, String signUpUrl, String calendarUrl) {

	static SignUpAnswer pending(String localEventId) {
		return new SignUpAnswer(null, localEventId, "PENDING", null, false, null, null);
	}

}
