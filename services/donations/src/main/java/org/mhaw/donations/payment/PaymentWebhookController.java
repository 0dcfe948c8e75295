package org.mhaw.donations.payment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mhaw.platform.concurrent.Futures;
import org.mhaw.platform.problem.ApiProblem;
import org.mhaw.platform.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/payments}: the payment provider's confirmations. The signature is
 * checked over the exact bytes received before anything is parsed; a refused webhook (bad
 * signature, stale, malformed, unknown donation) is a 4xx with nothing published, and the
 * provider retries what it must.
 */
@RestController
class PaymentWebhookController {

	/**
	 * Providers add fields to their notifications over time: unknown fields are fine, but
	 * a fraction or text where whole pence are expected is not.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Logger logger = LoggerFactory.getLogger(PaymentWebhookController.class);

	private final WebhookSignature signature;

	private final PaymentConfirmation confirmation;

	private final PaymentMetrics metrics;

	private final JsonMapper problems;

	PaymentWebhookController(WebhookSignature signature, PaymentConfirmation confirmation, PaymentMetrics metrics,
			JsonMapper problems) {
		this.signature = signature;
		this.confirmation = confirmation;
		this.metrics = metrics;
		this.problems = problems;
	}

	/**
	 * Reads and answers the raw exchange rather than through message conversion: the
	 * signature must be checked over the exact bytes anyway, and under load the
	 * converters' argument and return-value handling cost more than the whole
	 * confirmation.
	 * <p>
	 * A verified webhook is answered asynchronously, by the thread that brings the last
	 * answer it waited for (the broker's acknowledgement, as a rule): no request thread
	 * sleeps on the donation's lock or on the broker. Parked and woken twice a webhook,
	 * request threads spent a fifth of the service's CPU switching in the kernel.
	 */
	@PostMapping("/webhooks/payments")
	void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] body = request.getInputStream().readAllBytes();
		WebhookSignature.Rejection rejection = this.signature.check(request.getHeader(WebhookSignature.HEADER), body);
		if (rejection != null) {
			throw refused(rejection);
		}
		PaymentWebhook webhook = parse(body);
		Executor inRequest = Futures.inThisContext();
		CompletableFuture<PaymentConfirmation.Outcome> applied = this.confirmation.apply(webhook, inRequest);
		AsyncContext exchange = request.startAsync();
		applied.whenCompleteAsync(
				(outcome, failure) -> finish(exchange, response, webhook.donationId(), outcome, failure), inRequest);
	}

	/** Writes the outcome, or the problem, and ends the exchange. */
	private void finish(AsyncContext exchange, HttpServletResponse response, String donationId,
			PaymentConfirmation.Outcome outcome, Throwable failure) {
		try {
			if (failure == null) {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.getOutputStream().write(answer(donationId, outcome));
			}
			else {
				Problems.write(response, Futures.cause(failure), this.problems);
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The provider hung up (or the container gave up on the exchange): it
			// retries, and the retry finds what this one did.
			logger.debug("Webhook for donation {} not answered: {}", donationId, ex.getMessage());
		}
		finally {
			end(exchange);
		}
	}

	private static void end(AsyncContext exchange) {
		try {
			exchange.complete();
		}
		catch (IllegalStateException ex) {
			// The container already ended it (its async timeout).
		}
	}

	/**
	 * {@code {"donationId":"…","outcome":"applied"}}, written by hand: one fixed shape,
	 * and under load the mapper's serialisation of it took a twentieth of the request
	 * thread's time.
	 */
	static byte[] answer(String donationId, PaymentConfirmation.Outcome outcome) {
		StringBuilder json = new StringBuilder(64).append("{\"donationId\":\"");
		JsonStringEncoder.getInstance().quoteAsString(donationId, json);
		return json.append("\",\"outcome\":\"")
			.append(outcome.name().toLowerCase(Locale.ROOT))
			.append("\"}")
			.toString()
			.getBytes(StandardCharsets.UTF_8);
	}

	private ApiProblem refused(WebhookSignature.Rejection rejection) {
		if (rejection == WebhookSignature.Rejection.MALFORMED) {
			this.metrics.rejected("malformed-signature");
			return new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-signature",
					"The Payment-Signature header is missing or not of the form t=<unix seconds>,v1=<hex>.",
					WebhookSignature.HEADER);
		}
		if (rejection == WebhookSignature.Rejection.STALE) {
			this.metrics.rejected("stale");
			return new ApiProblem(HttpStatus.UNAUTHORIZED, "stale-signature",
					"The webhook was signed too long ago (or in the future) to be accepted.", null);
		}
		this.metrics.rejected("forged");
		return new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-signature",
				"The webhook's signature does not match its body.", null);
	}

	private PaymentWebhook parse(byte[] body) {
		PaymentWebhook webhook;
		try {
			webhook = JSON.readValue(body, PaymentWebhook.class);
		}
		catch (JacksonException ex) {
			throw malformed("body", "is not a payment notification");
		}
		if (webhook == null) {
			throw malformed("body", "is empty");
		}
		if (!PaymentWebhook.SUCCEEDED.equals(webhook.type()) && !PaymentWebhook.FAILED.equals(webhook.type())) {
			throw malformed("type", "must be payment.succeeded or payment.failed");
		}
		if (webhook.donationId() == null || webhook.donationId().isBlank() || webhook.donationId().length() > 64) {
			throw malformed("donationId", "is required");
		}
		if (webhook.paymentId() == null || webhook.paymentId().isBlank() || webhook.paymentId().length() > 128) {
			throw malformed("paymentId", "is required");
		}
		if (webhook.amountPence() == null || webhook.amountPence() <= 0) {
			throw malformed("amountPence", "must be a positive whole number of pence");
		}
		if (webhook.currency() == null) {
			throw malformed("currency", "is required");
		}
		return webhook;
	}

	private ApiProblem malformed(String field, String message) {
		this.metrics.rejected("malformed-body");
		return ApiProblem.badField(field, message);
	}

}
