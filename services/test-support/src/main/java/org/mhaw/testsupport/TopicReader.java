package org.mhaw.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;

/**
 * Reads a topic from its first offset to its current end with a plain Kafka consumer: the
 * independent view of the log that tests compare services and projections against.
 */
public final class TopicReader {

	private static final Duration POLL = Duration.ofMillis(200);

	private TopicReader() {
	}

	/**
	 * Every record now on the topic, as raw bytes.
	 * @param topic the topic
	 * @return its records, partition by partition in offset order
	 */
	public static List<ConsumerRecord<String, byte[]>> records(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.get().kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"topic-reader-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			while (!reachedEnd(consumer, end.keySet(), end)) {
				consumer.poll(POLL).forEach(records::add);
			}
			return records;
		}
	}

	/**
	 * Every event now on the topic.
	 * @param topic the topic
	 * @return its events, partition by partition in offset order
	 */
	public static List<EventEnvelope> events(String topic) {
		return records(topic).stream().map((record) -> EventCodec.decode(record.value())).toList();
	}

	private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Set<TopicPartition> partitions,
			Map<TopicPartition, Long> end) {
		return partitions.stream().allMatch((partition) -> consumer.position(partition) >= end.get(partition));
	}

}
