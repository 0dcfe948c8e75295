package org.mhaw.localevents.event;

/** Where an event's latest revision stands, as its partner sees it. */
public enum EventStatus {

	/** Waiting for staff review. */
	PENDING,
	/** Approved: listed and open for sign-ups. */
	APPROVED,
	/** Rejected, with a reason for the partner. */
	REJECTED,
	/** Cancelled by the partner. */
	CANCELLED

}
