package org.mhaw.localevents.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mhaw.events.Region;
import org.mhaw.events.localevent.EventCategory;

/**
 * Everything a partner said about one revision of an event, as kept on the private
 * details topic (the shared topic carries only ids, category, region and times).
 *
 * @param title the event's name
 * @param description what happens, for supporters
 * @param category its category
 * @param online whether it is held online
 * @param venue where, or {@code null} when online
 * @param region its region ({@link Region#ONLINE} when online)
 * @param startsAt start
 * @param endsAt end
 * @param capacity places, or {@code null} for unlimited
 * @param free whether attending is free
 * @param accessibility what the venue offers
 * @param contact who attendees can ask
 */
public record EventDetails(String title, String description, EventCategory category, boolean online, Venue venue,
		Region region, Instant startsAt, Instant endsAt, Integer capacity, boolean free, Accessibility accessibility,
		Contact contact) {

	/** The postcode district (outward code) supporters search by, such as {@code LS6}. */
	public String postcodeDistrict() {
		return (this.venue != null) ? this.venue.district() : null;
	}

	/**
	 * @param name the venue's name
	 * @param address street and town
	 * @param postcode a UK postcode
	 */
	public record Venue(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 300) String address,
			@NotBlank @Pattern(regexp = Venue.POSTCODE,
					message = "must be a UK postcode, such as LS6 2QB") String postcode) {

		static final String POSTCODE = "(?i)\\s*([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\s*";

		/** The postcode as Royal Mail writes it: upper case, one space. */
		Venue normalised() {
			String compact = this.postcode.replaceAll("\\s", "").toUpperCase(java.util.Locale.UK);
			return new Venue(this.name.strip(), this.address.strip(),
					compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
		}

		String district() {
			return this.postcode.strip().split("\\s+")[0].toUpperCase(java.util.Locale.UK);
		}

	}

	/**
	 * What the venue offers, so supporters can find what they need.
	 */
	public record Accessibility(Boolean stepFreeAccess, Boolean accessibleToilet, Boolean hearingLoop,
			Boolean britishSignLanguage, Boolean quietSpace, Boolean seatingAvailable, Boolean assistanceDogsWelcome,
			@Size(max = 500) String notes) {

		/** What is not said is not offered. */
		public Accessibility {
			stepFreeAccess = Boolean.TRUE.equals(stepFreeAccess);
			accessibleToilet = Boolean.TRUE.equals(accessibleToilet);
			hearingLoop = Boolean.TRUE.equals(hearingLoop);
			britishSignLanguage = Boolean.TRUE.equals(britishSignLanguage);
			quietSpace = Boolean.TRUE.equals(quietSpace);
			seatingAvailable = Boolean.TRUE.equals(seatingAvailable);
			assistanceDogsWelcome = Boolean.TRUE.equals(assistanceDogsWelcome);
			notes = (notes == null || notes.isBlank()) ? null : notes.strip();
		}

		public static final Accessibility NONE = new Accessibility(false, false, false, false, false, false, false,
				null);

		/** Each need a supporter can filter by, and whether this event meets it. */
		public List<AccessNeed> offered() {
			List<AccessNeed> offered = new ArrayList<>();
			for (AccessNeed need : AccessNeed.values()) {
				if (need.metBy(this)) {
					offered.add(need);
				}
			}
			return offered;
		}

	}

	/**
	 * Who attendees can ask about the event: an email address, a phone number, or both.
	 */
	public record Contact(@Size(max = 120) String name, @Email @Size(max = 200) String email,
			@Size(max = 40) @Pattern(regexp = "[0-9 +()-]{6,40}", message = "must be a phone number") String phone) {

	}

}
