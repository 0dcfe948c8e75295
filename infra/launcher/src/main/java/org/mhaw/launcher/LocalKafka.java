package org.mhaw.launcher;

import java.io.IOException;
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

	private final String description;

	private LocalKafka(Process process, String description) {
		this.process = process;
		this.description = description;
	}

	static LocalKafka start(Path dir, Path logs) throws IOException, InterruptedException {
		Path logDir = dir.resolve("log");
		Path config = dir.resolve("server.properties");
		Files.createDirectories(logDir);
		writeConfig(config, logDir);
		boolean formatted = Files.exists(logDir.resolve("meta.properties"));
		if (!formatted) {
			run(List.of("kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c",
					config.toString()), logs.resolve("kafka-format.log"));
		}
		Path log = logs.resolve("kafka.log");
		Process process = java(List.of("kafka.Kafka", config.toString()), log).start();
		awaitPort(process, log);
		return new LocalKafka(process, formatted ? "log kept from the last run" : "new log, formatted");
	}

	/**
	 * Single node: replication factor 1 everywhere, and topics are created by the
	 * services, not on first use.
	 */
	private static void writeConfig(Path config, Path logDir) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.bootstrap.servers", "localhost:" + CONTROLLER_PORT);
		properties.setProperty("listeners",
				"PLAINTEXT://localhost:" + PORT + ",CONTROLLER://localhost:" + CONTROLLER_PORT);
		properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + PORT);
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.setProperty("log.dirs", logDir.toString());
		properties.setProperty("num.partitions", "3");
		properties.setProperty("auto.create.topics.enable", "false");
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
		properties.setProperty("share.coordinator.state.topic.min.isr", "1");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		try (Writer writer = Files.newBufferedWriter(config)) {
			properties.store(writer, "Written by the mhaw launcher on every start");
		}
	}

	private static void run(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = java(command, log).start();
		if (process.waitFor() != 0) {
			throw new LauncherException("Kafka storage format failed; see " + log);
		}
	}

	private static ProcessBuilder java(List<String> mainAndArgs, Path log) {
		List<String> command = new ArrayList<>(
				List.of(ServiceProcess.javaExecutable(), "-Xmx512m", "-cp", System.getProperty("java.class.path")));
		command.addAll(mainAndArgs);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
	}

	private static void awaitPort(Process process, Path log) throws InterruptedException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new LauncherException("Kafka stopped while starting; see " + log);
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", PORT), 500);
				return;
			}
			catch (IOException ex) {
				TimeUnit.MILLISECONDS.sleep(250);
			}
		}
		throw new LauncherException("Kafka did not open port " + PORT + " in " + START_TIMEOUT + "; see " + log);
	}

	String bootstrapServers() {
		return "localhost:" + PORT;
	}

	String description() {
		return this.description;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
