package org.mhaw.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.mhaw.launcher.SingleNodeKafka;

/**
 * A throwaway single-node KRaft broker for one benchmark run, on its own ports and in its
 * own folder. Adapted from the launcher's {@code LocalKafka} (same broker settings and
 * heap), which binds the platform's ports 9092/9093 and keeps its log between runs.
 */
final class BenchKafka implements AutoCloseable {

	static final int PORT = 19092;

	static final int CONTROLLER_PORT = 19093;

	/**
	 * As the platform lays out its shared topics: see platform-support's KafkaSettings.
	 */
	static final int PARTITIONS = 3;

	private final ChildProcess broker;

	private BenchKafka(ChildProcess broker) {
		this.broker = broker;
	}

	/** The broker's process, for its CPU time. */
	ChildProcess process() {
		return this.broker;
	}

	static BenchKafka start(Path dir) {
		try {
			Path logDir = dir.resolve("log");
			Path config = dir.resolve("server.properties");
			Files.createDirectories(logDir);
			writeConfig(config, logDir);
			ChildProcess
				.java("kafka-format", List.of("-Xmx512m"),
						List.of("kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
								"-c", config.toString()),
						Map.of(), dir.resolve("format.log"))
				.awaitOutput(Duration.ofSeconds(60));
			ChildProcess broker = ChildProcess.java("kafka", List.of("-Xmx512m"),
					List.of("kafka.Kafka", config.toString()), Map.of(), dir.resolve("kafka.log"));
			awaitPort(broker);
			return new BenchKafka(broker);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The embedded default's single-node settings, on the benchmark's own ports. */
	private static void writeConfig(Path config, Path logDir) throws IOException {
		Properties properties = SingleNodeKafka.settings(logDir, PORT, CONTROLLER_PORT);
		try (Writer writer = Files.newBufferedWriter(config)) {
			properties.store(writer, "Written by the mhaw benchmark for one run");
		}
	}

	private static void awaitPort(ChildProcess broker) {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			broker.requireAlive();
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", PORT), 500);
				return;
			}
			catch (IOException ex) {
				Pause.millis(250);
			}
		}
		throw new BenchException("Kafka did not open port " + PORT + "; see " + broker.log());
	}

	String bootstrapServers() {
		return "localhost:" + PORT;
	}

	/**
	 * Creates a topic laid out as the platform's shared topics are (three partitions,
	 * kept forever).
	 * @param name the topic
	 */
	void createTopic(String name) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			admin
				.createTopics(List.of(new NewTopic(name, PARTITIONS, (short) 1)
					.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"))))
				.all()
				.get();
		}
		catch (ExecutionException ex) {
			throw new BenchException("could not create topic " + name, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted creating topic " + name, ex);
		}
	}

	@Override
	public void close() {
		this.broker.close();
	}

}
