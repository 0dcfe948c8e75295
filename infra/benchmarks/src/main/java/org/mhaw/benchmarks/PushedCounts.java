package org.mhaw.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Listens to the dashboard's server-sent stream on its own thread and keeps, for every
 * pushed update, when it arrived and the donation count it showed.
 */
final class PushedCounts implements AutoCloseable {

	private final List<long[]> updates = new ArrayList<>();

	private final Stream<String> lines;

	private final Thread reader;

	private volatile RuntimeException failure;

	PushedCounts(Dashboard dashboard) {
		this.lines = dashboard.streamLines();
		this.reader = new Thread(this::read, "bench-sse");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read() {
		StringBuilder data = new StringBuilder();
		try {
			this.lines.forEach((line) -> {
				if (line.startsWith("data:")) {
					data.append(line.substring(5).trim());
				}
				else if (line.isEmpty() && data.length() > 0) {
					long arrived = System.nanoTime();
					OptionalLong count = Dashboard.countIn(data.toString());
					data.setLength(0);
					if (count.isPresent()) {
						synchronized (this.updates) {
							this.updates.add(new long[] { arrived, count.getAsLong() });
						}
					}
				}
			});
		}
		catch (RuntimeException ex) {
			this.failure = ex;
		}
	}

	/** Every update so far, in arrival order: {nanoTime, donation count}. */
	List<long[]> updates() {
		if (this.failure != null) {
			throw new BenchException("the server-sent stream failed: " + this.failure.getMessage(), this.failure);
		}
		synchronized (this.updates) {
			return new ArrayList<>(this.updates);
		}
	}

	long lastCount() {
		List<long[]> all = updates();
		return all.isEmpty() ? -1 : all.get(all.size() - 1)[1];
	}

	@Override
	public void close() {
		this.lines.close();
		this.reader.interrupt();
	}

}
