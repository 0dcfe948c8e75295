package org.mhaw.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process),
 * run from the Kafka jars in its own JVM. Its storage is formatted on the first run only,
 * so the log survives restarts.
 */
final class LocalKafka implements AutoCloseable {

	static final int PORT = 9092;

	static final int CONTROLLER_PORT = 9093;

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final int port;

	private final boolean formattedNow;

	private final Path logDir;

	private LocalKafka(Process process, int port, boolean formattedNow, Path logDir) {
		this.process = process;
		this.port = port;
		this.formattedNow = formattedNow;
		this.logDir = logDir;
	}

	/**
	 * Starts the broker, formatting its storage first if this folder has never held one.
	 * @param dir the broker's folder (configuration and log)
	 * @param logs where the broker's own output goes
	 * @param classpath the Kafka jars (and a log4j binding) for the broker's JVM
	 * @param port the client port
	 * @param controllerPort the KRaft controller port
	 * @return the running broker
	 */
	static LocalKafka start(Path dir, Path logs, String classpath, int port, int controllerPort)
			throws IOException, InterruptedException {
		Path logDir = dir.resolve("log");
		Path config = dir.resolve("server.properties");
		Files.createDirectories(logDir);
		writeConfig(config, logDir, port, controllerPort);
		Path logging = writeLogging(dir, logs);
		boolean formatNow = needsFormat(logDir);
		if (formatNow) {
			Path formatLog = logs.resolve("kafka-format.log");
			Process format = java(classpath, logging, List.of("kafka.tools.StorageTool", "format", "--standalone", "-t",
					Uuid.randomUuid().toString(), "-c", config.toString()), formatLog)
				.start();
			if (format.waitFor() != 0) {
				throw new LauncherException("Kafka storage format failed; see " + formatLog);
			}
		}
		Path log = logs.resolve("kafka.log");
		Process process = java(classpath, logging, List.of("kafka.Kafka", config.toString()), log).start();
		LocalKafka kafka = new LocalKafka(process, port, formatNow, logDir);
		try {
			awaitPort(process, port, log);
		}
		catch (LauncherException | InterruptedException ex) {
			kafka.close();
			throw ex;
		}
		return kafka;
	}

	/** A folder that has held a broker keeps its identity: format only an empty one. */
	static boolean needsFormat(Path logDir) {
		return !Files.exists(logDir.resolve("meta.properties"));
	}

	/** {@link SingleNodeKafka} settings, written afresh on every start. */
	private static void writeConfig(Path config, Path logDir, int port, int controllerPort) throws IOException {
		Properties properties = SingleNodeKafka.settings(logDir, port, controllerPort);
		try (Writer writer = Files.newBufferedWriter(config)) {
			properties.store(writer, "Written by the mhaw launcher on every start");
		}
	}

	/**
	 * The broker logs through log4j2; without a configuration it would only print errors.
	 * INFO goes to its log file, so a failed start can be read there.
	 */
	private static Path writeLogging(Path dir, Path logs) throws IOException {
		Path file = dir.resolve("log4j2.properties");
		Files.writeString(file, """
				# Written by the mhaw launcher on every start
				appender.out.type = Console
				appender.out.name = out
				appender.out.layout.type = PatternLayout
				appender.out.layout.pattern = [%d] %p %m (%c)%n
				rootLogger.level = INFO
				rootLogger.appenderRef.out.ref = out
				logger.state.name = state.change.logger
				logger.state.level = WARN
				""");
		return file;
	}

	private static ProcessBuilder java(String classpath, Path logging, List<String> mainAndArgs, Path log) {
		List<String> command = new ArrayList<>(List.of(ServiceProcess.javaExecutable(), "-Xmx512m",
				"-Dlog4j2.configurationFile=" + logging.toUri(), "-cp", classpath));
		command.addAll(mainAndArgs);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
	}

	private static void awaitPort(Process process, int port, Path log) throws InterruptedException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new LauncherException("Kafka stopped while starting; see " + log);
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 500);
				return;
			}
			catch (IOException ex) {
				TimeUnit.MILLISECONDS.sleep(250);
			}
		}
		throw new LauncherException("Kafka did not open port " + port + " in " + START_TIMEOUT + "; see " + log);
	}

	String bootstrapServers() {
		return "localhost:" + this.port;
	}

	/** The id the log was formatted with: it names this log for as long as it is kept. */
	String clusterId() throws IOException {
		Properties meta = new Properties();
		try (Reader reader = Files.newBufferedReader(this.logDir.resolve("meta.properties"))) {
			meta.load(reader);
		}
		return meta.getProperty("cluster.id");
	}

	boolean formattedNow() {
		return this.formattedNow;
	}

	String description() {
		return this.formattedNow ? "new log, formatted" : "log kept from the last run";
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
