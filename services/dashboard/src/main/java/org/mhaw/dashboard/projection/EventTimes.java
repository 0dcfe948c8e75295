package org.mhaw.dashboard.projection;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.mhaw.events.calendar.CampaignCalendar;

/**
 * The names the projections give an event's time: its London day and hour (the series
 * fields) and its UTC day (the bucket its event id is remembered in). Working them out
 * takes a time-zone conversion and date formatting, which a rebuild would otherwise do
 * for every event in the log, so they are kept per UTC hour: a campaign's events fall in
 * a few hundred hours.
 * <p>
 * An hour's names are kept only when the whole hour has one London offset of whole hours
 * (every hour since 1972), so every instant in it has the same London day and hour; for
 * any other hour each instant is worked out on its own.
 */
final class EventTimes {

	/** London hours, so the per-hour series lines up with the campaign days. */
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

	private static final long HOUR_MILLIS = 3_600_000;

	/**
	 * A campaign week is 168 hours; direct-mapped by hour, so neighbours never collide.
	 */
	private static final int KEPT = 1024;

	/**
	 * Immutable entries, so threads may share the array without locks: at worst two work
	 * out the same hour.
	 */
	private final Names[] kept = new Names[KEPT];

	/** The names of the hour {@code at} falls in. */
	Names of(Instant at) {
		long epochHour = Math.floorDiv(at.toEpochMilli(), HOUR_MILLIS);
		int slot = (int) Math.floorMod(epochHour, KEPT);
		Names names = this.kept[slot];
		if (names != null && names.epochHour == epochHour) {
			return names;
		}
		names = Names.workedOut(at, epochHour);
		if (names.wholeHour) {
			this.kept[slot] = names;
		}
		return names;
	}

	/**
	 * @param epochHour the UTC hour since the epoch
	 * @param utcDay the UTC date ({@code 2025-05-12}): an event id's dedupe bucket
	 * @param day the London date
	 * @param hour the London hour ({@code 2025-05-12T14})
	 * @param wholeHour whether every instant of the UTC hour has these names
	 */
	record Names(long epochHour, String utcDay, String day, String hour, boolean wholeHour) {

		static Names workedOut(Instant at, long epochHour) {
			ZonedDateTime london = at.atZone(CampaignCalendar.LONDON);
			Instant start = Instant.ofEpochMilli(epochHour * HOUR_MILLIS);
			Instant end = Instant.ofEpochMilli(epochHour * HOUR_MILLIS + HOUR_MILLIS - 1);
			ZoneOffset offset = london.getOffset();
			boolean wholeHour = offset.getTotalSeconds() % 3600 == 0
					&& CampaignCalendar.LONDON.getRules().getOffset(start).equals(offset)
					&& CampaignCalendar.LONDON.getRules().getOffset(end).equals(offset);
			return new Names(epochHour, at.atZone(ZoneOffset.UTC).toLocalDate().toString(),
					london.toLocalDate().toString(), HOUR.format(london), wholeHour);
		}

	}

}
