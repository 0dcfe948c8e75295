package org.mhaw.benchmarks;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How long after the webhook's 2xx the dashboard pushes a count that includes the
 * donation. Donations are anonymous to the stream, so the k-th 2xx (in time order) is
 * taken as seen by the first pushed update whose count reaches the starting count plus k;
 * an update that arrives before that 2xx counts as zero.
 */
final class Freshness {

	private Freshness() {
	}

	/**
	 * @param webhooks the confirmations to send, one per pending donation; {@code null}
	 * when none is left
	 */
	static Result measure(HttpLoad load, Supplier<HttpRequest> webhooks, Dashboard dashboard, int perSecond,
			Duration warmUp, Duration measure) {
		try (PushedCounts pushed = new PushedCounts(dashboard)) {
			long baseline = dashboard.donationCount();
			// {answered, sent} of every 2xx, warm-up included: the count matching needs
			// all.
			long[][] acks = new long[(int) (perSecond * (warmUp.plus(measure).toSeconds() + 1))][];
			AtomicInteger acked = new AtomicInteger();
			long measureFrom = System.nanoTime() + warmUp.toNanos();
			long measureTo = measureFrom + measure.toNanos();
			LoadResult load0 = load.openLoop("webhook while watching the stream", webhooks, perSecond, warmUp, measure,
					(sent, answered, response) -> {
						int i = acked.getAndIncrement();
						if (i < acks.length) {
							acks[i] = new long[] { answered, sent };
						}
					});
			int total = Math.min(acked.get(), acks.length);
			Instant deadline = Instant.now().plusSeconds(30);
			while (pushed.lastCount() < baseline + total && Instant.now().isBefore(deadline)) {
				Pause.millis(50);
			}
			List<long[]> updates = pushed.updates();
			long[][] sorted = Arrays.copyOf(acks, total);
			Arrays.sort(sorted, Comparator.comparingLong((ack) -> ack[0]));
			Latencies latencies = new Latencies();
			int unseen = 0;
			int u = 0;
			for (int k = 1; k <= total; k++) {
				long answered = sorted[k - 1][0];
				long sent = sorted[k - 1][1];
				while (u < updates.size() && updates.get(u)[1] < baseline + k) {
					u++;
				}
				if (sent < measureFrom || sent >= measureTo) {
					continue;
				}
				if (u == updates.size()) {
					unseen++;
					continue;
				}
				latencies.recordNanos(Math.max(0, updates.get(u)[0] - answered));
			}
			long pushesInWindow = updates.stream().filter((update) -> update[0] >= measureFrom).count();
			return new Result(load0, latencies.percentiles(), unseen, pushesInWindow / (double) measure.toSeconds(),
					baseline + total, pushed.lastCount());
		}
	}

	/**
	 * @param load the webhook load that was offered
	 * @param latencies 2xx to pushed update, for the donations sent in the measured
	 * window
	 * @param unseen donations sent in the window whose count was never pushed
	 * @param pushesPerSecond how often the stream pushed during the window
	 * @param expectedCount the count the dashboard should end at
	 * @param lastPushedCount the count it last pushed
	 */
	record Result(LoadResult load, Percentiles latencies, int unseen, double pushesPerSecond, long expectedCount,
			long lastPushedCount) {

	}

}
