package org.mhaw.events.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignCalendarTests {

	private final CampaignCalendar calendar = new CampaignCalendar(2027);

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({
			// 12 May starts at midnight BST, which is 23:00 UTC on 11 May.
			"2027-05-11T22:59:59Z, before, 0", "2027-05-11T23:00:00Z, 2027-05-12, 1",
			"2027-05-12T00:30:00Z, 2027-05-12, 1", "2027-05-12T22:59:59.999Z, 2027-05-12, 1",
			"2027-05-12T23:00:00Z, 2027-05-13, 2", "2027-05-18T22:59:59Z, 2027-05-18, 7",
			"2027-05-18T23:00:00Z, after, 0", "2027-01-01T00:00:00Z, before, 0", "2027-12-31T23:59:59Z, after, 0" })
	void mapsAnInstantToItsLondonCampaignDay(Instant instant, String bucket, int dayNumber) {
		CampaignDay day = this.calendar.dayOf(instant);

		assertThat(day.bucket()).isEqualTo(bucket);
		assertThat(day.dayNumber()).isEqualTo(dayNumber);
	}

	@Test
	void weekSpansSevenLondonDaysInBritishSummerTime() {
		assertThat(this.calendar.start()).isEqualTo(Instant.parse("2027-05-11T23:00:00Z"));
		assertThat(this.calendar.end()).isEqualTo(Instant.parse("2027-05-18T23:00:00Z"));
		assertThat(this.calendar.contains(Instant.parse("2027-05-18T22:59:59Z"))).isTrue();
		assertThat(this.calendar.contains(this.calendar.end())).isFalse();
	}

	@Test
	void londonDateFollowsTheClockChangesOnEitherSideOfTheYear() {
		// Clocks go forward at 01:00 UTC on 28 March 2027 and back at 01:00 UTC on 31
		// October 2027.
		assertThat(this.calendar.dayOf(Instant.parse("2027-03-27T23:30:00Z")).date())
			.isEqualTo(LocalDate.of(2027, 3, 27));
		assertThat(this.calendar.dayOf(Instant.parse("2027-03-28T23:30:00Z")).date())
			.isEqualTo(LocalDate.of(2027, 3, 29));
		assertThat(this.calendar.dayOf(Instant.parse("2027-10-31T23:30:00Z")).date())
			.isEqualTo(LocalDate.of(2027, 10, 31));
	}

	@Test
	void upcomingCampaignIsThisYearsUntilItsLastLondonDayEnds() {
		assertThat(CampaignCalendar.upcoming(clockAt("2026-11-22T12:00:00Z")).year()).isEqualTo(2027);
		assertThat(CampaignCalendar.upcoming(clockAt("2027-05-18T22:59:00Z")).year()).isEqualTo(2027);
		assertThat(CampaignCalendar.upcoming(clockAt("2027-05-18T23:00:00Z")).year()).isEqualTo(2028);
		assertThat(CampaignCalendar.upcoming(clockAt("2027-01-01T00:00:00Z")).year()).isEqualTo(2027);
	}

	private static Clock clockAt(String instant) {
		return Clock.fixed(Instant.parse(instant), CampaignCalendar.LONDON);
	}

}
