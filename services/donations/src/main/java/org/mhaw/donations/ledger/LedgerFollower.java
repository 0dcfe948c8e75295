package org.mhaw.donations.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mhaw.events.EventCodec;
import org.mhaw.events.Topics;
import org.mhaw.events.UnreadableEventException;
import org.mhaw.platform.concurrent.Futures;
import org.mhaw.platform.kafka.TopicPartitions;
import org.mhaw.platform.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Reads donations' private topic, {@code mhaw.donations} and {@code mhaw.moderation} from
 * the beginning into the {@link DonationLedger}, then keeps following them. Every
 * instance reads every partition (no consumer group): each holds the whole state.
 * <p>
 * It starts before the web server (a low lifecycle phase) and does not return from
 * {@link #start()} until it has read up to the end offsets it found, so the service takes
 * no request and reports no readiness until its state is rebuilt.
 */
@Component
class LedgerFollower implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(LedgerFollower.class);

	private static final Duration POLL = Duration.ofMillis(100);

	private static final int FETCH_MIN_BYTES = 64 * 1024;

	private static final Duration FETCH_MAX_WAIT = Duration.ofMillis(5);

	/**
	 * A record listed after the follower had passed it is never met again: when a
	 * partition's list grows past this, what lies behind the follower is dropped.
	 */
	private static final int APPLIED_ON_WRITE_PRUNED_AT = 1024;

	private final KafkaProperties kafkaProperties;

	private final KafkaAdmin kafkaAdmin;

	private final LedgerSettings settings;

	private final MeterRegistry meters;

	private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

	private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();

	/**
	 * Records this instance wrote and applied as soon as the broker acknowledged them, by
	 * partition: the follower passes over them instead of decoding and applying them a
	 * second time, which was most of its work under load.
	 */
	private final Map<TopicPartition, Set<Long>> appliedOnWrite = new ConcurrentHashMap<>();

	private volatile DonationLedger ledger;

	private volatile SupporterKeys keys;

	private volatile List<TopicPartition> partitions = List.of();

	private volatile AdminClient admin;

	private volatile Map<String, Integer> partitionCounts = Map.of();

	private volatile LogEnds logEnds;

	private volatile KafkaConsumer<String, byte[]> consumer;

	private volatile Thread thread;

	private volatile boolean running;

	LedgerFollower(KafkaProperties kafkaProperties, KafkaAdmin kafkaAdmin, LedgerSettings settings,
			MeterRegistry meters) {
		this.kafkaProperties = kafkaProperties;
		this.kafkaAdmin = kafkaAdmin;
		this.settings = settings;
		this.meters = meters;
	}

	void feed(DonationLedger ledger) {
		this.ledger = ledger;
	}

	void feed(SupporterKeys keys) {
		this.keys = keys;
	}

	@Override
	public void start() {
		this.admin = AdminClient.create(this.kafkaAdmin.getConfigurationProperties());
		Map<String, Object> config = this.kafkaProperties.buildConsumerProperties();
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// Requests wait for the follower only when another instance (or another run
		// of this one) last wrote about their donation. A few milliseconds more then
		// buy far fewer fetches under load, each one work here and in the broker.
		config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES);
		config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) FETCH_MAX_WAIT.toMillis());
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> all = new ArrayList<>();
		for (String topic : List.of(this.settings.topic(), this.settings.keysTopic(), Topics.DONATIONS,
				Topics.MODERATION)) {
			all.addAll(TopicPartitions.of(this.consumer, topic, this.settings.startupTimeout()));
		}
		this.partitions = List.copyOf(all);
		this.partitionCounts = all.stream()
			.collect(Collectors.toUnmodifiableMap(TopicPartition::topic, (partition) -> 1, Integer::sum));
		this.logEnds = new LogEnds(this.admin,
				all.stream().filter((partition) -> !Topics.MODERATION.equals(partition.topic())).toList());
		this.consumer.assign(this.partitions);
		this.consumer.seekToBeginning(this.partitions);
		Map<TopicPartition, Long> end = this.consumer.endOffsets(this.partitions);
		this.running = true;
		this.thread = new Thread(this::follow, "donations-ledger-follower");
		this.thread.setDaemon(true);
		this.thread.start();
		long started = System.nanoTime();
		waitUntilRead(end, this.settings.startupTimeout());
		logger.info("Donations state rebuilt from {} records in {} ms",
				end.values().stream().mapToLong(Long::longValue).sum(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	/**
	 * Waits until this instance has read every record now on the partitions that hold a
	 * record key in the given topics ({@link #caughtUp}).
	 * @param recordKey the donation or supporter about to be decided
	 * @param topics topics keyed by it
	 * @return the offsets read up to, on those partitions
	 * @throws ApiProblem 503 if the log does not answer or this instance lags too far
	 */
	Map<TopicPartition, Long> awaitCaughtUp(String recordKey, List<String> topics) {
		return Futures.join(caughtUp(recordKey, topics));
	}

	/**
	 * Completes once this instance has read every record now on the partitions that hold
	 * a record key in the given topics: for a donation, its partitions of the private
	 * topic and {@code mhaw.donations} (both keyed by donation id, so everything ever
	 * written about it is there); for a supporter's key, its partition of the keys topic.
	 * @param recordKey the donation or supporter about to be decided
	 * @param topics topics keyed by it
	 * @return the offsets read up to, on those partitions; failed with an
	 * {@link ApiProblem} 503 if the log does not answer or this instance lags too far
	 */
	CompletableFuture<Map<TopicPartition, Long>> caughtUp(String recordKey, List<String> topics) {
		long deadline = System.nanoTime() + this.settings.catchUpTimeout().toNanos();
		// A copy: the round is shared with other callers, and the timeout is this one's.
		return this.logEnds.fetch()
			.copy()
			.orTimeout(this.settings.catchUpTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.exceptionally((failure) -> {
				throw unavailable();
			})
			.thenCompose((ends) -> {
				Map<TopicPartition, Long> own = new HashMap<>();
				for (String topic : topics) {
					TopicPartition partition = partitionOf(recordKey, topic);
					own.put(partition, ends.get(partition));
				}
				return read(own, Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))).thenApply((read) -> own);
			});
	}

	/**
	 * Completes once this instance has read up to the given offsets.
	 * @param end the offsets
	 * @return done; failed with an {@link ApiProblem} 503 if this instance lags too far
	 */
	CompletableFuture<Void> read(Map<TopicPartition, Long> end) {
		return read(end, this.settings.catchUpTimeout());
	}

	/**
	 * A record this instance wrote has been applied to the ledger already, when the
	 * broker acknowledged it: the follower need not decode it again. Unlisted records are
	 * applied as read, which is always safe.
	 * @param written where the record was written
	 */
	void appliedOnWrite(RecordMetadata written) {
		TopicPartition partition = new TopicPartition(written.topic(), written.partition());
		if (this.positions.getOrDefault(partition, 0L) > written.offset()) {
			return;
		}
		this.appliedOnWrite.computeIfAbsent(partition, (key) -> ConcurrentHashMap.newKeySet()).add(written.offset());
	}

	/**
	 * The partition of a topic that holds a record key, as the producer chooses it.
	 * @param recordKey the key
	 * @param topic one of the followed topics
	 * @return its partition
	 */
	TopicPartition partitionOf(String recordKey, String topic) {
		return new TopicPartition(topic, BuiltInPartitioner.partitionForKey(recordKey.getBytes(StandardCharsets.UTF_8),
				this.partitionCounts.get(topic)));
	}

	/**
	 * Completes once the follower has passed the given offsets, on the follower's thread
	 * unless it already had. Each waiter is woken once, when its own offsets are passed:
	 * waking every waiter after every poll (as a shared monitor would) cost the request
	 * threads more CPU than the webhooks themselves.
	 */
	private CompletableFuture<Void> read(Map<TopicPartition, Long> end, Duration timeout) {
		if (hasRead(end)) {
			return CompletableFuture.completedFuture(null);
		}
		Waiter waiter = new Waiter(end, new CompletableFuture<>());
		this.waiters.add(waiter);
		// The follower may have passed the offsets, or stopped, before this waiter was
		// listed.
		if (hasRead(end)) {
			waiter.passed().complete(null);
		}
		else if (!this.running) {
			waiter.passed().completeExceptionally(unavailable());
		}
		return waiter.passed().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS).handle((passed, failure) -> {
			this.waiters.remove(waiter);
			if (failure != null) {
				throw unavailable();
			}
			return null;
		});
	}

	private void waitUntilRead(Map<TopicPartition, Long> end, Duration timeout) {
		Futures.join(read(end, timeout));
	}

	private boolean hasRead(Map<TopicPartition, Long> end) {
		return end.entrySet()
			.stream()
			.allMatch((entry) -> this.positions.getOrDefault(entry.getKey(), 0L) >= entry.getValue());
	}

	private void follow() {
		try {
			while (this.running) {
				ConsumerRecords<String, byte[]> records = this.consumer.poll(POLL);
				for (TopicPartition partition : records.partitions()) {
					Set<Long> applied = this.appliedOnWrite.get(partition);
					for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
						if (applied == null || !applied.remove(record.offset())) {
							apply(record);
						}
					}
				}
				for (TopicPartition partition : this.partitions) {
					long position = this.consumer.position(partition);
					this.positions.put(partition, position);
					Set<Long> applied = this.appliedOnWrite.get(partition);
					if (applied != null && applied.size() > APPLIED_ON_WRITE_PRUNED_AT) {
						applied.removeIf((offset) -> offset < position);
					}
				}
				this.waiters.removeIf((waiter) -> hasRead(waiter.end()) && waiter.passed().complete(null));
			}
		}
		catch (WakeupException ex) {
			// stop() asked us to finish.
		}
		catch (RuntimeException ex) {
			logger.error("Donations ledger follower stopped; this instance no longer sees new records", ex);
			this.running = false;
		}
		finally {
			this.consumer.close();
			this.waiters.forEach((waiter) -> waiter.passed().completeExceptionally(unavailable()));
		}
	}

	private void apply(ConsumerRecord<String, byte[]> record) {
		if (record.topic().equals(this.settings.keysTopic())) {
			this.keys.apply(record.key(), record.value());
			return;
		}
		if (record.topic().equals(this.settings.topic())) {
			LedgerEntry entry = LedgerCodec.decode(record.value());
			if (entry == null) {
				skip(record, "unreadable private entry");
				return;
			}
			this.ledger.apply(entry);
			return;
		}
		try {
			this.ledger.apply(EventCodec.decode(record.value()));
		}
		catch (UnreadableEventException ex) {
			// Not ours to dead-letter: the topic's own consumers do that. Skip it and go
			// on.
			skip(record, ex.getMessage());
		}
	}

	private void skip(ConsumerRecord<String, byte[]> record, String why) {
		this.meters.counter("mhaw.donations.ledger.skipped", "topic", record.topic()).increment();
		logger.warn("Skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), why);
	}

	private static ApiProblem unavailable() {
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "state-catching-up",
				"The donations service is catching up with the log; please retry in a moment.", null);
	}

	@Override
	public void stop() {
		this.running = false;
		KafkaConsumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		Thread follower = this.thread;
		if (follower != null) {
			try {
				follower.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(2));
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Before the web server starts (Boot's web server lifecycle runs at a higher phase).
	 */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	/** A request waiting for the follower to pass some offsets. */
	private record Waiter(Map<TopicPartition, Long> end, CompletableFuture<Void> passed) {

	}

}
