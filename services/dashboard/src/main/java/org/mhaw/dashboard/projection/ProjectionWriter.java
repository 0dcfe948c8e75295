package org.mhaw.dashboard.projection;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Turns polled records into one {@code apply.lua} call and announces what changed.
 * Records come from the live consumer (in its group) or from a rebuild (its own
 * consumer); either may hand over records already applied.
 */
@Component
public class ProjectionWriter {

	private static final Logger logger = LoggerFactory.getLogger(ProjectionWriter.class);

	private final ProjectionStore store;

	private final EventProjection projection;

	private final ChangeAnnouncer announcer;

	ProjectionWriter(ProjectionStore store, DashboardSettings settings, ChangeAnnouncer announcer) {
		this.store = store;
		this.projection = new EventProjection(settings);
		this.announcer = announcer;
	}

	/**
	 * Applies readable records to the live generation. Stops at the first record that
	 * cannot be projected, after applying those before it.
	 * @param records the batch, in poll order
	 * @return the index of the first record that could not be projected (unreadable, or
	 * its event broke the projection), or -1 when all were applied
	 */
	public int applyLive(List<ConsumerRecord<String, EventEnvelope>> records) {
		ProjectionBatch batch = new ProjectionBatch();
		for (int i = 0; i < records.size(); i++) {
			ConsumerRecord<String, EventEnvelope> record = records.get(i);
			if (!addTo(batch, record)) {
				flush(ProjectionStore.LIVE, batch);
				return i;
			}
		}
		flush(ProjectionStore.LIVE, batch);
		return -1;
	}

	/**
	 * Applies what can be projected to the given generation, leaving out records the live
	 * consumer dead-letters.
	 */
	void applyTo(String generation, Iterable<ConsumerRecord<String, EventEnvelope>> records) {
		ProjectionBatch batch = new ProjectionBatch();
		for (ConsumerRecord<String, EventEnvelope> record : records) {
			addTo(batch, record);
		}
		if (!batch.isEmpty()) {
			this.store.apply(generation, batch);
		}
	}

	private boolean addTo(ProjectionBatch batch, ConsumerRecord<String, EventEnvelope> record) {
		if (record.value() == null) {
			return false;
		}
		try {
			batch.add(record.topic(), record.partition(), record.offset(), record.value(), this.projection);
			return true;
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot project {} at {}-{}@{}", record.value().type(), record.topic(), record.partition(),
					record.offset(), ex);
			return false;
		}
	}

	private void flush(String generation, ProjectionBatch batch) {
		if (batch.isEmpty()) {
			return;
		}
		ProjectionStore.Applied applied = this.store.apply(generation, batch);
		if (applied.applied() > 0) {
			this.announcer.announce(applied.generation());
		}
	}

}
