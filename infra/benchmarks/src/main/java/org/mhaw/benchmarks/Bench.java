package org.mhaw.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one benchmark command ({@code infra/bench}): starts a throwaway broker and Redis,
 * measures the bare parts, then the platform's ingest, freshness and rebuild against
 * them, all in the same run, and writes the report. Everything it starts it stops, and
 * its broker log is deleted at the end.
 */
public final class Bench {

	private final BenchSettings settings;

	private final Report report = new Report();

	private final List<AutoCloseable> running = new ArrayList<>();

	private Bench(BenchSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.from(List.of(args));
		Files.createDirectories(settings.logs());
		Bench bench = new Bench(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll, "bench-stop"));
		try {
			bench.run();
		}
		finally {
			bench.stopAll();
		}
	}

	private void run() {
		Instant started = Instant.now();
		Machine machine = Machine.describe();
		this.report.machine(machine.cpus() + " CPUs (" + machine.cpuModel() + "), " + machine.memoryMiB()
				+ " MiB memory, " + machine.os());
		this.report.machine(machine.java() + "; Kafka " + machine.kafka() + " (broker and clients)");
		this.report.machine("load average at start: " + Machine.loadAverage());
		Wrk wrk = Wrk.in(this.settings.runDir().resolve("wrk"));
		this.report.machine(String.format(
				"HTTP load by %s, %d threads: each figure a %d s warm-up run, then a %d s measured run; closed loop over %d connections, paced over %d; services and the bare app run with %s",
				wrk.version(), Wrk.THREADS, this.settings.warmUp().toSeconds(), this.settings.measure().toSeconds(),
				this.settings.inFlight(), this.settings.pacedConnections(), String.join(" ", JVM_OPTIONS)));
		Console.say("run folder " + this.settings.runDir());

		BenchKafka kafka = started(BenchKafka.start(this.settings.runDir().resolve("kafka")));
		BenchRedis redis = started(BenchRedis.start(this.settings.runDir().resolve("redis")));
		this.report.machine("Redis " + redis.version() + " (redis-server of its own on port " + BenchRedis.PORT
				+ ", no persistence, noeviction)");

		BareParts bare = new BareParts(this.settings, kafka, this.report, wrk);
		bare.measure(this::started);
		if (!this.settings.bareOnly()) {
			new PlatformParts(this.settings, kafka, redis, bare, this.report, wrk).measure(this::started);
		}
		this.report.machine("load average at end: " + Machine.loadAverage() + "; the run took "
				+ since(started).toSeconds() + " s");
		Path written = this.settings.root().resolve("infra/benchmarks/target/bench-report.md");
		this.report.write(written);
		Console.print("\n" + this.report.markdown());
		Console.say("report written to " + written);
	}

	private <T extends AutoCloseable> T started(T thing) {
		synchronized (this.running) {
			this.running.add(thing);
		}
		return thing;
	}

	private void stopAll() {
		List<AutoCloseable> toStop;
		synchronized (this.running) {
			toStop = new ArrayList<>(this.running);
			this.running.clear();
		}
		for (int i = toStop.size() - 1; i >= 0; i--) {
			try {
				toStop.get(i).close();
			}
			catch (Exception ex) {
				Console.say("could not stop cleanly: " + ex.getMessage());
			}
		}
		if (!toStop.isEmpty()) {
			deleteBrokerLog();
		}
	}

	/** The broker's log holds a million donations or more; the run's logs are kept. */
	private void deleteBrokerLog() {
		Path log = this.settings.runDir().resolve("kafka/log");
		if (!Files.exists(log)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(log)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			Console.say("could not delete " + log + ": " + ex.getMessage());
		}
	}

	/** Starts a service jar, or the bare app, the way the launcher starts services. */
	static ChildProcess startApp(String name, List<String> command, int port, Map<String, String> environment,
			Path logs) {
		Map<String, String> env = new java.util.HashMap<>(environment);
		env.put("PORT", String.valueOf(port));
		List<String> full = new ArrayList<>();
		full.add(ChildProcess.javaExecutable());
		full.addAll(JVM_OPTIONS);
		full.addAll(command);
		return ChildProcess.start(name, full, env, logs.resolve(name + ".log"));
	}

	/** As the launcher runs each service (infra/launcher ServiceProcess). */
	static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xss512k");

	static URI local(int port) {
		return URI.create("http://localhost:" + port);
	}

	static Instant now() {
		return Instant.now();
	}

	static Duration since(Instant start) {
		return Duration.between(start, Instant.now());
	}

	interface Starter {

		<T extends AutoCloseable> T started(T thing);

	}

}
