package org.mhaw.donations.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ForwardingAdmin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real broker: concurrent callers share end-offset requests, and every caller's
 * answer includes what was written before it asked.
 */
@RealInfrastructure
class LogEndsTests {

	private final String topic = "log-ends-" + System.nanoTime();

	private final AtomicInteger requests = new AtomicInteger();

	private Admin admin;

	private KafkaProducer<String, String> producer;

	private List<TopicPartition> partitions;

	@BeforeEach
	void createTopic() throws Exception {
		String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
		this.admin = new CountingAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
		this.admin.createTopics(List.of(new NewTopic(this.topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
		this.partitions = List.of(new TopicPartition(this.topic, 0), new TopicPartition(this.topic, 1),
				new TopicPartition(this.topic, 2));
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer());
	}

	@AfterEach
	void close() {
		this.producer.close();
		this.admin.close();
	}

	@Test
	void everyAnswerCoversTheWritesAcknowledgedBeforeItsCall() throws Exception {
		LogEnds ends = new LogEnds(this.admin, this.partitions);
		for (int i = 1; i <= 20; i++) {
			this.producer.send(new ProducerRecord<>(this.topic, 1, "k", "v" + i)).get();

			Map<TopicPartition, Long> answer = ends.fetch().get(10, TimeUnit.SECONDS);

			assertThat(answer).containsEntry(new TopicPartition(this.topic, 1), (long) i)
				.containsEntry(new TopicPartition(this.topic, 0), 0L)
				.containsOnlyKeys(Set.copyOf(this.partitions));
		}
	}

	@Test
	void concurrentCallersShareRequests() throws Exception {
		LogEnds ends = new LogEnds(this.admin, this.partitions);
		this.producer.send(new ProducerRecord<>(this.topic, 2, "k", "v")).get();
		this.requests.set(0);

		List<CompletableFuture<Map<TopicPartition, Long>>> answers = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			answers.add(ends.fetch());
		}

		for (CompletableFuture<Map<TopicPartition, Long>> answer : answers) {
			assertThat(answer.get(10, TimeUnit.SECONDS)).containsEntry(new TopicPartition(this.topic, 2), 1L);
		}
		assertThat(this.requests.get()).isBetween(1, 2);
	}

	/** Counts the end-offset requests that reach the broker. */
	private final class CountingAdmin extends ForwardingAdmin {

		CountingAdmin(Map<String, Object> config) {
			super(config);
		}

		@Override
		public ListOffsetsResult listOffsets(Map<TopicPartition, OffsetSpec> topicPartitionOffsets) {
			LogEndsTests.this.requests.incrementAndGet();
			return super.listOffsets(topicPartitionOffsets);
		}

	}

}
