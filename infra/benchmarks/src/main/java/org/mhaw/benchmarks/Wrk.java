package org.mhaw.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTTP load generator for the bare endpoint and the platform alike: {@code wrk}
 * (Debian's 4.1), two threads, with {@code wrk/requests.lua} sending requests made
 * beforehand ({@link RequestFile}), closed loop or paced ({@link Offer}). wrk is written
 * in C around epoll and takes tens of thousands of requests a second on one core, so the
 * generator is not what a figure measures.
 * <p>
 * Each run sends for its {@link Offer#send() send} window, then lets every request in
 * flight be answered: wrk itself would drop them at {@code -d}, and a webhook that went
 * out unanswered might still confirm a donation the run did not count. The script says
 * when each thread has had all its answers, and the run is ended there (SIGINT makes wrk
 * stop and report), or at the latest {@link #DRAIN} after the window.
 */
final class Wrk {

	/** The machine has two cores, shared with what is measured. */
	static final int THREADS = 2;

	/** wrk's --timeout, and the most a run waits for its last answers. */
	private static final Duration DRAIN = Duration.ofSeconds(30);

	/** The longest a run that sends until its requests are used up may take. */
	private static final Duration USE_UP_LIMIT = Duration.ofMinutes(15);

	private static final String SCRIPT = "wrk/requests.lua";

	private final Path dir;

	private final Path script;

	private int runs;

	private Wrk(Path dir, Path script) {
		this.dir = dir;
		this.script = script;
	}

	/** A generator that keeps its script, request files and output in {@code dir}. */
	static Wrk in(Path dir) {
		try (InputStream script = Wrk.class.getClassLoader().getResourceAsStream(SCRIPT)) {
			if (script == null) {
				throw new BenchException(SCRIPT + " is missing from the benchmark's classpath");
			}
			Files.createDirectories(dir);
			Path copy = dir.resolve("requests.lua");
			Files.copy(script, copy, StandardCopyOption.REPLACE_EXISTING);
			return new Wrk(dir, copy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** As {@code wrk -v} states it ("wrk debian/4.1.0-3+b2 [epoll]"). */
	String version() {
		try {
			Process process = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
			String first = new String(process.getInputStream().readAllBytes()).lines().findFirst().orElse("");
			process.waitFor();
			int copyright = first.indexOf(" Copyright");
			return (copyright > 0) ? first.substring(0, copyright) : first;
		}
		catch (IOException ex) {
			throw new BenchException("wrk is needed (Debian: apt-get install wrk): " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted", ex);
		}
	}

	/** A place for the next run's request file. */
	synchronized Path requestFile(String name) {
		return this.dir.resolve(String.format("%02d-%s.requests", this.runs + 1, name));
	}

	/**
	 * POSTs {@code requests} to {@code uri} as {@code offer} says.
	 * @return what the run saw; its window is the send window, or shorter if the requests
	 * ran out first
	 */
	LoadResult run(String description, URI uri, RequestFile requests, Offer offer) {
		return run(nextRun(), description, uri, requests, offer, List.of());
	}

	/**
	 * As {@link #run}, and reads {@code fields} from the JSON body of each 2xx answer.
	 * @return the run, and one row of field values per 2xx answer
	 */
	Captured capture(String description, URI uri, RequestFile requests, Offer offer, List<String> fields) {
		String name = nextRun();
		Path captured = this.dir.resolve(name + ".captured");
		LoadResult load = run(name, description, uri, requests, offer,
				List.of("capture=" + String.join(",", fields), "captured=" + captured));
		return new Captured(load,
				linesStarting(read(captured), "").stream().map((line) -> line.split("\t", -1)).toList());
	}

	/**
	 * As {@link #run}, and keeps when each 2xx answer was read, as the script's clock
	 * (CLOCK_MONOTONIC) tells it: the clock of {@link System#nanoTime()} on Linux.
	 * @return the run, and the time of each 2xx answer, earliest first
	 */
	Answered answered(String description, URI uri, RequestFile requests, Offer offer) {
		String name = nextRun();
		Path answers = this.dir.resolve(name + ".answers");
		LoadResult load = run(name, description, uri, requests, offer, List.of("answers=" + answers));
		long[] nanos = linesStarting(read(answers), "").stream().mapToLong(Long::parseLong).sorted().toArray();
		return new Answered(load, nanos);
	}

	private synchronized String nextRun() {
		return String.format("wrk-%02d", ++this.runs);
	}

	/**
	 * @param scriptOptions the script's options beyond those every run passes
	 */
	private LoadResult run(String name, String description, URI uri, RequestFile requests, Offer offer,
			List<String> scriptOptions) {
		Duration send = (offer.send() != null) ? offer.send() : USE_UP_LIMIT;
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + offer.connections(),
				"-d" + send.plus(DRAIN).toSeconds() + "s", "--timeout", DRAIN.toSeconds() + "s", "--latency", "-s",
				this.script.toString(), uri.toString(), "--", "requests=" + requests.path(), "threads=" + THREADS,
				"send=" + send.toSeconds(), "rate=" + offer.perSecond(), "reuse=" + requests.reusable()));
		command.addAll(scriptOptions);
		ChildProcess wrk = ChildProcess.start(name, command, Map.of(), this.dir.resolve(name + ".log"));
		try {
			awaitDrained(wrk, send.plus(DRAIN).plusSeconds(10));
			String output = wrk.awaitOutput(Duration.ofSeconds(60));
			return result(description + " (" + offer + ", wrk)", offer, requests, output, wrk);
		}
		finally {
			wrk.close();
			requests.delete();
		}
	}

	/**
	 * Ends the run once every thread has had its last answer (or wrk ended by itself).
	 */
	private static void awaitDrained(ChildProcess wrk, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (wrk.isAlive() && Instant.now().isBefore(deadline)) {
			if (linesStarting(read(wrk.log()), "mhaw-wrk drained").size() >= THREADS) {
				wrk.interrupt();
				return;
			}
			Pause.millis(50);
		}
	}

	private static LoadResult result(String description, Offer offer, RequestFile requests, String output,
			ChildProcess wrk) {
		List<String> lines = linesStarting(output, "mhaw-wrk result ");
		if (lines.isEmpty()) {
			throw new BenchException("wrk reported nothing; see " + wrk.log());
		}
		Map<String, String> values = new HashMap<>();
		for (String pair : lines.get(0).substring("mhaw-wrk result ".length()).trim().split(" ")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		Map<Integer, Long> statuses = new TreeMap<>();
		values.forEach((key, value) -> {
			if (key.startsWith("status_")) {
				statuses.put(Integer.valueOf(key.substring("status_".length())), Long.valueOf(value));
			}
		});
		long sent = number(values, "sent");
		long unanswered = sent - number(values, "answered");
		long notSent = offer.paced() ? Math.max(0, number(values, "offered") - sent) : 0;
		if (unanswered + notSent > 0) {
			statuses.merge(0, unanswered + notSent, Long::sum);
		}
		long ok = statuses.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() / 100 == 2)
			.mapToLong(Map.Entry::getValue)
			.sum();
		long all = statuses.values().stream().mapToLong(Long::longValue).sum();
		Percentiles latencies = new Percentiles(micros(values, "p50_us"), micros(values, "p99_us"),
				micros(values, "p999_us"), micros(values, "max_us"), number(values, "samples"));
		String unused = (!requests.reusable() && sent < requests.count())
				? "; " + (requests.count() - sent) + " of its " + requests.count() + " requests unused" : "";
		return new LoadResult(description + shortfalls(values, offer, notSent, unanswered) + unused, sent, ok, all - ok,
				statuses, Duration.ofMillis((long) (Double.parseDouble(values.get("window_s")) * 1000)), latencies);
	}

	/** What went short in a run, for its description. */
	private static String shortfalls(Map<String, String> values, Offer offer, long notSent, long unanswered) {
		StringBuilder notes = new StringBuilder();
		double ranOut = Double.parseDouble(values.get("ran_out_s"));
		if (ranOut >= 0 && offer.send() != null) {
			notes.append(String.format("; ran out of requests after %.1f s, window cut to match", ranOut));
		}
		if (offer.paced()) {
			notes.append(String.format("; offered %d, %d not sent", number(values, "offered"), notSent));
		}
		if (unanswered > 0) {
			notes.append("; ").append(unanswered).append(" sent but never answered");
		}
		long socketErrors = number(values, "connect_errors") + number(values, "read_errors")
				+ number(values, "write_errors");
		if (socketErrors > 0) {
			notes.append("; wrk socket errors: connect ")
				.append(values.get("connect_errors"))
				.append(", read ")
				.append(values.get("read_errors"))
				.append(", write ")
				.append(values.get("write_errors"));
		}
		return notes.toString();
	}

	private static long number(Map<String, String> values, String key) {
		return Long.parseLong(values.get(key));
	}

	private static double micros(Map<String, String> values, String key) {
		return number(values, key) / 1000.0;
	}

	private static List<String> linesStarting(String text, String prefix) {
		return text.lines().filter((line) -> !line.isEmpty() && line.startsWith(prefix)).toList();
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param load what the run saw
	 * @param rows the captured fields of each 2xx answer, in the order asked for
	 */
	record Captured(LoadResult load, List<String[]> rows) {

	}

	/**
	 * @param load what the run saw
	 * @param okNanos when each 2xx answer was read ({@link System#nanoTime()}), earliest
	 * first
	 */
	record Answered(LoadResult load, long[] okNanos) {

	}

}
