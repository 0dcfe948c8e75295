package org.mhaw.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real broker the way {@code infra/run} does: its own JVM, from the jars the
 * build copies to {@code target/lib}.
 */
class LocalKafkaTests {

	private static final String BROKER_CLASSPATH = Path.of("target", "lib").toAbsolutePath() + "/*";

	@TempDir
	Path data;

	@Test
	void formatsTheLogOnceAndKeepsItsRecordsForTheNextRun() throws Exception {
		Path dir = this.data.resolve("kafka");
		Path logs = Files.createDirectories(this.data.resolve("logs"));
		int port = freePort();
		int controllerPort = freePort();
		assertThat(LocalKafka.needsFormat(dir.resolve("log"))).isTrue();

		try (LocalKafka first = LocalKafka.start(dir, logs, BROKER_CLASSPATH, port, controllerPort)) {
			assertThat(first.formattedNow()).isTrue();
			write(first.bootstrapServers(), "launcher-check", "kept across restarts");
		}
		String clusterId = Files.readString(dir.resolve("log").resolve("meta.properties"));
		assertThat(LocalKafka.needsFormat(dir.resolve("log"))).isFalse();

		try (LocalKafka second = LocalKafka.start(dir, logs, BROKER_CLASSPATH, port, controllerPort)) {
			assertThat(second.formattedNow()).isFalse();
			assertThat(second.description()).isEqualTo("log kept from the last run");
			assertThat(read(second.bootstrapServers(), "launcher-check")).containsExactly("kept across restarts");
		}
		assertThat(Files.readString(dir.resolve("log").resolve("meta.properties"))).isEqualTo(clusterId);
		assertThat(logs.resolve("kafka.log")).content().contains("Kafka Server started");
	}

	private static void write(String bootstrap, String topic, String value) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
		}
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, "key", value)).get();
		}
	}

	private static List<String> read(String bootstrap, String topic) {
		TopicPartition partition = new TopicPartition(topic, 0);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(),
				new StringDeserializer())) {
			consumer.assign(List.of(partition));
			consumer.seekToBeginning(List.of(partition));
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(20)).get(partition);
			while (consumer.position(partition, Duration.ofSeconds(20)) < end) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records.stream().map(ConsumerRecord::value).toList();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
