package org.mhaw.platform.log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps an in-memory projection in step with whole topics: on start it reads them from
 * their first offset to their current end before the service serves anything (so state
 * rebuilt from the log is complete when the web server opens), then follows them for as
 * long as the service runs (so several instances converge on the same state).
 * <p>
 * Every instance reads every partition (no consumer group, nothing committed): the
 * projection is the whole log, not a share of it. The handler must be idempotent, as a
 * service also applies its own writes directly once the broker acknowledged them.
 */
public final class LogFollower implements SmartLifecycle {

	/**
	 * Before the web server starts (Boot starts it in phase
	 * {@code DEFAULT_PHASE - 2048}): nobody sees a half-built projection.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger logger = LoggerFactory.getLogger(LogFollower.class);

	private static final Duration POLL = Duration.ofMillis(250);

	private final String name;

	private final Map<String, Object> consumerConfig;

	private final List<String> topics;

	private final RecordHandler handler;

	private final Duration catchUpTimeout;

	private final CountDownLatch caughtUp = new CountDownLatch(1);

	private volatile boolean running;

	private volatile KafkaConsumer<String, byte[]> consumer;

	private Thread thread;

	/**
	 * @param name what it builds, for its thread and logs
	 * @param consumerConfig the service's consumer settings (bootstrap servers and
	 * security); group and deserializers are set here
	 * @param topics the topics to follow, from their beginning
	 * @param handler applies one record
	 * @param catchUpTimeout how long start-up may take to read the log; a service that
	 * cannot rebuild its state in time fails to start rather than serve a partial one
	 */
	public LogFollower(String name, Map<String, Object> consumerConfig, Collection<String> topics,
			RecordHandler handler, Duration catchUpTimeout) {
		this.name = name;
		this.consumerConfig = new HashMap<>(consumerConfig);
		this.topics = List.copyOf(topics);
		this.handler = handler;
		this.catchUpTimeout = catchUpTimeout;
	}

	@Override
	public void start() {
		Map<String, Object> config = new HashMap<>(this.consumerConfig);
		// No group: this reader owns no offsets and is assigned every partition.
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "log-follower-" + this.name);
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
		this.running = true;
		this.thread = new Thread(this::run, "log-follower-" + this.name);
		this.thread.setDaemon(true);
		this.thread.start();
		try {
			if (!this.caughtUp.await(this.catchUpTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				stop();
				throw new IllegalStateException(
						this.name + " could not read " + this.topics + " within " + this.catchUpTimeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while rebuilding " + this.name, ex);
		}
	}

	private void run() {
		try {
			List<TopicPartition> partitions = partitions();
			this.consumer.assign(partitions);
			this.consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = this.consumer.endOffsets(partitions);
			long applied = 0;
			while (this.running && !reached(end)) {
				applied += poll();
			}
			logger.info("{}: rebuilt from {} records of {}", this.name, applied, this.topics);
			this.caughtUp.countDown();
			while (this.running) {
				poll();
			}
		}
		catch (WakeupException ex) {
			// stop() woke the consumer up: the service is shutting down.
		}
		catch (RuntimeException ex) {
			logger.error("{}: stopped following {}", this.name, this.topics, ex);
		}
		finally {
			this.consumer.close(Duration.ofSeconds(2));
		}
	}

	private int poll() {
		int count = 0;
		for (ConsumerRecord<String, byte[]> record : this.consumer.poll(POLL)) {
			try {
				this.handler.apply(record);
			}
			catch (RuntimeException ex) {
				// One unreadable record must not freeze the projection; the listener's
				// dead-letter topic is where such records are inspected.
				logger.warn("{}: skipped {}-{}@{}", this.name, record.topic(), record.partition(), record.offset(), ex);
			}
			count++;
		}
		return count;
	}

	/** Every partition of the topics, waiting for the topics to exist. */
	private List<TopicPartition> partitions() {
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : this.topics) {
			List<PartitionInfo> infos = List.of();
			while (this.running && infos.isEmpty()) {
				infos = this.consumer.partitionsFor(topic, Duration.ofSeconds(5));
			}
			infos.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
		}
		return partitions;
	}

	private boolean reached(Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> this.consumer.position(entry.getKey()) >= entry.getValue());
	}

	@Override
	public void stop() {
		this.running = false;
		KafkaConsumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		if (this.thread != null) {
			try {
				this.thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** Applies one record of a followed topic to a projection. */
	@FunctionalInterface
	public interface RecordHandler {

		/**
		 * @param record the record (its value is {@code null} for a tombstone)
		 */
		void apply(ConsumerRecord<String, byte[]> record);

	}

}
