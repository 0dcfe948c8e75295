package org.mhaw.dashboard.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.mhaw.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * The live projection consumer: each polled batch is one {@code apply.lua} call. On
 * assignment it seeks every partition to the offset after the last one applied in Redis,
 * so what Kafka has committed for the group never matters: a crash, a rebalance or a
 * second instance can only hand over records the script then skips.
 */
class ProjectionListener implements BatchMessageListener<String, EventEnvelope>, ConsumerAwareRebalanceListener {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionListener.class);

	private final ProjectionWriter writer;

	private final ProjectionStore store;

	ProjectionListener(ProjectionWriter writer, ProjectionStore store) {
		this.writer = writer;
		this.store = store;
	}

	@Override
	public void onMessage(List<ConsumerRecord<String, EventEnvelope>> records) {
		int failed = this.writer.applyLive(records);
		if (failed >= 0) {
			// Those before it are applied; the error handler dead-letters this one and
			// hands the rest back, which the script skips if already applied.
			throw new BatchListenerFailedException("cannot project record",
					new UnprojectableEventException(records.get(failed)), failed);
		}
	}

	@Override
	public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		Map<String, Long> applied = this.store.liveOffsets();
		List<TopicPartition> fromStart = new ArrayList<>();
		for (TopicPartition partition : partitions) {
			Long last = applied.get(partition.topic() + ":" + partition.partition());
			if (last != null) {
				consumer.seek(partition, last + 1);
			}
			else {
				fromStart.add(partition);
			}
		}
		if (!fromStart.isEmpty()) {
			consumer.seekToBeginning(fromStart);
		}
		logger.info("Projection consumer assigned {} partitions, resuming after the offsets applied in Redis",
				partitions.size());
	}

}
