package org.mhaw.localevents.event;

import java.util.function.Predicate;

/** An access need a supporter can filter events by, with the words the pages use. */
public enum AccessNeed {

	STEP_FREE("Step-free access", EventDetails.Accessibility::stepFreeAccess),
	ACCESSIBLE_TOILET("Accessible toilet", EventDetails.Accessibility::accessibleToilet),
	HEARING_LOOP("Hearing loop", EventDetails.Accessibility::hearingLoop),
	BSL("British Sign Language", EventDetails.Accessibility::britishSignLanguage),
	QUIET_SPACE("Quiet space", EventDetails.Accessibility::quietSpace),
	SEATING("Seating available", EventDetails.Accessibility::seatingAvailable),
	ASSISTANCE_DOGS("Assistance dogs welcome", EventDetails.Accessibility::assistanceDogsWelcome);

	private final String label;

	private final Predicate<EventDetails.Accessibility> test;

	AccessNeed(String label, Predicate<EventDetails.Accessibility> test) {
		this.label = label;
		this.test = test;
	}

	public String label() {
		return this.label;
	}

	boolean metBy(EventDetails.Accessibility accessibility) {
		return this.test.test(accessibility);
	}

}
