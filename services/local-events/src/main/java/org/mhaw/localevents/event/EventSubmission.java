package org.mhaw.localevents.event;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.mhaw.events.Region;
import org.mhaw.events.localevent.EventCategory;

/**
 * A partner's event, as sent to the API or the form. Times are London wall-clock times.
 * Fields only the service sets (status, counts, the partner) are accepted and ignored, so
 * a client can send back what it read; any other unknown field is refused.
 *
 * @param title the event's name
 * @param description what happens, for supporters
 * @param category its category
 * @param online whether it is held online
 * @param venue where, unless online
 * @param region its region, unless online
 * @param startsAt start, London time
 * @param endsAt end, London time
 * @param capacity places, or empty for unlimited
 * @param free whether attending is free
 * @param accessibility what the venue offers
 * @param contact who attendees can ask
 */
@JsonIgnoreProperties({ "localEventId", "id", "partnerId", "status", "revision", "rejectionReason", "confirmed",
		"waitlisted", "placesLeft", "signUps", "attendees" })
record EventSubmission(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 4000) String description,
		@NotNull EventCategory category, Boolean online, @Valid EventDetails.Venue venue, Region region,
		@NotNull LocalDateTime startsAt, @NotNull LocalDateTime endsAt, @Positive @Max(100_000) Integer capacity,
		@NotNull Boolean free, @Valid EventDetails.Accessibility accessibility,
		@NotNull @Valid EventDetails.Contact contact) {

}
