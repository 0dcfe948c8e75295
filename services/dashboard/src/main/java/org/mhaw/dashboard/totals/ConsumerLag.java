package org.mhaw.dashboard.totals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.mhaw.dashboard.projection.ProjectionStore;
import org.mhaw.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * How many events on the shared topics the live projection has not applied yet: the end
 * offsets (asked of the broker at most once a second) less the offsets applied in Redis.
 * Also a gauge, {@code mhaw.dashboard.consumer.lag}.
 * <p>
 * The broker is asked in the background and the last answer is used meanwhile: every
 * totals read, so every push to open pages, asks for the lag, and waiting there for two
 * admin round trips once a second would delay one push in every few by them.
 */
@Component
class ConsumerLag implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ConsumerLag.class);

	private static final Duration CACHE = Duration.ofSeconds(1);

	private static final long TIMEOUT_MS = 2000;

	private final AdminClient admin;

	private final Clock clock;

	private volatile Map<TopicPartition, Long> endOffsets = Map.of();

	private volatile Instant endOffsetsAt = Instant.EPOCH;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private final ExecutorService refresher = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "dashboard-lag-refresh");
		thread.setDaemon(true);
		return thread;
	});

	ConsumerLag(KafkaAdmin kafkaAdmin, Clock clock, ProjectionStore store, MeterRegistry meters) {
		this.admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
		this.clock = clock;
		Gauge.builder("mhaw.dashboard.consumer.lag", () -> lag(store.liveOffsets()))
			.description("Events on the shared topics not yet applied to the dashboard's projections")
			.register(meters);
		// The first answer is usually in before the first page asks.
		endOffsets();
	}

	/**
	 * @param applied last applied offset per {@code topic:partition}
	 * @return events not yet applied, or -1 if the broker did not answer
	 */
	long lag(Map<String, Long> applied) {
		Map<TopicPartition, Long> end = endOffsets();
		if (end.isEmpty()) {
			return -1;
		}
		long lag = 0;
		for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
			TopicPartition partition = entry.getKey();
			long next = applied.getOrDefault(partition.topic() + ":" + partition.partition(), -1L) + 1;
			lag += Math.max(0, entry.getValue() - next);
		}
		return lag;
	}

	/** The last end offsets read, asking again in the background when they are old. */
	private Map<TopicPartition, Long> endOffsets() {
		boolean stale = !this.clock.instant().isBefore(this.endOffsetsAt.plus(CACHE));
		if (stale && this.refreshing.compareAndSet(false, true)) {
			try {
				this.refresher.execute(this::refresh);
			}
			catch (RejectedExecutionException ex) {
				// closing
				this.refreshing.set(false);
			}
		}
		return this.endOffsets;
	}

	private void refresh() {
		Instant now = this.clock.instant();
		try {
			Map<String, TopicDescription> topics = this.admin.describeTopics(Topics.ALL)
				.allTopicNames()
				.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			List<TopicPartition> partitions = new ArrayList<>();
			topics.values()
				.forEach((topic) -> topic.partitions()
					.forEach((info) -> partitions.add(new TopicPartition(topic.name(), info.partition()))));
			Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
			partitions.forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = this.admin.listOffsets(latest)
				.all()
				.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			Map<TopicPartition, Long> end = new java.util.HashMap<>();
			offsets.forEach((partition, info) -> end.put(partition, info.offset()));
			this.endOffsets = end;
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			logger.debug("Could not read end offsets for the consumer lag", ex);
			this.endOffsets = Map.of();
		}
		this.endOffsetsAt = now;
		this.refreshing.set(false);
	}

	@Override
	public void destroy() {
		this.refresher.shutdownNow();
		this.admin.close(Duration.ofSeconds(2));
	}

}
