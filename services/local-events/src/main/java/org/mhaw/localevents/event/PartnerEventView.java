package org.mhaw.localevents.event;

import java.time.Instant;
import java.util.List;

import org.mhaw.localevents.place.PlacesSummary;
import org.mhaw.localevents.place.SignUp;
import org.mhaw.localevents.place.SignUpStatus;

/**
 * An event as its partner sees it: the latest revision, where it stands, its places, and
 * its attendees as far as each agreed to share.
 *
 * @param localEventId the event's id
 * @param revision the latest revision
 * @param status where it stands
 * @param rejectionReason why staff rejected it, when they did
 * @param listedRevision the revision supporters see, or {@code null}
 * @param details what the latest revision says
 * @param places places taken and waiting
 * @param attendees the sign-ups (omitted from lists)
 */
record PartnerEventView(String localEventId, int revision, EventStatus status, String rejectionReason,
		Integer listedRevision, EventDetails details, PlacesSummary places, List<Attendee> attendees) {

	static PartnerEventView of(LocalEvent event, PlacesSummary places, List<SignUp> signUps) {
		List<Attendee> attendees = (signUps != null) ? signUps.stream()
			.filter((signUp) -> signUp.status() != SignUpStatus.CANCELLED)
			.map(Attendee::of)
			.toList() : null;
		return new PartnerEventView(event.localEventId(), event.latestRevision(), event.status(),
				event.rejectionReason(), event.approvedRevision(), event.details(), places, attendees);
	}

	/**
	 * One attendee, limited to what they agreed to share: never their email.
	 *
	 * @param status confirmed or waitlisted
	 * @param waitlistPosition their place in the waitlist, when waitlisted
	 * @param name their name, or {@code null} when not shared
	 * @param accessNeeds their access needs, or {@code null} when none or not shared
	 * @param signedUpAt when they signed up
	 */
	record Attendee(SignUpStatus status, Integer waitlistPosition, String name, String accessNeeds,
			Instant signedUpAt) {

		static Attendee of(SignUp signUp) {
			boolean shared = signUp.shareWithOrganiser();
			return new Attendee(signUp.status(),
					(signUp.status() == SignUpStatus.WAITLISTED) ? signUp.waitlistPosition() : null,
					shared ? signUp.name() : null, shared ? signUp.accessNeeds() : null, signUp.requestedAt());
		}

	}

}
