package org.mhaw.benchmarks;

import java.time.Duration;
import java.time.Instant;

/**
 * Times the dashboard's rebuild: from the staff's command until the fresh projection,
 * replayed from the start of the log, is the one the totals come from and counts every
 * donation.
 */
final class Rebuild {

	private Rebuild() {
	}

	static Duration measure(Dashboard dashboard, long expected, Report report) {
		Instant start = Instant.now();
		String answer = dashboard.rebuild();
		report.detail("rebuild answered: " + answer);
		Instant deadline = start.plusSeconds(300);
		while (Instant.now().isBefore(deadline)) {
			if (dashboard.donationCount() == expected) {
				return Bench.since(start);
			}
			Pause.millis(20);
		}
		throw new BenchException("the rebuild did not reach " + expected + " donations in 300 s");
	}

}
