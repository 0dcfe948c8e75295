package org.mhaw.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service running in its own JVM, with its log in the data folder. */
final class ServiceProcess implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ServiceSpec spec;

	private final Process process;

	private final Path log;

	private ServiceProcess(ServiceSpec spec, Process process, Path log) {
		this.spec = spec;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a service's jar.
	 * @param spec the service
	 * @param env what it is told through its environment (where Kafka and Redis are, the
	 * staff password, …), beside {@code PORT}
	 * @param logs where its output goes
	 * @return the running service
	 */
	static ServiceProcess start(ServiceSpec spec, Map<String, String> env, Path logs) throws IOException {
		if (!Files.isRegularFile(spec.jar())) {
			throw new LauncherException(spec.jar() + " is missing: build it with ./mvnw package -DskipTests");
		}
		Path log = logs.resolve(spec.name() + ".log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+UseSerialGC", "-Xss512k"));
		command.addAll(spec.jvmOptions());
		command.addAll(List.of("-jar", spec.jar().toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().putAll(env);
		builder.environment().put("PORT", String.valueOf(spec.port()));
		Console.say("starting " + spec.name() + " on port " + spec.port() + " (log: " + log + ")");
		return new ServiceProcess(spec, builder.start(), log);
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	void awaitReady() throws InterruptedException {
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		URI readiness = uri(this.spec.baseUrl() + "/actuator/health/readiness");
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new LauncherException(this.spec.name() + " stopped while starting; see " + this.log);
			}
			if (answers200(readiness)) {
				Console.say(this.spec.name() + " is ready");
				return;
			}
			TimeUnit.MILLISECONDS.sleep(500);
		}
		throw new LauncherException(this.spec.name() + " was not ready after " + READY_TIMEOUT + "; see " + this.log);
	}

	private static boolean answers200(URI uri) throws InterruptedException {
		try {
			HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static URI uri(String value) {
		try {
			return new URI(value);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
