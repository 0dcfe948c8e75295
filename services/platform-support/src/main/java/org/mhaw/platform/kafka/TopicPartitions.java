package org.mhaw.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * A topic's partitions, for consumers that assign them themselves. A topic created a
 * moment ago (on a fresh broker, often by the same start-up) can show no partitions in
 * the metadata yet; a follower that took that answer would never read the topic.
 */
public final class TopicPartitions {

	private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private TopicPartitions() {
	}

	/**
	 * Waits for the topic's partitions to show.
	 * @param consumer the consumer asking
	 * @param topic the topic
	 * @param timeout how long to wait in all
	 * @return its partitions, never empty
	 * @throws IllegalStateException if it still has none after the timeout
	 */
	public static List<TopicPartition> of(Consumer<?, ?> consumer, String topic, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
		while (infos.isEmpty()) {
			if (System.nanoTime() - deadline > 0) {
				throw new IllegalStateException(
						"Topic " + topic + " has no partitions after " + timeout + "; was it created?");
			}
			LockSupport.parkNanos(RETRY_NANOS);
			infos = consumer.partitionsFor(topic, timeout);
		}
		return infos.stream().map((info) -> new TopicPartition(topic, info.partition())).toList();
	}

}
