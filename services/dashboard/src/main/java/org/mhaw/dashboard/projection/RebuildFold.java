package org.mhaw.dashboard.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
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

	/**
	 * The members the rebuild has added to each set. Sets are only ever added to, so a
	 * member added once need not be sent again (supporters give more than once).
	 */
	private final Map<String, Set<String>> addedMembers = new HashMap<>();

	/** Each event is projected into this one, then summed. */
	private final Ops ops = new Ops();

	private final Map<TopicPartition, String> partitionNames = new HashMap<>();

	RebuildFold(ProjectionWriter writer, EventProjection projection) {
		this.writer = writer;
		this.projection = projection;
	}

	SummedBatch fold(Iterable<ConsumerRecord<Object, byte[]>> records) {
		SummedBatch batch = new SummedBatch(this.addedMembers);
		for (ConsumerRecord<Object, byte[]> record : records) {
			EventEnvelope envelope = decoded(record.value());
			if (envelope == null) {
				continue;
			}
			this.ops.clear();
			if (!this.writer.projected(envelope, record, this.projection, this.ops)) {
				continue;
			}
			String partition = this.partitionNames.computeIfAbsent(
					new TopicPartition(record.topic(), record.partition()),
					(topicPartition) -> topicPartition.topic() + ":" + topicPartition.partition());
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
