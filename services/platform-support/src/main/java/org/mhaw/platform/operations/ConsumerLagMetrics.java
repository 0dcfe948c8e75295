package org.mhaw.platform.operations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.ListenerContainerRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Consumer lag of this service's listeners as a gauge, {@code mhaw.kafka.consumer.lag},
 * tagged by consumer group, topic and partition: how many records on each partition the
 * group has not reached yet. Read from the listener consumers' own {@code records-lag}
 * metric (their position against the partition's end), so it is right whether the group
 * commits its offsets to Kafka or keeps them in Redis. Sampled periodically; a partition
 * the service no longer holds stops being reported.
 */
class ConsumerLagMetrics implements SmartLifecycle {

	static final String METER = "mhaw.kafka.consumer.lag";

	private final ObjectProvider<ListenerContainerRegistry> containers;

	private final ObjectProvider<MeterRegistry> registry;

	private final long intervalMillis;

	private final Map<Partition, Sample> reported = new ConcurrentHashMap<>();

	private volatile ScheduledExecutorService sampler;

	ConsumerLagMetrics(ObjectProvider<ListenerContainerRegistry> containers, ObjectProvider<MeterRegistry> registry,
			long intervalMillis) {
		this.containers = containers;
		this.registry = registry;
		this.intervalMillis = intervalMillis;
	}

	/** Reads every listener's lag now and updates (or retires) the gauges. */
	void sample() {
		ListenerContainerRegistry listeners = this.containers.getIfAvailable();
		MeterRegistry meters = this.registry.getIfAvailable();
		if (listeners == null || meters == null) {
			return;
		}
		Map<Partition, Long> lags = new HashMap<>();
		for (MessageListenerContainer container : listeners.getListenerContainers()) {
			Collection<TopicPartition> assigned = container.getAssignedPartitions();
			if (assigned == null || assigned.isEmpty()) {
				continue;
			}
			Set<String> held = assigned.stream()
				.map((tp) -> tp.topic() + "/" + tp.partition())
				.collect(Collectors.toSet());
			container.metrics()
				.values()
				.forEach((metrics) -> metrics
					.forEach((name, metric) -> collect(container.getGroupId(), held, name, metric, lags)));
		}
		lags.forEach((partition,
				lag) -> this.reported.computeIfAbsent(partition, (key) -> register(key, meters)).lag().set(lag));
		this.reported.keySet().removeIf((partition) -> {
			if (lags.containsKey(partition)) {
				return false;
			}
			meters.remove(this.reported.get(partition).gauge());
			return true;
		});
	}

	/**
	 * Keeps the lag of partitions the container holds now. The client also reports each
	 * dotted topic a second time under a legacy name ({@code mhaw_donations}); matching
	 * against the assignment drops those, and partitions already revoked.
	 */
	private static void collect(String group, Set<String> held, MetricName name, Metric metric,
			Map<Partition, Long> lags) {
		if (!"records-lag".equals(name.name()) || !"consumer-fetch-manager-metrics".equals(name.group())) {
			return;
		}
		String topic = name.tags().get("topic");
		String partition = name.tags().get("partition");
		if (topic == null || partition == null || !held.contains(topic + "/" + partition)
				|| !(metric.metricValue() instanceof Double lag) || lag.isNaN()) {
			return;
		}
		lags.merge(new Partition(String.valueOf(group), topic, partition), lag.longValue(), Math::max);
	}

	private static Sample register(Partition partition, MeterRegistry meters) {
		AtomicLong lag = new AtomicLong();
		Gauge gauge = Gauge.builder(METER, lag, AtomicLong::get)
			.description("Records on the partition that the consumer group has not reached yet")
			.baseUnit("records")
			.tag("group", partition.group())
			.tag("topic", partition.topic())
			.tag("partition", partition.partition())
			.register(meters);
		return new Sample(lag, gauge);
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "mhaw-consumer-lag");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::sampleSafely, this.intervalMillis, this.intervalMillis,
				TimeUnit.MILLISECONDS);
		this.sampler = executor;
	}

	private void sampleSafely() {
		try {
			sample();
		}
		catch (RuntimeException ex) {
			// a container stopping mid-sample: the next sample sees the new state
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.sampler;
		if (executor != null) {
			executor.shutdownNow();
			this.sampler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.sampler != null;
	}

	private record Partition(String group, String topic, String partition) {

	}

	private record Sample(AtomicLong lag, Meter gauge) {

	}

}
