package org.mhaw.dashboard.projection;

import org.mhaw.events.EventEnvelope;

/**
 * One polled record and what it does to the projections, with what {@code apply.lua}
 * needs to decide whether it is fresh. The live consumer sends these one by one; a
 * rebuild folds its batches without them ({@link RebuildFold}).
 *
 * @param partition {@code topic:partition}
 * @param offset its offset
 * @param eventId the id to dedupe by, or {@code ""} when it changes nothing (then only
 * its offset matters)
 * @param bucket the seen-set bucket its id goes in
 * @param occurredAt when it happened, epoch ms
 * @param ops what it does
 */
record ProjectedRecord(String partition, long offset, String eventId, String bucket, long occurredAt, Ops ops) {

	/** Works the ops out first, so a failure leaves nothing half-added. */
	static ProjectedRecord of(String topic, int partition, long offset, EventEnvelope envelope,
			EventProjection projection) {
		Ops ops = projection.opsFor(envelope);
		String eventId = (ops.count() > 0) ? envelope.eventId().toString() : "";
		// The same event written twice carries the same occurred-at, so lands in the same
		// bucket; buckets let old ids expire by the day.
		String bucket = projection.times().of(envelope.occurredAt()).utcDay();
		return new ProjectedRecord(topic + ":" + partition, offset, eventId, bucket,
				envelope.occurredAt().toEpochMilli(), ops);
	}

	boolean hasEventId() {
		return !this.eventId.isEmpty();
	}

}
