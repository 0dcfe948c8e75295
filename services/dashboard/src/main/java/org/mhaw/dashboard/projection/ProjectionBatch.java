package org.mhaw.dashboard.projection;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.mhaw.events.EventEnvelope;

/**
 * A polled batch, encoded as the arguments of {@code apply.lua}: for each record its
 * partition, offset, event id, dedupe bucket, time and ops.
 */
final class ProjectionBatch {

	private final List<String> args = new ArrayList<>();

	private int records;

	/**
	 * Adds a record; its ops are worked out first, so a failure leaves the batch as it
	 * was.
	 */
	void add(String topic, int partition, long offset, EventEnvelope envelope, EventProjection projection) {
		Ops ops = projection.opsFor(envelope);
		// An event that changes nothing needs no dedupe entry: only its offset matters.
		String eventId = (ops.count() > 0) ? envelope.eventId().toString() : "";
		// The same event written twice carries the same occurred-at, so lands in the same
		// bucket; buckets let old ids expire by the day.
		String bucket = envelope.occurredAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
		this.args.add(topic + ":" + partition);
		this.args.add(Long.toString(offset));
		this.args.add(eventId);
		this.args.add(bucket);
		this.args.add(Long.toString(envelope.occurredAt().toEpochMilli()));
		this.args.add(Integer.toString(ops.count()));
		this.args.addAll(ops.tokens());
		this.records++;
	}

	boolean isEmpty() {
		return this.records == 0;
	}

	List<String> args() {
		return this.args;
	}

}
