package org.mhaw.launcher.demo;

import java.time.Duration;

/**
 * How much traffic a demo plays, and over how long. Everything is bounded: the counts are
 * exact, and each wait has a time limit.
 *
 * @param donations donation attempts (a few are declined by the sandbox provider)
 * @param pledgeRequests supporters pledging (each takes one to three pledges)
 * @param events partner events submitted (all but one approved when there are three or
 * more)
 * @param signUps sign-ups to the approved events
 * @param cancellations sign-ups cancelled later in the week
 * @param tipReads tip pages read
 * @param refunds donations refunded by staff once the week is over
 * @param week how long the seven days take on the clock
 * @param seed the random seed, so a demo plays the same week each time
 */
public record DemoPlan(int donations, int pledgeRequests, int events, int signUps, int cancellations, int tipReads,
		int refunds, Duration week, long seed) {

	/**
	 * A campaign week in about a minute and a half. The donation count stays below the
	 * public rate limit (300 POSTs a minute from one address) even on appeal night.
	 */
	public static DemoPlan campaignWeek() {
		return new DemoPlan(240, 50, 6, 48, 6, 150, 6, Duration.ofSeconds(84), 2027_05_12L);
	}

	/** A short week for the end-to-end test: every kind of traffic, a little of each. */
	public static DemoPlan quick() {
		return new DemoPlan(28, 6, 3, 10, 2, 12, 2, Duration.ofSeconds(7), 15L);
	}

}
