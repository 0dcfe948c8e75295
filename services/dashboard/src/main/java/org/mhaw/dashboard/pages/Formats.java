package org.mhaw.dashboard.pages;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.mhaw.events.calendar.CampaignCalendar;

import org.springframework.stereotype.Component;

/**
 * How the pages write numbers, money and times, in UK English ({@code @format} in the
 * templates). The live script formats the same way in the browser.
 */
@Component("format")
public class Formats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.UK)
		.withZone(CampaignCalendar.LONDON);

	public String pounds(long pence) {
		NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
		return money.format(pence / 100.0);
	}

	public String count(long count) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(count);
	}

	/** A per-day bucket's label: "Before", "Wed 12 May", "After". */
	public String day(String bucket) {
		if ("before".equals(bucket)) {
			return "Before";
		}
		if ("after".equals(bucket)) {
			return "After";
		}
		return DAY.format(LocalDate.parse(bucket));
	}

	/** {@code NORTH_EAST} as "North east". */
	public String label(String constant) {
		if (constant == null || constant.isEmpty()) {
			return "";
		}
		String words = constant.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "none yet";
	}

	/** How long something has waited: "3 min", "2 h 5 min", "1 day 4 h". */
	public String waited(Instant since, Instant now) {
		Duration waited = Duration.between(since, now);
		if (waited.isNegative() || waited.toMinutes() < 1) {
			return "under a minute";
		}
		if (waited.toHours() < 1) {
			return waited.toMinutes() + " min";
		}
		if (waited.toDays() < 1) {
			return waited.toHours() + " h " + waited.toMinutesPart() + " min";
		}
		return waited.toDays() + ((waited.toDays() == 1) ? " day " : " days ") + waited.toHoursPart() + " h";
	}

	/** A bar's length as a percentage of the largest, at least a sliver when non-zero. */
	public long share(long value, long largest) {
		if (value <= 0 || largest <= 0) {
			return 0;
		}
		return Math.max(2, value * 100 / largest);
	}

	public long barWidth(long percent) {
		return Math.min(100, Math.max(0, percent));
	}

}
