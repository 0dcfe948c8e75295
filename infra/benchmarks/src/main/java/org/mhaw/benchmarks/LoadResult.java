package org.mhaw.benchmarks;

import java.time.Duration;
import java.util.Map;

/**
 * What one HTTP load run saw.
 *
 * @param description how the load was offered, and anything that went short
 * @param sent requests sent inside the measured window
 * @param ok requests answered 2xx inside the measured window
 * @param failed requests answered otherwise, not answered, or not sent when due, inside
 * the window
 * @param statuses every answer by status (0 = no answer, or not sent when due)
 * @param window the measured window
 * @param latencies latency of the answers
 */
record LoadResult(String description, long sent, long ok, long failed, Map<Integer, Long> statuses, Duration window,
		Percentiles latencies) {

	double okPerSecond() {
		return this.ok / (this.window.toNanos() / 1e9);
	}

	String summary() {
		return String.format("%s: %.0f ok/s over %.1f s, %d ok, %d failed %s, %s", this.description, okPerSecond(),
				this.window.toMillis() / 1000.0, this.ok, this.failed, this.statuses, this.latencies.summary());
	}

}
