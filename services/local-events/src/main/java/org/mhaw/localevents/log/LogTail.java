package org.mhaw.localevents.log;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mhaw.platform.kafka.TopicPartitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one topic from its first record, always: every partition is assigned (no consumer
 * group, no committed offsets), so the state folded from it is rebuilt from the log on
 * every start. {@link #catchUp} reads to the end offsets seen at start, on the caller's
 * thread, so the service is not ready before its state is; {@link #follow} then keeps
 * reading on a thread of its own.
 */
public final class LogTail {

	private static final Logger logger = LoggerFactory.getLogger(LogTail.class);

	private static final Duration POLL = Duration.ofMillis(100);

	private final String topic;

	private final KafkaConsumer<String, byte[]> consumer;

	private final Consumer<List<ConsumerRecord<String, byte[]>>> handler;

	private volatile boolean running;

	private Thread thread;

	/**
	 * @param topic the topic to read
	 * @param consumerProperties the platform's consumer properties (bootstrap servers,
	 * security); group and deserialisers are set here
	 * @param handler applies each polled batch, in partition offset order
	 */
	public LogTail(String topic, Map<String, Object> consumerProperties,
			Consumer<List<ConsumerRecord<String, byte[]>>> handler) {
		this.topic = topic;
		Map<String, Object> config = new HashMap<>(consumerProperties);
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
		this.handler = handler;
	}

	/** Reads from the beginning up to the end offsets as they are now. */
	public void catchUp() {
		List<TopicPartition> partitions = partitions();
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
		Map<TopicPartition, Long> end = this.consumer.endOffsets(partitions);
		while (!partitions.stream().allMatch((partition) -> this.consumer.position(partition) >= end.get(partition))) {
			handle(this.consumer.poll(POLL));
		}
	}

	/** Keeps reading new records on a thread of its own until {@link #stop}. */
	public void follow() {
		this.running = true;
		this.thread = new Thread(this::run, "log-tail-" + this.topic);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	public void stop() {
		this.running = false;
		this.consumer.wakeup();
		if (this.thread != null) {
			try {
				this.thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		else {
			this.consumer.close();
		}
	}

	private void run() {
		try {
			while (this.running) {
				handle(this.consumer.poll(POLL));
			}
		}
		catch (WakeupException ex) {
			// stop() asked us to finish.
		}
		catch (RuntimeException ex) {
			logger.error("Stopped following {}", this.topic, ex);
		}
		finally {
			this.consumer.close();
		}
	}

	private void handle(ConsumerRecords<String, byte[]> records) {
		if (!records.isEmpty()) {
			List<ConsumerRecord<String, byte[]>> batch = new java.util.ArrayList<>(records.count());
			records.forEach(batch::add);
			this.handler.accept(batch);
		}
	}

	private List<TopicPartition> partitions() {
		return TopicPartitions.of(this.consumer, this.topic, Duration.ofSeconds(30));
	}

}
