package org.mhaw.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.RetryListener;

/**
 * Counts what the error handler does with a failing record: each failed attempt
 * ({@code mhaw.kafka.listener.failures}) and each record it gives up on and dead-letters
 * ({@code mhaw.kafka.dead.lettered}), both tagged with the record's original topic. A
 * dead-lettered record needs an operator ({@code infra/ops dlt list}).
 */
class DeadLetterMetrics implements RetryListener {

	private final MeterRegistry registry;

	DeadLetterMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
		this.registry.counter("mhaw.kafka.listener.failures", "topic", record.topic()).increment();
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		this.registry.counter("mhaw.kafka.dead.lettered", "topic", record.topic()).increment();
	}

}
