package org.mhaw.launcher.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mhaw.events.calendar.CampaignCalendar;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignWeekTests {

	private static final DemoPlan PLAN = new DemoPlan(240, 50, 6, 48, 6, 150, 6, Duration.ofSeconds(84), 1L);

	@Test
	void sharesOutEveryPlannedRequestExactly() {
		List<CampaignWeek.Hour> hours = CampaignWeek.hours(new CampaignCalendar(2027), PLAN);

		assertThat(hours).hasSize(7 * 24);
		assertThat(hours.stream().mapToInt(CampaignWeek.Hour::donations).sum()).isEqualTo(240);
		assertThat(hours.stream().mapToInt(CampaignWeek.Hour::pledges).sum()).isEqualTo(50);
		assertThat(hours.stream().mapToInt(CampaignWeek.Hour::signUps).sum()).isEqualTo(48);
		assertThat(hours.stream().mapToInt(CampaignWeek.Hour::cancellations).sum()).isEqualTo(6);
		assertThat(hours.stream().mapToInt(CampaignWeek.Hour::tipReads).sum()).isEqualTo(150);
	}

	@Test
	void appealNightIsTheBusiestStretchOfTheWeek() {
		List<CampaignWeek.Hour> hours = CampaignWeek.hours(new CampaignCalendar(2027), PLAN);

		int appealNight = hours.stream()
			.filter(CampaignWeek.Hour::appealNight)
			.mapToInt(CampaignWeek.Hour::donations)
			.sum();
		int busiestOtherFourHours = IntStream.range(0, hours.size() - 3)
			.filter((start) -> !hours.get(start).appealNight() && !hours.get(start + 3).appealNight())
			.map((start) -> IntStream.range(start, start + 4).map((i) -> hours.get(i).donations()).sum())
			.max()
			.orElseThrow();
		assertThat(hours.stream().filter(CampaignWeek.Hour::appealNight)).hasSize(4)
			.allMatch((hour) -> hour.day().toString().equals("2027-05-15"));
		assertThat(appealNight).isGreaterThan(3 * busiestOtherFourHours);
	}

	@Test
	void nobodyCancelsBeforeTheThirdDay() {
		List<CampaignWeek.Hour> hours = CampaignWeek.hours(new CampaignCalendar(2027), PLAN);

		assertThat(hours.stream().filter((hour) -> hour.dayIndex() < 2)).allMatch((hour) -> hour.cancellations() == 0);
	}

	@Test
	void sharesOutByWeightAndNeverWhereTheWeightIsZero() {
		int[] counts = CampaignWeek.shareOut(1_000, new double[] { 0, 1, 0, 3, 0 }, new Random(7));

		assertThat(counts[0] + counts[2] + counts[4]).isZero();
		assertThat(counts[1] + counts[3]).isEqualTo(1_000);
		assertThat(counts[3]).isGreaterThan(2 * counts[1]);
		assertThat(CampaignWeek.shareOut(5, new double[] { 0, 0 }, new Random(7))).containsExactly(0, 0);
	}

}
