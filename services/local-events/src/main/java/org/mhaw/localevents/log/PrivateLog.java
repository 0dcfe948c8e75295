package org.mhaw.localevents.log;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mhaw.platform.kafka.EventNotPublishedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends records to the service's private topics and returns once the broker has them,
 * with the same guarantee as the platform's event publisher: {@code acks=all} on an
 * idempotent producer.
 */
public class PrivateLog {

	private static final Logger logger = LoggerFactory.getLogger(PrivateLog.class);

	private final DefaultKafkaProducerFactory<String, byte[]> producers;

	private final KafkaTemplate<String, byte[]> template;

	private final JsonMapper json;

	private final long timeoutMs;

	PrivateLog(DefaultKafkaProducerFactory<String, byte[]> producers, JsonMapper json, long timeoutMs) {
		this.producers = producers;
		this.template = new KafkaTemplate<>(producers);
		this.json = json;
		this.timeoutMs = timeoutMs;
	}

	public void append(String topic, PrivateRecord record) {
		appendAll(topic, List.of(record));
	}

	public void appendAll(String topic, List<? extends PrivateRecord> records) {
		List<CompletableFuture<?>> sends = records.stream()
			.<CompletableFuture<?>>map((record) -> this.template.send(topic, record.key(), encode(record)))
			.toList();
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(this.timeoutMs, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EventNotPublishedException("interrupted while appending to " + topic, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new EventNotPublishedException("broker did not acknowledge a record on " + topic, ex);
		}
	}

	private byte[] encode(PrivateRecord record) {
		return this.json.writeValueAsBytes(record);
	}

	/**
	 * Reads a record written by {@link #append}.
	 * @param bytes the record's value
	 * @param type the feature's record interface
	 * @param <T> the feature's record interface
	 * @return the record
	 */
	public <T extends PrivateRecord> T decode(byte[] bytes, Class<T> type) {
		return this.json.readValue(bytes, type);
	}

	/**
	 * Decodes each private record and applies it; an unreadable one is logged and
	 * skipped, so one bad record does not stop the rebuild.
	 */
	public <T extends PrivateRecord> void decodeEach(List<ConsumerRecord<String, byte[]>> records, Class<T> type,
			Consumer<T> apply) {
		for (ConsumerRecord<String, byte[]> record : records) {
			T decoded;
			try {
				decoded = decode(record.value(), type);
			}
			catch (RuntimeException ex) {
				logger.error("Unreadable record at offset {} of {}-{}; skipped", record.offset(), record.topic(),
						record.partition(), ex);
				continue;
			}
			apply.accept(decoded);
		}
	}

	void close() {
		this.producers.destroy();
	}

}
