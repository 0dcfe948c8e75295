package org.mhaw.dashboard.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * A polled batch, encoded as the per-record arguments of {@code apply.lua}: for each
 * record its partition, offset, event id, dedupe bucket, time and ops.
 */
final class ProjectionBatch {

	private final List<String> args = new ArrayList<>();

	private int records;

	void add(ProjectedRecord record) {
		this.args.add(record.partition());
		this.args.add(Long.toString(record.offset()));
		this.args.add(record.eventId());
		this.args.add(record.bucket());
		this.args.add(Long.toString(record.occurredAt()));
		this.args.add(Integer.toString(record.ops().count()));
		record.ops().addTokensTo(this.args);
		this.records++;
	}

	boolean isEmpty() {
		return this.records == 0;
	}

	List<String> args() {
		return this.args;
	}

}
