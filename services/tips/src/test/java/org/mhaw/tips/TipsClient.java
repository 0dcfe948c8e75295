package org.mhaw.tips;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.tip.TipPublished;
import org.mhaw.events.tip.TipRead;
import org.mhaw.testsupport.PageSession;
import org.mhaw.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to a running tips service: staff over the JSON API, and readers as browsers
 * (each with its own cookies and user agent).
 */
public final class TipsClient {

	public static final String STAFF_PASSWORD = "staff-password-for-tests";

	public static final String BROWSER = PageSession.BROWSER;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	public TipsClient(int port) {
		this.port = port;
	}

	public static String draft(String title, String body) {
		return "{\"title\":\"" + title + "\",\"summary\":\"A short summary.\",\"body\":" + JSON.writeValueAsString(body)
				+ ",\"audiences\":[\"ADULTS\"],\"topics\":[\"belonging\"]}";
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** Creates a tip as staff and publishes it; returns it as published. */
	public JsonNode publishedTip(String title, String body) {
		JsonNode created = json(staffPost("/api/tips/manage", UUID.randomUUID().toString(), draft(title, body)));
		return json(staffPost("/api/tips/manage/" + created.path("tipId").asString() + "/publish", null, ""));
	}

	public HttpResponse<String> staffPost(String path, String idempotencyKey, String body) {
		HttpRequest.Builder request = asStaff(request(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	public HttpResponse<String> staffGet(String path) {
		return send(asStaff(request(path)).GET());
	}

	public HttpResponse<String> post(String path, String idempotencyKey, String body) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	/** A page view with this client's cookies, as the given user agent (or none). */
	public HttpResponse<String> read(String path, String userAgent) {
		HttpRequest.Builder request = request(path).header("Accept", "text/html");
		if (userAgent != null) {
			request.header("User-Agent", userAgent);
		}
		return send(request.GET());
	}

	public HttpResponse<String> read(String path) {
		return read(path, BROWSER);
	}

	public static List<TipRead> readsOf(String tipId) {
		return events(TipRead.class).stream().filter((read) -> read.tipId().equals(tipId)).toList();
	}

	public static List<TipPublished> publicationsOf(String tipId) {
		return events(TipPublished.class).stream().filter((published) -> published.tipId().equals(tipId)).toList();
	}

	public static <T> List<T> events(Class<T> type) {
		return TopicReader.events(Topics.TIPS)
			.stream()
			.map(EventEnvelope::payload)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	private static HttpRequest.Builder asStaff(HttpRequest.Builder request) {
		return request.header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString(("staff:" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return PageSession.send(this.http, request);
	}

}
