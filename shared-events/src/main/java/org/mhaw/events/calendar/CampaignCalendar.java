package org.mhaw.events.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Mental Health Awareness Week: 12 to 18 May in London. Every "campaign day" on the
 * platform is the Europe/London calendar date of an instant, so a donation at 00:30 BST
 * on 12 May counts for day 1 although it is still 11 May in UTC.
 *
 * @param year the campaign's year
 */
public record CampaignCalendar(int year) {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final int MAY = 5;

	private static final int FIRST_DAY_OF_MONTH = 12;

	public static final int DAYS = 7;

	/**
	 * The campaign that is running or comes next, as seen at the clock's instant: the
	 * week stays "this year's" until its last day in London is over.
	 * @param clock the clock
	 * @return the calendar of the current or next campaign
	 */
	public static CampaignCalendar upcoming(Clock clock) {
		LocalDate today = LocalDate.now(clock.withZone(LONDON));
		CampaignCalendar thisYear = new CampaignCalendar(today.getYear());
		return today.isAfter(thisYear.lastDay()) ? new CampaignCalendar(today.getYear() + 1) : thisYear;
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.year, MAY, FIRST_DAY_OF_MONTH);
	}

	public LocalDate lastDay() {
		return firstDay().plusDays(DAYS - 1);
	}

	/** The instant the week starts: midnight in London on 12 May. */
	public Instant start() {
		return firstDay().atStartOfDay(LONDON).toInstant();
	}

	/** The instant just after the week: midnight in London at the end of 18 May. */
	public Instant end() {
		return lastDay().plusDays(1).atStartOfDay(LONDON).toInstant();
	}

	/**
	 * The campaign day an instant falls on, or before / after the week.
	 * @param instant the instant
	 * @return its campaign day
	 */
	public CampaignDay dayOf(Instant instant) {
		LocalDate date = ZonedDateTime.ofInstant(instant, LONDON).toLocalDate();
		if (date.isBefore(firstDay())) {
			return CampaignDay.before(date);
		}
		if (date.isAfter(lastDay())) {
			return CampaignDay.after(date);
		}
		return CampaignDay.during(date, (int) (date.toEpochDay() - firstDay().toEpochDay()) + 1);
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(start()) && instant.isBefore(end());
	}

}
