package org.mhaw.launcher.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The demo's HTTP: JSON in and out, the platform's public APIs only. A request that meets
 * the rate limit (429), a busy service (503) or a dropped connection is sent again with
 * the same {@code Idempotency-Key}, as a careful client would, so it is never recorded
 * twice.
 */
final class DemoHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Not a crawler's: the tips service counts reads only for people. */
	private static final String USER_AGENT = "Mozilla/5.0 (mhaw demo supporter)";

	private static final int ATTEMPTS = 6;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String staffAuthorization;

	private final String partnerAuthorization;

	final AtomicLong rateLimited = new AtomicLong();

	DemoHttp(DemoTargets targets) {
		this.staffAuthorization = "Basic " + Base64.getEncoder()
			.encodeToString(("staff:" + targets.staffPassword()).getBytes(StandardCharsets.UTF_8));
		this.partnerAuthorization = "Bearer " + targets.partnerKey();
	}

	/** Who a request is sent as. */
	enum As {

		SUPPORTER, STAFF, PARTNER

	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param body the JSON body, or a missing node
	 */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

	/** A POST with a fresh {@code Idempotency-Key}, kept for its retries. */
	Answer post(URI uri, As as, Object body) throws InterruptedException {
		return send(uri, as, "POST", JSON.writeValueAsString(body), Map.of("Idempotency-Key", newKey()));
	}

	/** A staff POST that takes no idempotency key (moderation decisions). */
	Answer postWithoutKey(URI uri, As as, Object body) throws InterruptedException {
		return send(uri, as, "POST", JSON.writeValueAsString(body), Map.of());
	}

	Answer get(URI uri, As as) throws InterruptedException {
		return send(uri, as, "GET", null, Map.of());
	}

	Answer delete(URI uri, Map<String, String> headers) throws InterruptedException {
		return send(uri, As.SUPPORTER, "DELETE", null, headers);
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	/** A JSON object without the null values (the APIs refuse nothing for that). */
	static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				object.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return object;
	}

	private Answer send(URI uri, As as, String method, String body, Map<String, String> headers)
			throws InterruptedException {
		IOException lastFailure = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "application/json, text/html")
				.header("User-Agent", USER_AGENT)
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
						: HttpRequest.BodyPublishers.noBody());
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			if (as == As.STAFF) {
				request.header("Authorization", this.staffAuthorization);
			}
			else if (as == As.PARTNER) {
				request.header("Authorization", this.partnerAuthorization);
			}
			headers.forEach(request::header);
			try {
				HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 429 && attempt < ATTEMPTS) {
					this.rateLimited.incrementAndGet();
					long seconds = response.headers().firstValueAsLong("Retry-After").orElse(5);
					TimeUnit.SECONDS.sleep(Math.max(1, Math.min(seconds, 60)));
					continue;
				}
				if (response.statusCode() == 503 && attempt < ATTEMPTS) {
					TimeUnit.MILLISECONDS.sleep(500L * attempt);
					continue;
				}
				return new Answer(response.statusCode(), json(response));
			}
			catch (IOException ex) {
				lastFailure = ex;
				TimeUnit.MILLISECONDS.sleep(500L * attempt);
			}
		}
		throw new DemoException(method + " " + uri + " failed " + ATTEMPTS + " times: "
				+ ((lastFailure != null) ? lastFailure.getMessage() : "busy"));
	}

	private static JsonNode json(HttpResponse<String> response) {
		boolean json = response.headers().firstValue("Content-Type").map((type) -> type.contains("json")).orElse(false);
		if (!json || response.body().isBlank()) {
			return MissingNode.getInstance();
		}
		return JSON.readTree(response.body());
	}

}
