package org.mhaw.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the benchmark started (a broker, Redis, a service, a Kafka tool), with its
 * output in a log file. Each one is stopped by its own handle, never by name.
 */
final class ChildProcess implements AutoCloseable {

	private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final Path log;

	private final Instant started;

	private ChildProcess(String name, Process process, Path log, Instant started) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.started = started;
	}

	static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().putAll(environment);
		try {
			Instant started = Instant.now();
			return new ChildProcess(name, builder.start(), log, started);
		}
		catch (IOException ex) {
			throw new BenchException("could not start " + name + ": " + ex.getMessage(), ex);
		}
	}

	/** A JVM with the benchmark module's own classpath, running {@code mainAndArgs}. */
	static ChildProcess java(String name, List<String> jvmOptions, List<String> mainAndArgs,
			Map<String, String> environment, Path log) {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.addAll(mainAndArgs);
		return start(name, command, environment, log);
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * Runs a tool to its end and returns what it printed.
	 * @param timeout how long it may take
	 * @return its output
	 */
	String awaitOutput(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				close();
				throw new BenchException(this.name + " did not finish in " + timeout + "; see " + this.log);
			}
			String output = Files.readString(this.log, StandardCharsets.UTF_8);
			if (this.process.exitValue() != 0) {
				throw new BenchException(
						this.name + " failed (exit " + this.process.exitValue() + "); see " + this.log);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted waiting for " + this.name, ex);
		}
	}

	/**
	 * Waits until {@code uri} answers 200.
	 * @param uri a readiness URL
	 * @param timeout how long to wait
	 * @return how long it took from the process start
	 */
	Duration awaitHttpOk(URI uri, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			requireAlive();
			try {
				HttpResponse<Void> response = PROBE.send(
						HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return Duration.between(this.started, Instant.now());
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new BenchException("interrupted waiting for " + this.name, ex);
			}
			Pause.millis(250);
		}
		throw new BenchException(this.name + " was not ready at " + uri + " after " + timeout + "; see " + this.log);
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Sends SIGINT, which some tools (wrk) take as "stop now and report"; the JDK sends
	 * only SIGTERM and SIGKILL itself.
	 */
	void interrupt() {
		start(this.name + "-interrupt", List.of("kill", "-INT", String.valueOf(pid())), Map.of(),
				this.log.resolveSibling(this.log.getFileName() + ".interrupt"))
			.awaitOutput(Duration.ofSeconds(10));
	}

	void requireAlive() {
		if (!isAlive()) {
			throw new BenchException(this.name + " stopped; see " + this.log);
		}
	}

	long pid() {
		return this.process.pid();
	}

	Path log() {
		return this.log;
	}

	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
