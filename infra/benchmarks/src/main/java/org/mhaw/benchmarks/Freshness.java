package org.mhaw.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long after the webhook's 2xx the dashboard pushes a count that includes the
 * donation. Donations are anonymous to the stream, so the k-th 2xx (in the order the
 * answers were read) is taken as seen by the first pushed update whose count reaches the
 * starting count plus k; an update that arrives before that 2xx counts as zero.
 * <p>
 * The webhooks are sent by {@link Wrk}, paced, in one run: its warm-up, then the measured
 * window. wrk's script stamps each 2xx answer with CLOCK_MONOTONIC as it reads it, the
 * clock {@link PushedCounts} stamps updates with ({@link System#nanoTime()}), so the two
 * are set against each other directly. wrk gives no send time per request, so the
 * measured window is chosen by answer time: the 2xx read from the warm-up's end (counted
 * from when the harness starts wrk) for the length of the window. All the 2xx, warm-up
 * included, take part in the count matching.
 */
final class Freshness {

	private Freshness() {
	}

	/**
	 * @param requests one signed webhook per pending donation
	 * @param offer paced, sending for the warm-up and the measured window together
	 */
	static Result measure(Wrk wrk, URI webhook, RequestFile requests, Offer offer, Duration warmUp,
			Dashboard dashboard) {
		Duration measure = offer.send().minus(warmUp);
		try (PushedCounts pushed = new PushedCounts(dashboard)) {
			long baseline = dashboard.donationCount();
			long measureFrom = System.nanoTime() + warmUp.toNanos();
			long measureTo = measureFrom + measure.toNanos();
			Wrk.Answered run = wrk.answered("webhook while watching the stream", webhook, requests, offer);
			long[] answers = run.okNanos();
			if (answers.length != run.load().ok()) {
				throw new BenchException("wrk counted " + run.load().ok() + " 2xx answers but stamped " + answers.length
						+ ": the count matching would be off");
			}
			int total = answers.length;
			Instant deadline = Instant.now().plusSeconds(30);
			while (pushed.lastCount() < baseline + total && Instant.now().isBefore(deadline)) {
				Pause.millis(50);
			}
			List<long[]> updates = pushed.updates();
			Latencies latencies = new Latencies();
			int unseen = 0;
			int beforeAnswer = 0;
			int u = 0;
			for (int k = 1; k <= total; k++) {
				long answered = answers[k - 1];
				while (u < updates.size() && updates.get(u)[1] < baseline + k) {
					u++;
				}
				if (answered < measureFrom || answered >= measureTo) {
					continue;
				}
				if (u == updates.size()) {
					unseen++;
					continue;
				}
				long nanos = updates.get(u)[0] - answered;
				if (nanos < 0) {
					beforeAnswer++;
				}
				latencies.recordNanos(Math.max(0, nanos));
			}
			long pushesInWindow = updates.stream()
				.filter((update) -> update[0] >= measureFrom && update[0] < measureTo)
				.count();
			double seconds = BareParts.seconds(measure);
			return new Result(run.load(), latencies.percentiles(), (latencies.count() + unseen) / seconds, unseen,
					beforeAnswer, pushesInWindow / seconds, baseline + total, pushed.lastCount());
		}
	}

	/**
	 * @param load the whole webhook run, warm-up included
	 * @param latencies 2xx to pushed update, for the 2xx read in the measured window
	 * @param okPerSecond 2xx read per second in the measured window
	 * @param unseen 2xx in the window whose count was never pushed
	 * @param beforeAnswer 2xx in the window whose count was pushed before the answer was
	 * read (counted as 0 ms): many would mean the answers were read late
	 * @param pushesPerSecond how often the stream pushed during the window
	 * @param expectedCount the count the dashboard should end at
	 * @param lastPushedCount the count it last pushed
	 */
	record Result(LoadResult load, Percentiles latencies, double okPerSecond, int unseen, int beforeAnswer,
			double pushesPerSecond, long expectedCount, long lastPushedCount) {

		/**
		 * Whether every webhook was sent when due and answered 2xx, at the rate offered:
		 * otherwise the 2xx came at another rate than the one the figure is stated at,
		 * and the figure is not valid.
		 */
		boolean keptUp(int offered) {
			return this.load.failed() == 0 && this.okPerSecond >= 0.95 * offered;
		}

		String summary(int offered) {
			return String.format(
					"freshness, webhook 2xx to pushed update, the 2xx read in the measured window (%.0f/s): %s; %d pushed before their 2xx was read (counted as 0 ms); %d never seen; %.1f pushes/s; last pushed count %d (expected %d); %s",
					this.okPerSecond, this.latencies.summary(), this.beforeAnswer, this.unseen, this.pushesPerSecond,
					this.lastPushedCount, this.expectedCount,
					keptUp(offered) ? "valid: the webhook kept up with the " + offered + "/s offered"
							: "not valid: the webhook fell behind the " + offered + "/s offered (" + this.load.failed()
									+ " failed or not sent)");
		}

	}

}
