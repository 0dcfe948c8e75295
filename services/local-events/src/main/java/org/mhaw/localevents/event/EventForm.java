package org.mhaw.localevents.event;

import java.time.LocalDate;
import java.time.LocalTime;

import org.mhaw.events.Region;
import org.mhaw.events.localevent.EventCategory;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The partner's event form, field by field as the page posts it; turned into the same
 * {@link EventSubmission} the API takes, so both are checked by the same rules.
 */
record EventForm(String title, String description, EventCategory category, Boolean online, String venueName,
		String venueAddress, String postcode, Region region,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@DateTimeFormat(pattern = "HH:mm") LocalTime startTime, @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
		Integer capacity, Boolean free, Boolean stepFreeAccess, Boolean accessibleToilet, Boolean hearingLoop,
		Boolean britishSignLanguage, Boolean quietSpace, Boolean seatingAvailable, Boolean assistanceDogsWelcome,
		String accessNotes, String contactName, String contactEmail, String contactPhone) {

	static EventForm empty() {
		return new EventForm("", "", null, false, "", "", "", null, null, null, null, null, true, false, false, false,
				false, false, false, false, "", "", "", "");
	}

	EventSubmission toSubmission() {
		boolean isOnline = Boolean.TRUE.equals(this.online);
		EventDetails.Venue venue = isOnline ? null : new EventDetails.Venue(blankToNull(this.venueName),
				blankToNull(this.venueAddress), blankToNull(this.postcode));
		return new EventSubmission(this.title, this.description, this.category, isOnline, venue, this.region,
				(this.date != null && this.startTime != null) ? this.date.atTime(this.startTime) : null,
				(this.date != null && this.endTime != null) ? this.date.atTime(this.endTime) : null, this.capacity,
				Boolean.TRUE.equals(this.free),
				new EventDetails.Accessibility(this.stepFreeAccess, this.accessibleToilet, this.hearingLoop,
						this.britishSignLanguage, this.quietSpace, this.seatingAvailable, this.assistanceDogsWelcome,
						this.accessNotes),
				new EventDetails.Contact(blankToNull(this.contactName), blankToNull(this.contactEmail),
						blankToNull(this.contactPhone)));
	}

	/** Where on the form an error about a submission field belongs. */
	static String formField(String submissionField) {
		return switch (submissionField) {
			case "venue", "venue.name" -> "venueName";
			case "venue.address" -> "venueAddress";
			case "venue.postcode" -> "postcode";
			case "startsAt" -> "startTime";
			case "endsAt" -> "endTime";
			case "accessibility.notes" -> "accessNotes";
			case "contact", "contact.email" -> "contactEmail";
			case "contact.name" -> "contactName";
			case "contact.phone" -> "contactPhone";
			default -> submissionField;
		};
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
