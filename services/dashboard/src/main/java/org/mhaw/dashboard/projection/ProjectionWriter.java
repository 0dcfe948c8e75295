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
 * Records come from the live consumer (in its group), which may hand over records already
 * applied, or from a rebuild (its own consumer), whose batches are folded first.
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
			ProjectedRecord projected = project(records.get(i));
			if (projected == null) {
				flush(ProjectionStore.LIVE, batch);
				return i;
			}
			batch.add(projected);
		}
		flush(ProjectionStore.LIVE, batch);
		return -1;
	}

	/**
	 * A fold for one rebuild: it leaves out the records the live consumer dead-letters,
	 * and the event ids it has applied. Pure work in Java, so a rebuild can do it for the
	 * next batch while Redis applies this one.
	 */
	RebuildFold rebuildFold() {
		return new RebuildFold(this, this.projection);
	}

	/** Applies a rebuild's folded batch to the generation it fills. */
	void applyToRebuild(String generation, SummedBatch batch) {
		if (!batch.isEmpty()) {
			this.store.applySummed(generation, batch);
		}
	}

	/**
	 * The record's ops, or {@code null} when it is unreadable or breaks the projection.
	 */
	private ProjectedRecord project(ConsumerRecord<String, EventEnvelope> record) {
		if (record.value() == null) {
			return null;
		}
		try {
			return ProjectedRecord.of(record.topic(), record.partition(), record.offset(), record.value(),
					this.projection);
		}
		catch (RuntimeException ex) {
			cannotProject(record.value(), record, ex);
			return null;
		}
	}

	/**
	 * Projects a rebuild's event into {@code ops}.
	 * @return {@code false} when it breaks the projection, as the live consumer finds it
	 */
	boolean projected(EventEnvelope envelope, ConsumerRecord<?, ?> record, EventProjection projection, Ops ops) {
		try {
			projection.project(envelope, ops);
			return true;
		}
		catch (RuntimeException ex) {
			cannotProject(envelope, record, ex);
			return false;
		}
	}

	private static void cannotProject(EventEnvelope envelope, ConsumerRecord<?, ?> record, RuntimeException ex) {
		logger.warn("Cannot project {} at {}-{}@{}", envelope.type(), record.topic(), record.partition(),
				record.offset(), ex);
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
