package org.mhaw.donations.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How payments are confirmed.
 *
 * @param webhookSecret the secret the provider signs webhooks with
 * ({@code PAYMENT_WEBHOOK_SECRET})
 * @param tolerance how old a webhook's signature may be (replay protection)
 * @param sandbox the sandbox provider's behaviour
 */
@ConfigurationProperties("mhaw.donations.payments")
public record PaymentSettings(String webhookSecret, @DefaultValue("5m") Duration tolerance,
		@DefaultValue Sandbox sandbox) {

	/**
	 * The sandbox provider.
	 *
	 * @param autoConfirm whether it confirms (or declines) each payment by itself; off,
	 * it waits like a provider whose supporter never finishes paying (tests drive the
	 * webhook themselves)
	 * @param delay how long after the intent it calls the webhook
	 * @param attempts how many times it tries the webhook before giving up
	 * @param webhookUrl where to call; empty means this instance's own
	 * {@code /webhooks/payments}
	 */
	public record Sandbox(@DefaultValue("true") boolean autoConfirm, @DefaultValue("300ms") Duration delay,
			@DefaultValue("8") int attempts, @DefaultValue("") String webhookUrl) {

	}

}
