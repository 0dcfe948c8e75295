package org.mhaw.dashboard.projection;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.UnreadableEventException;

/**
 * One rebuild's fold: decodes and projects each polled record and sums its batch
 * ({@link SummedBatch}), leaving out what the live consumer would leave out (records it
 * cannot read or project, which it dead-letters, and events whose id it has applied).
 * <p>
 * Freshness is decided here, not in Redis, which is right only for a rebuild: it is the
 * one writer of its fresh generation and reads every partition from offset 0 in order, so
 * every record's offset is new and only its event id can make it a duplicate; and the ids
 * it has applied are exactly those it has remembered ({@link AppliedEventIds}). Batches
 * must be folded one at a time, in poll order.
 */
final class RebuildFold {

	private final ProjectionWriter writer;

	private final EventProjection projection;

	private final AppliedEventIds appliedIds = new AppliedEventIds();

	/** Each event is projected into this one, then summed. */
	private final Ops ops = new Ops();

	/** {@code topic:partition} by topic, then partition: made once, not per record. */
	private final Map<String, String[]> partitionNames = new HashMap<>();

	RebuildFold(ProjectionWriter writer, EventProjection projection) {
		this.writer = writer;
		this.projection = projection;
	}

	SummedBatch fold(Iterable<ConsumerRecord<Object, byte[]>> records) {
		SummedBatch batch = new SummedBatch();
		for (ConsumerRecord<Object, byte[]> record : records) {
			EventEnvelope envelope = decoded(record.value());
			if (envelope == null) {
				continue;
			}
			this.ops.clear();
			if (!this.writer.projected(envelope, record, this.projection, this.ops)) {
				continue;
			}
			String partition = partitionName(record.topic(), record.partition());
			long occurredAt = envelope.occurredAt().toEpochMilli();
			if (this.ops.count() == 0) {
				batch.add(partition, record.offset(), null, null, occurredAt, this.ops);
				continue;
			}
			// The same event written twice carries the same occurred-at, so lands in the
			// same bucket; buckets let old ids expire by the day.
			String bucket = this.projection.times().of(envelope.occurredAt()).utcDay();
			if (this.appliedIds.add(bucket, envelope.eventId())) {
				batch.add(partition, record.offset(), envelope.eventId().toString(), bucket, occurredAt, this.ops);
			}
			else {
				batch.pass(partition, record.offset());
			}
		}
		return batch;
	}

	private String partitionName(String topic, int partition) {
		String[] names = this.partitionNames.get(topic);
		if (names == null || names.length <= partition) {
			String[] more = new String[partition + 1];
			if (names != null) {
				System.arraycopy(names, 0, more, 0, names.length);
			}
			names = more;
			this.partitionNames.put(topic, names);
		}
		if (names[partition] == null) {
			names[partition] = topic + ":" + partition;
		}
		return names[partition];
	}

	/**
	 * A rebuild reads raw records and decodes them here. Unreadable is {@code null}, as
	 * the live consumer's error-handling deserializer leaves it.
	 */
	private static EventEnvelope decoded(byte[] value) {
		try {
			return (value != null) ? PlainDonationDecoder.decode(value) : null;
		}
		catch (UnreadableEventException ex) {
			return null;
		}
	}

}
