package org.mhaw.dashboard.projection;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.mhaw.events.calendar.CampaignCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names kept per hour are the names each instant has on its own, across clock changes
 * and in the years when London was not on whole hours.
 */
class EventTimesTests {

	private final EventTimes times = new EventTimes();

	@Test
	void namesEveryInstantAsWorkingItOutAloneWould() {
		SplittableRandom random = new SplittableRandom(7);
		// A campaign week, the clock changes either side of it, and 1847's switch from
		// London's local mean time (-0:01:15) to GMT.
		assertSameNames(random, Instant.parse("2027-05-10T00:00:00Z"), Duration.ofDays(10));
		assertSameNames(random, Instant.parse("2027-03-28T00:00:00Z"), Duration.ofHours(3));
		assertSameNames(random, Instant.parse("2027-10-30T23:00:00Z"), Duration.ofHours(4));
		assertSameNames(random, Instant.parse("1847-11-30T22:00:00Z"), Duration.ofDays(2));
		assertSameNames(random, Instant.parse("1968-02-17T00:00:00Z"), Duration.ofDays(1500));
	}

	@Test
	void keepsOnlyHoursWithOneWholeHourOffset() {
		assertThat(EventTimes.Names.workedOut(Instant.parse("2027-05-12T18:30:00Z"), epochHour("2027-05-12T18:30:00Z"))
			.wholeHour()).isTrue();
		assertThat(EventTimes.Names.workedOut(Instant.parse("1847-11-30T23:30:00Z"), epochHour("1847-11-30T23:30:00Z"))
			.wholeHour()).isFalse();
	}

	private void assertSameNames(SplittableRandom random, Instant from, Duration over) {
		for (int i = 0; i < 20_000; i++) {
			Instant at = from.plusMillis(random.nextLong(over.toMillis()));
			ZonedDateTime london = at.atZone(CampaignCalendar.LONDON);

			EventTimes.Names names = this.times.of(at);

			assertThat(names.utcDay()).as(at.toString()).isEqualTo(at.atZone(ZoneOffset.UTC).toLocalDate().toString());
			assertThat(names.day()).as(at.toString()).isEqualTo(london.toLocalDate().toString());
			assertThat(names.hour()).as(at.toString())
				.isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").format(london));
		}
	}

	private static long epochHour(String at) {
		return Math.floorDiv(Instant.parse(at).toEpochMilli(), 3_600_000L);
	}

}
