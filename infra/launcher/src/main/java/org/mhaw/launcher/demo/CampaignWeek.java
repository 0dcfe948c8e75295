package org.mhaw.launcher.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mhaw.events.calendar.CampaignCalendar;

/**
 * The shape of a campaign week's traffic, hour by hour across 12–18 May: a launch-day
 * surge, quiet nights, lunchtime and evening peaks, a quieter weekend, and the appeal
 * night (15 May, 19:00–23:00) when donations come in about ten times as fast. The plan's
 * counts are shared out over the hours by these weights, exactly (largest remainder).
 */
final class CampaignWeek {

	static final int APPEAL_DAY = 3;

	static final int APPEAL_FROM_HOUR = 19;

	static final int APPEAL_TO_HOUR = 23;

	/** Launch day first; the weekend quieter. */
	private static final double[] DAY = { 1.5, 1.0, 0.9, 1.1, 0.8, 0.6, 0.7 };

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
			activity[slot] = DAY[day] * HOUR[hour];
			boolean appeal = day == APPEAL_DAY && hour >= APPEAL_FROM_HOUR && hour < APPEAL_TO_HOUR;
			donations[slot] = activity[slot] * (appeal ? APPEAL_MULTIPLIER : 1);
			// plans change once people have signed up: cancellations from the third day
			laterInTheWeek[slot] = (day >= 2) ? activity[slot] : 0;
		}
		int[] donationCounts = apportion(plan.donations(), donations);
		int[] pledgeCounts = apportion(plan.pledgeRequests(), activity);
		int[] signUpCounts = apportion(plan.signUps(), activity);
		int[] cancellationCounts = apportion(plan.cancellations(), laterInTheWeek);
		int[] readCounts = apportion(plan.tipReads(), activity);
		List<Hour> hours = new ArrayList<>(slots);
		for (int slot = 0; slot < slots; slot++) {
			hours.add(new Hour(calendar.firstDay().plusDays(slot / 24), slot / 24, slot % 24, donationCounts[slot],
					pledgeCounts[slot], signUpCounts[slot], cancellationCounts[slot], readCounts[slot]));
		}
		return hours;
	}

	/** Shares a whole number out by weights, exactly: largest remainders get the rest. */
	static int[] apportion(int total, double[] weights) {
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		int[] counts = new int[weights.length];
		double[] remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double share = (sum > 0) ? total * weights[i] / sum : 0;
			counts[i] = (int) Math.floor(share);
			remainders[i] = share - counts[i];
			given += counts[i];
		}
		while (given < total && sum > 0) {
			int largest = 0;
			for (int i = 1; i < remainders.length; i++) {
				if (remainders[i] > remainders[largest]) {
					largest = i;
				}
			}
			counts[largest]++;
			remainders[largest] = -1;
			given++;
		}
		return counts;
	}

}
