package org.mhaw.localevents.place;

/** Where a sign-up stands. */
public enum SignUpStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
