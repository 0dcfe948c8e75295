package org.mhaw.operator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A record on a dead-letter topic, with what Spring Kafka's dead-letter recoverer wrote
 * in its {@code kafka_dlt-*} headers: where it came from and why it failed.
 *
 * @param record the dead-letter record itself
 * @param originalTopic the topic it was first published to
 * @param originalPartition its partition there
 * @param originalOffset its offset there
 * @param consumerGroup the group that failed to process it
 * @param exceptionClass the root cause's class (the listener's own exception, not the
 * container's wrapper)
 * @param exceptionMessage that exception's message
 */
record DeadLetter(ConsumerRecord<String, byte[]> record, String originalTopic, Integer originalPartition,
		Long originalOffset, String consumerGroup, String exceptionClass, String exceptionMessage) {

	/** Header names as Spring Kafka's {@code KafkaHeaders} spells them. */
	static final String HEADER_PREFIX = "kafka_dlt-";

	static DeadLetter of(ConsumerRecord<String, byte[]> record) {
		String cause = text(record, "kafka_dlt-exception-cause-fqcn");
		return new DeadLetter(record, text(record, "kafka_dlt-original-topic"),
				number(record, "kafka_dlt-original-partition", Integer.class),
				number(record, "kafka_dlt-original-offset", Long.class),
				text(record, "kafka_dlt-original-consumer-group"),
				(cause != null) ? cause : text(record, "kafka_dlt-exception-fqcn"),
				text(record, "kafka_dlt-exception-message"));
	}

	/** How an operator names this record: {@code partition:offset}. */
	String ref() {
		return this.record.partition() + ":" + this.record.offset();
	}

	/**
	 * The innermost cause in the recorded stack trace, such as the event codec's reason
	 * behind a {@code DeserializationException}; {@code null} when there is none.
	 */
	String rootCause() {
		String trace = text(this.record, "kafka_dlt-exception-stacktrace");
		if (trace == null) {
			return null;
		}
		return trace.lines()
			.filter((line) -> line.startsWith("Caused by: "))
			.reduce((first, second) -> second)
			.map((line) -> line.substring("Caused by: ".length()))
			.orElse(null);
	}

	Instant deadLetteredAt() {
		return Instant.ofEpochMilli(this.record.timestamp());
	}

	/** Where the record goes back to, if its headers say where it came from. */
	boolean replayable() {
		return this.originalTopic != null && this.originalPartition != null;
	}

	private static String text(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/** Spring Kafka writes partitions and offsets as big-endian binary numbers. */
	private static <T extends Number> T number(ConsumerRecord<?, ?> record, String name, Class<T> type) {
		Header header = record.headers().lastHeader(name);
		if (header == null) {
			return null;
		}
		ByteBuffer value = ByteBuffer.wrap(header.value());
		if (type == Integer.class && header.value().length == Integer.BYTES) {
			return type.cast(value.getInt());
		}
		if (type == Long.class && header.value().length == Long.BYTES) {
			return type.cast(value.getLong());
		}
		return null;
	}

}
