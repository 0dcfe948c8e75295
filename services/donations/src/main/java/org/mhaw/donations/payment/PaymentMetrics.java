package org.mhaw.donations.payment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The business counts operators watch on appeal night: donations received and their
 * pence, declined payments, and webhooks refused (a rising count of forged or stale ones
 * is an attack or a misconfigured secret).
 */
@Component
class PaymentMetrics {

	private final MeterRegistry registry;

	private final Counter received;

	private final Counter receivedPence;

	private final Counter declined;

	PaymentMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.received = Counter.builder("mhaw.donations.received")
			.description("Donations confirmed by the payment provider")
			.register(registry);
		this.receivedPence = Counter.builder("mhaw.donations.received.pence")
			.description("Pence confirmed by the payment provider")
			.baseUnit("pence")
			.register(registry);
		this.declined = Counter.builder("mhaw.donations.declined")
			.description("Payments the provider declined")
			.register(registry);
	}

	void received(long pence) {
		this.received.increment();
		this.receivedPence.increment(pence);
	}

	void declined() {
		this.declined.increment();
	}

	void rejected(String reason) {
		this.registry.counter("mhaw.donations.webhook.rejected", "reason", reason).increment();
	}

}
