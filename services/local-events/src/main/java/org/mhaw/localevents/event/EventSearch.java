package org.mhaw.localevents.event;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.mhaw.events.Region;
import org.mhaw.events.calendar.CampaignCalendar;
import org.mhaw.events.localevent.EventCategory;

/**
 * What a supporter is looking for; every part is optional.
 *
 * @param region a region
 * @param district a postcode district (outward code), such as {@code LS6}
 * @param category a category
 * @param day a day of the week, in London
 * @param access needs the event must meet, all of them
 * @param text words to find in the title or description
 */
public record EventSearch(Region region, String district, EventCategory category, DayOfWeek day,
		List<AccessNeed> access, String text) {

	public static final EventSearch ANY = new EventSearch(null, null, null, null, List.of(), null);

	public boolean matches(EventDetails details) {
		return (this.region == null || this.region == details.region())
				&& (isBlank(this.district) || this.district.strip().equalsIgnoreCase(details.postcodeDistrict()))
				&& (this.category == null || this.category == details.category())
				&& (this.day == null || ZonedDateTime.ofInstant(details.startsAt(), CampaignCalendar.LONDON)
					.getDayOfWeek() == this.day)
				&& (this.access == null || details.accessibility().offered().containsAll(this.access))
				&& (isBlank(this.text) || contains(details.title(), this.text)
						|| contains(details.description(), this.text));
	}

	private static boolean contains(String haystack, String needle) {
		return haystack.toLowerCase(Locale.UK).contains(needle.strip().toLowerCase(Locale.UK));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
