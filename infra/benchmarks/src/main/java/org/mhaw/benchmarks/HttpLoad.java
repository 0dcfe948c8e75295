package org.mhaw.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * An open-loop HTTP load generator on the JDK's asynchronous HTTP/1.1 client (two
 * threads), kept for the one figure that needs each answer's own time: freshness, which
 * matches every webhook's 2xx to the dashboard's pushed updates. The ingest figures use
 * {@link Wrk}, which takes far more load on the same core. Requests are sent at a fixed
 * rate whatever the answers, latency counted from when each was due (no coordinated
 * omission). A request supplier that returns {@code null} has run out (of pending
 * donations to confirm, say): the run ends there and its window is cut to match.
 */
final class HttpLoad implements AutoCloseable {

	/** A rate the server cannot keep up with must not open thousands of connections. */
	static final int MAX_IN_FLIGHT = 1000;

	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	private final LongAdder everyOk = new LongAdder();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(this.executor)
		.build();

	/**
	 * Every 2xx this generator has had, warm-ups included: what the log should now hold.
	 */
	long everyOk() {
		return this.everyOk.sum();
	}

	/**
	 * Sends at {@code perSecond} for the warm-up and the measured window.
	 * @param onOk told of every 2xx answer, warm-up included, or {@code null}
	 * @return what the measured window saw
	 */
	LoadResult openLoop(String description, Supplier<HttpRequest> requests, int perSecond, Duration warmUp,
			Duration measure, OnOk onOk) {
		Window window = new Window(warmUp, measure, this.everyOk, onOk);
		AtomicInteger inFlight = new AtomicInteger();
		AtomicLong skipped = new AtomicLong();
		long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
		long total = (window.end - window.start) / interval;
		for (long i = 0; i < total; i++) {
			long due = window.start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			if (inFlight.get() >= MAX_IN_FLIGHT) {
				window.notSent(due);
				skipped.incrementAndGet();
				continue;
			}
			HttpRequest request = requests.get();
			if (request == null) {
				window.ranOutAt(due);
				break;
			}
			inFlight.incrementAndGet();
			send(request).whenComplete((response, failure) -> {
				inFlight.decrementAndGet();
				window.record(due, System.nanoTime(), response);
			});
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (inFlight.get() > 0 && System.nanoTime() < deadline) {
			Pause.millis(10);
		}
		String how = " (open loop, " + perSecond + "/s" + ((skipped.get() > 0) ? ", " + skipped + " not sent" : "")
				+ ")";
		return window.result(description + how);
	}

	private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	/**
	 * Told of each 2xx: when its request was sent (or due), when the answer arrived (both
	 * {@link System#nanoTime()}) and what it said.
	 */
	interface OnOk {

		void answered(long sentNanos, long answeredNanos, HttpResponse<String> response);

	}

	/** Answers are counted only when the request was sent inside the measured window. */
	private static final class Window {

		final long start = System.nanoTime();

		final long measureFrom;

		volatile long end;

		final Latencies latencies = new Latencies();

		final LongAdder ok = new LongAdder();

		final LongAdder failed = new LongAdder();

		final LongAdder notSent = new LongAdder();

		final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

		final LongAdder everyOk;

		final OnOk onOk;

		Window(Duration warmUp, Duration measure, LongAdder everyOk, OnOk onOk) {
			this.everyOk = everyOk;
			this.onOk = onOk;
			this.measureFrom = this.start + warmUp.toNanos();
			this.end = this.measureFrom + measure.toNanos();
		}

		synchronized void ranOutAt(long at) {
			this.end = Math.min(this.end, Math.max(at, this.measureFrom + 1));
		}

		void notSent(long due) {
			record(due, System.nanoTime(), null);
			if (due >= this.measureFrom && due < this.end) {
				this.notSent.increment();
			}
		}

		void record(long sent, long answered, HttpResponse<String> response) {
			boolean isOk = response != null && response.statusCode() / 100 == 2;
			if (isOk) {
				this.everyOk.increment();
				if (this.onOk != null) {
					this.onOk.answered(sent, answered, response);
				}
			}
			if (sent < this.measureFrom || sent >= this.end) {
				return;
			}
			this.statuses.computeIfAbsent((response != null) ? response.statusCode() : 0, (status) -> new LongAdder())
				.increment();
			if (isOk) {
				this.ok.increment();
				this.latencies.recordNanos(answered - sent);
			}
			else {
				this.failed.increment();
			}
		}

		LoadResult result(String description) {
			Map<Integer, Long> byStatus = new TreeMap<>();
			this.statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
			return new LoadResult(description, this.ok.sum() + this.failed.sum() - this.notSent.sum(), this.ok.sum(),
					this.failed.sum(), byStatus, Duration.ofNanos(this.end - this.measureFrom),
					this.latencies.percentiles());
		}

	}

}
