package org.mhaw.benchmarks;

import java.util.concurrent.TimeUnit;

/** Polling waits between two looks at something the benchmark started. */
final class Pause {

	private Pause() {
	}

	static void millis(long millis) {
		try {
			TimeUnit.MILLISECONDS.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted", ex);
		}
	}

}
