package org.mhaw.benchmarks;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies in microseconds, recorded from any thread, read as milliseconds. */
final class Latencies {

	private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);

	void recordNanos(long nanos) {
		this.histogram.recordValue(Math.min(Math.max(0, nanos / 1000), this.histogram.getHighestTrackableValue()));
	}

	void recordMillis(double millis) {
		recordNanos((long) (millis * 1_000_000));
	}

	long count() {
		return this.histogram.getTotalCount();
	}

	double percentileMillis(double percentile) {
		return this.histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	double maxMillis() {
		return this.histogram.getMaxValue() / 1000.0;
	}

	Percentiles percentiles() {
		return new Percentiles(percentileMillis(50), percentileMillis(99), percentileMillis(99.9), maxMillis(),
				count());
	}

	String summary() {
		return percentiles().summary();
	}

}
