package org.mhaw.launcher.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mhaw.events.calendar.CampaignCalendar;

/**
 * The shape of a campaign week's traffic, hour by hour across 12–18 May: a launch-day
 * surge, quiet nights, lunchtime and evening peaks, a quieter weekend, and the appeal
 * night (15 May, 19:00–23:00) when donations come in about ten times as fast. Each
 * planned request is given an hour at random by these weights (seeded, so a plan plays
 * the same week each time), so the counts are exact and small plans still spread over the
 * week.
 */
final class CampaignWeek {

	static final int APPEAL_DAY = 3;

	static final int APPEAL_FROM_HOUR = 19;

	static final int APPEAL_TO_HOUR = 23;

	private static final double LAUNCH_DAY = 1.5;

	private static final double WEEKEND = 0.7;

	/** London hours: quiet nights, a lunchtime bump, the evening peak. */
	private static final double[] HOUR = { 0.05, 0.03, 0.02, 0.02, 0.02, 0.05, 0.2, 0.5, 0.8, 0.9, 0.9, 1.0, 1.3, 1.2,
			0.9, 0.8, 0.8, 0.9, 1.1, 1.4, 1.5, 1.2, 0.7, 0.3 };

	private static final double APPEAL_MULTIPLIER = 10;

	private CampaignWeek() {
	}

	/**
	 * One hour of the week and what happens in it.
	 *
	 * @param day the campaign day it stands for
	 * @param dayIndex 0 for 12 May … 6 for 18 May
	 * @param hour the London hour
	 * @param donations donations started
	 * @param pledges supporters pledging
	 * @param signUps sign-ups to events
	 * @param cancellations sign-ups cancelled
	 * @param tipReads tips read
	 */
	record Hour(LocalDate day, int dayIndex, int hour, int donations, int pledges, int signUps, int cancellations,
			int tipReads) {

		boolean appealNight() {
			return this.dayIndex == APPEAL_DAY && this.hour >= APPEAL_FROM_HOUR && this.hour < APPEAL_TO_HOUR;
		}

	}

	static List<Hour> hours(CampaignCalendar calendar, DemoPlan plan) {
		int slots = CampaignCalendar.DAYS * 24;
		double[] donations = new double[slots];
		double[] activity = new double[slots];
		double[] laterInTheWeek = new double[slots];
		for (int slot = 0; slot < slots; slot++) {
			int day = slot / 24;
			int hour = slot % 24;
			LocalDate date = calendar.firstDay().plusDays(day);
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			activity[slot] = ((day == 0) ? LAUNCH_DAY : 1) * (weekend ? WEEKEND : 1) * HOUR[hour];
			boolean appeal = day == APPEAL_DAY && hour >= APPEAL_FROM_HOUR && hour < APPEAL_TO_HOUR;
			donations[slot] = activity[slot] * (appeal ? APPEAL_MULTIPLIER : 1);
			// plans change once people have signed up: cancellations from the third day
			laterInTheWeek[slot] = (day >= 2) ? activity[slot] : 0;
		}
		Random random = new Random(plan.seed());
		int[] donationCounts = shareOut(plan.donations(), donations, random);
		int[] pledgeCounts = shareOut(plan.pledgeRequests(), activity, random);
		int[] signUpCounts = shareOut(plan.signUps(), activity, random);
		int[] cancellationCounts = shareOut(plan.cancellations(), laterInTheWeek, random);
		int[] readCounts = shareOut(plan.tipReads(), activity, random);
		List<Hour> hours = new ArrayList<>(slots);
		for (int slot = 0; slot < slots; slot++) {
			hours.add(new Hour(calendar.firstDay().plusDays(slot / 24), slot / 24, slot % 24, donationCounts[slot],
					pledgeCounts[slot], signUpCounts[slot], cancellationCounts[slot], readCounts[slot]));
		}
		return hours;
	}

	/**
	 * Gives each of {@code total} requests an hour, drawn by weight: exactly
	 * {@code total} in all, none where the weight is zero.
	 */
	static int[] shareOut(int total, double[] weights, Random random) {
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		int[] counts = new int[weights.length];
		for (int n = 0; n < total && sum > 0; n++) {
			double draw = random.nextDouble() * sum;
			int slot = Arrays.binarySearch(cumulative, draw);
			slot = (slot >= 0) ? slot + 1 : -slot - 1;
			// a draw on a boundary goes to the next hour with any weight
			while (weights[Math.min(slot, weights.length - 1)] == 0 && slot < weights.length - 1) {
				slot++;
			}
			counts[Math.min(slot, weights.length - 1)]++;
		}
		return counts;
	}

}
