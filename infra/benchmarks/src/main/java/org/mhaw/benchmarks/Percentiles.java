package org.mhaw.benchmarks;

/**
 * A latency distribution as reported: percentiles and the maximum, in milliseconds.
 *
 * @param samples how many latencies it was made of
 */
record Percentiles(double p50, double p99, double p999, double max, long samples) {

	String summary() {
		if (this.samples == 0) {
			return "no samples";
		}
		return String.format("p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms (%d samples)", this.p50, this.p99,
				this.p999, this.max, this.samples);
	}

}
