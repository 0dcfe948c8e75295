package org.mhaw.donations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to a donations instance, as supporters' browsers and apps, the payment
 * provider and staff send it. Keeps cookies, so a form's CSRF token and session work as
 * in a browser.
 *
 * @param port the instance's port
 * @param client the HTTP client (with its cookie jar)
 */
record DonationsHttp(int port, HttpClient client) {

	static final String STAFF_PASSWORD = "test-staff-password";

	static final JsonMapper JSON = JsonMapper.builder().build();

	DonationsHttp(int port) {
		this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
	}

	HttpResponse<String> postJson(String path, String idempotencyKey, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request.build());
	}

	HttpResponse<String> postAsStaff(String path, String idempotencyKey, String body) {
		String credentials = Base64.getEncoder()
			.encodeToString(("staff:" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> webhook(String signature, String body) {
		return webhook(signature, body, null);
	}

	/** A webhook that carries a W3C trace context, as a provider's tracing would. */
	HttpResponse<String> webhook(String signature, String body, String traceparent) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/webhooks/payments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("Payment-Signature", signature);
		}
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		return send(request.build());
	}

	/** The provider confirms a donation's payment: a signed {@code payment.succeeded}. */
	HttpResponse<String> confirm(String donationId, long amountPence) {
		String body = Webhooks.succeeded(donationId, amountPence);
		return webhook(Webhooks.sign(body), body);
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
