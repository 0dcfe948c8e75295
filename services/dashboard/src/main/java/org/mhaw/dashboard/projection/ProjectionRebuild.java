package org.mhaw.dashboard.projection;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.mhaw.events.EventEnvelope;
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

	private final ProjectionStore store;

	private final ProjectionWriter writer;

	private final ConsumerFactory<String, EventEnvelope> consumerFactory;

	private final RedisClient redis;

	private final DashboardKeys keys;

	private final ChangeAnnouncer announcer;

	private final Clock clock;

	private final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "dashboard-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean stopping;

	@SuppressWarnings("unchecked")
	ProjectionRebuild(ProjectionStore store, ProjectionWriter writer, ConsumerFactory<?, ?> consumerFactory,
			RedisClient redis, DashboardKeys keys, ChangeAnnouncer announcer, Clock clock) {
		this.store = store;
		this.writer = writer;
		this.consumerFactory = (ConsumerFactory<String, EventEnvelope>) consumerFactory;
		this.redis = redis;
		this.keys = keys;
		this.announcer = announcer;
		this.clock = clock;
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
		try (Consumer<String, EventEnvelope> consumer = this.consumerFactory
			.createConsumer("dashboard-rebuild-" + generation, "dashboard-rebuild", null)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : Topics.ALL) {
				consumer.partitionsFor(topic)
					.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (!this.stopping) {
				ConsumerRecords<String, EventEnvelope> records = consumer.poll(POLL);
				this.writer.applyTo(generation, records);
				renewLock(generation);
				if (reached(consumer, end)) {
					replaced = this.store.switchTo(generation);
					if (replaced != null) {
						break;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			logger.error("Rebuild of generation {} failed; the live generation is unchanged", generation, ex);
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

	@Override
	public void destroy() {
		this.stopping = true;
		this.runner.shutdown();
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
