package org.mhaw.donations.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for a real payment provider locally and in tests: it takes no card, and
 * shortly after each intent it calls {@code /webhooks/payments} itself, signed like a
 * real provider, retrying with back-off until it gets a 2xx. It declines a payment whose
 * amount ends in 13 pence (£5.13, £20.13, …) or whose request asked {@code "sandbox":
 * {"decline": true}}, and confirms every other one.
 */
@Component
@ConditionalOnProperty(name = "mhaw.donations.payments.provider", havingValue = "sandbox", matchIfMissing = true)
class SandboxPaymentProvider
		implements PaymentProvider, ApplicationListener<WebServerInitializedEvent>, DisposableBean {

	static final String NAME = "sandbox";

	private static final Logger logger = LoggerFactory.getLogger(SandboxPaymentProvider.class);

	private static final long DECLINED_PENCE = 13;

	private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(10);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "sandbox-payments");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final WebhookSignature signature;

	private final PaymentSettings.Sandbox settings;

	private volatile URI webhook;

	SandboxPaymentProvider(WebhookSignature signature, PaymentSettings settings) {
		this.signature = signature;
		this.settings = settings.sandbox();
		if (!this.settings.webhookUrl().isBlank()) {
			this.webhook = URI.create(this.settings.webhookUrl());
		}
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// The main server only (a separate management server has a namespace).
		if (this.webhook == null && event.getApplicationContext().getServerNamespace() == null) {
			this.webhook = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + "/webhooks/payments");
		}
	}

	@Override
	public PaymentStart start(PaymentIntent intent) {
		String paymentId = "sbx-" + intent.donationId();
		if (this.settings.autoConfirm()) {
			boolean decline = intent.sandboxDecline() || intent.amountPence() % 100 == DECLINED_PENCE;
			byte[] body = JSON.writeValueAsBytes(notification(intent, paymentId, decline));
			schedule(intent.donationId(), body, 1, this.settings.delay());
		}
		return new PaymentStart(NAME, paymentId, null);
	}

	@Override
	public void refund(String refundId, String donationId, String paymentId, long amountPence) {
		logger.info("Sandbox refund {}: {} pence of payment {} (donation {})", refundId, amountPence, paymentId,
				donationId);
	}

	private static Map<String, Object> notification(PaymentIntent intent, String paymentId, boolean decline) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", "evt-" + UUID.randomUUID());
		body.put("type", decline ? PaymentWebhook.FAILED : PaymentWebhook.SUCCEEDED);
		body.put("donationId", intent.donationId());
		body.put("paymentId", paymentId);
		body.put("amountPence", intent.amountPence());
		body.put("currency", intent.currency());
		if (decline) {
			body.put("reason", "card_declined");
		}
		return body;
	}

	private void schedule(String donationId, byte[] body, int attempt, Duration delay) {
		try {
			this.scheduler.schedule(() -> deliver(donationId, body, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Shutting down: a real provider would retry later; the sandbox just stops.
		}
	}

	private void deliver(String donationId, byte[] body, int attempt) {
		URI target = this.webhook;
		if (target == null) {
			retry(donationId, body, attempt, "no webhook address yet");
			return;
		}
		// Signed at each attempt, as a provider does: a retry is not a stale replay.
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER, this.signature.sign(body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			if (failure != null) {
				retry(donationId, body, attempt, failure.toString());
			}
			else if (response.statusCode() / 100 != 2) {
				retry(donationId, body, attempt, "HTTP " + response.statusCode());
			}
		});
	}

	private void retry(String donationId, byte[] body, int attempt, String why) {
		if (attempt >= this.settings.attempts() || this.scheduler.isShutdown()) {
			logger.warn("Sandbox gave up confirming donation {} after {} attempts: {}", donationId, attempt, why);
			return;
		}
		long backOff = Math.min(LONGEST_BACK_OFF.toMillis(), this.settings.delay().toMillis() << Math.min(attempt, 10));
		schedule(donationId, body, attempt + 1, Duration.ofMillis(Math.max(50, backOff)));
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

}
