package org.mhaw.dashboard.projection;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the projections from the log: replays every shared topic from its first offset
 * into a fresh generation while pages keep reading the live one, then switches the live
 * pointer once the new generation has reached the end offsets seen at the start and
 * everything the live consumer has applied. The old generation is then deleted. One
 * rebuild at a time across all instances (a lock in Redis).
 */
@Component
public class ProjectionRebuild implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionRebuild.class);

	private static final Duration POLL = Duration.ofMillis(200);

	/** A rebuild that stops renewing its lock (its instance died) frees it after this. */
	private static final Duration LOCK_LEASE = Duration.ofMinutes(2);

	/**
	 * How often a running rebuild renews its lock: well inside the lease, and not once a
	 * batch (two round trips each).
	 */
	private static final Duration LOCK_RENEWAL = LOCK_LEASE.dividedBy(4);

	private final ProjectionStore store;

	private final ProjectionWriter writer;

	private final ConsumerFactory<Object, byte[]> consumerFactory;

	private final RedisClient redis;

	private final DashboardKeys keys;

	private final ChangeAnnouncer announcer;

	private final Clock clock;

	private final Properties replaySettings;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("dashboard-rebuild"));

	/** Applies the rebuild's batches to Redis while its thread polls the next. */
	private final ExecutorService applier = Executors.newSingleThreadExecutor(daemon("dashboard-rebuild-writer"));

	private volatile boolean stopping;

	@SuppressWarnings("unchecked")
	ProjectionRebuild(ProjectionStore store, ProjectionWriter writer, ConsumerFactory<?, ?> consumerFactory,
			RedisClient redis, DashboardKeys keys, ChangeAnnouncer announcer, Clock clock, DashboardSettings settings) {
		this.store = store;
		this.writer = writer;
		// The rebuild reads raw values and no keys (see replaySettings).
		this.consumerFactory = (ConsumerFactory<Object, byte[]>) consumerFactory;
		this.redis = redis;
		this.keys = keys;
		this.announcer = announcer;
		this.clock = clock;
		this.replaySettings = replaySettings(settings.rebuildBatchSize());
	}

	/**
	 * Starts a rebuild in the background, unless one is already running.
	 * @return the rebuild's status
	 */
	public RebuildStatus start() {
		String generation = this.store.newGeneration();
		String locked = this.redis.set(this.keys.rebuildLock(), generation,
				SetParams.setParams().nx().px(LOCK_LEASE.toMillis()));
		if (!"OK".equals(locked)) {
			return status();
		}
		record("running", generation, Map.of("startedAt", this.clock.instant().toString(), "finishedAt", ""));
		this.runner.execute(() -> run(generation));
		return status();
	}

	/** The latest rebuild's status. */
	public RebuildStatus status() {
		Map<String, String> status = this.redis.hgetAll(this.keys.rebuildStatus());
		return new RebuildStatus(status.getOrDefault("state", "none"), status.get("generation"),
				status.get("startedAt"), blankToNull(status.get("finishedAt")), this.store.liveGeneration());
	}

	/**
	 * Runs a rebuild on the caller's thread.
	 * @param generation the fresh generation to fill
	 */
	void run(String generation) {
		String replaced = null;
		// The batch Redis is applying while the next one is polled and folded: one at a
		// time, in poll order, on the one writer thread.
		CompletableFuture<Void> applying = CompletableFuture.completedFuture(null);
		RebuildFold fold = this.writer.rebuildFold();
		try (Consumer<Object, byte[]> consumer = this.consumerFactory.createConsumer("dashboard-rebuild-" + generation,
				"dashboard-rebuild", null, this.replaySettings)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : Topics.ALL) {
				consumer.partitionsFor(topic)
					.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			long lockRenewedAt = System.nanoTime();
			while (!this.stopping) {
				SummedBatch batch = fold.fold(consumer.poll(POLL));
				applying.join();
				applying = CompletableFuture.runAsync(() -> this.writer.applyToRebuild(generation, batch),
						this.applier);
				if (System.nanoTime() - lockRenewedAt >= LOCK_RENEWAL.toNanos()) {
					renewLock(generation);
					lockRenewedAt = System.nanoTime();
				}
				if (reached(consumer, end)) {
					// Everything polled must be in Redis before the switch compares
					// offsets.
					applying.join();
					replaced = this.store.switchTo(generation);
					if (replaced != null) {
						break;
					}
				}
			}
			applying.join();
		}
		catch (RuntimeException ex) {
			logger.error("Rebuild of generation {} failed; the live generation is unchanged", generation, ex);
			// Nothing may write the generation once it is deleted.
			awaitQuietly(applying);
			finish("failed", generation);
			this.store.delete(generation);
			return;
		}
		if (replaced == null) {
			finish("stopped", generation);
			this.store.delete(generation);
			return;
		}
		this.store.delete(replaced);
		this.announcer.announce(generation);
		finish("done", generation);
		logger.info("Rebuilt the dashboard from the log into generation {} (replaced {})", generation, replaced);
	}

	private static void awaitQuietly(CompletableFuture<Void> applying) {
		try {
			applying.join();
		}
		catch (RuntimeException ex) {
			// already failed: the rebuild is abandoned either way
		}
	}

	private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	private void renewLock(String generation) {
		if (generation.equals(this.redis.get(this.keys.rebuildLock()))) {
			this.redis.pexpire(this.keys.rebuildLock(), LOCK_LEASE.toMillis());
		}
	}

	private void finish(String state, String generation) {
		record(state, generation, Map.of("finishedAt", this.clock.instant().toString()));
		if (generation.equals(this.redis.get(this.keys.rebuildLock()))) {
			this.redis.del(this.keys.rebuildLock());
		}
	}

	private void record(String state, String generation, Map<String, String> more) {
		Map<String, String> fields = new java.util.HashMap<>(more);
		fields.put("state", state);
		fields.put("generation", generation);
		this.redis.hset(this.keys.rebuildStatus(), fields);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * The replay consumer reads the whole log as fast as it can: big polls, so each batch
	 * folds thousands of events into one script call, and per-partition fetches big
	 * enough to fill such a poll (the 1 MiB default holds about 2,500 donations). Values
	 * stay raw, to be decoded in the fold; keys (the aggregate ids) are not read at all.
	 */
	private static Properties replaySettings(int batchSize) {
		Properties settings = new Properties();
		settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(batchSize));
		settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
		settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, UnreadKeys.class.getName());
		settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		return settings;
	}

	/**
	 * A rebuild needs no record keys: each would otherwise be decoded into a string that
	 * nothing reads.
	 */
	public static final class UnreadKeys implements Deserializer<Object> {

		@Override
		public Object deserialize(String topic, byte[] data) {
			return null;
		}

		@Override
		public Object deserialize(String topic, Headers headers, ByteBuffer data) {
			return null;
		}

	}

	@Override
	public void destroy() {
		this.stopping = true;
		this.runner.shutdown();
		this.applier.shutdown();
	}

	/**
	 * Where the latest rebuild is.
	 *
	 * @param state {@code none}, {@code running}, {@code done}, {@code failed} or
	 * {@code stopped}
	 * @param generation the generation it builds
	 * @param startedAt when it started
	 * @param finishedAt when it finished, or {@code null}
	 * @param liveGeneration the generation pages read now
	 */
	public record RebuildStatus(String state, String generation, String startedAt, String finishedAt,
			String liveGeneration) {

	}

}
