package org.mhaw.localevents.event;

import java.time.Instant;

/**
 * One local event as the service knows it now.
 *
 * @param localEventId its id
 * @param partnerId the partner that runs it
 * @param latestRevision the revision last submitted
 * @param status where the latest revision stands
 * @param rejectionReason staff's reason when rejected
 * @param approvedRevision the revision supporters see, or {@code null} before any
 * approval (an edit awaiting review leaves the approved one listed)
 * @param details the latest revision's details
 * @param publicDetails the approved revision's details, or {@code null}
 * @param submittedAt when it was first submitted
 */
public record LocalEvent(String localEventId, String partnerId, int latestRevision, EventStatus status,
		String rejectionReason, Integer approvedRevision, EventDetails details, EventDetails publicDetails,
		Instant submittedAt) {

	/** Listed for supporters: approved at least once and not cancelled. */
	public boolean isListed() {
		return this.publicDetails != null && this.status != EventStatus.CANCELLED;
	}

}
