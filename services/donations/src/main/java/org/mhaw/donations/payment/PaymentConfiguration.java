package org.mhaw.donations.payment;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhook signature shared by the webhook endpoint and the sandbox that calls it. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

	@Bean
	WebhookSignature webhookSignature(PaymentSettings settings, Clock clock) {
		return new WebhookSignature(settings.webhookSecret(), settings.tolerance(), clock);
	}

}
