package org.mhaw.pledges;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.mhaw.testsupport.PageSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to a running pledges service, as a supporter's app or a staff tool sends it.
 */
public record PledgesHttp(int port) {

	public static final String STAFF_PASSWORD = "staff-password-for-tests";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static String pledgeBody(String email, String... catalogueKeys) {
		StringBuilder keys = new StringBuilder();
		for (String key : catalogueKeys) {
			keys.append(keys.isEmpty() ? "" : ",").append('"').append(key).append('"');
		}
		return "{\"catalogueKeys\":[" + keys + "],\"email\":\"" + email + "\",\"region\":\"WALES\"}";
	}

	public static String newEmail() {
		return "supporter-" + UUID.randomUUID() + "@example.org";
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	public HttpResponse<String> postJson(String path, String idempotencyKey, String body) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	public HttpResponse<String> pledge(String body) {
		return postJson("/api/pledges", UUID.randomUUID().toString(), body);
	}

	public HttpResponse<String> withdraw(String pledgeId, String token) {
		HttpRequest.Builder request = request("/api/pledges/" + pledgeId).DELETE();
		if (token != null) {
			request.header("Withdrawal-Token", token);
		}
		return send(request);
	}

	public HttpResponse<String> staffPostJson(String path, String body) {
		return send(asStaff(request(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	private static HttpRequest.Builder asStaff(HttpRequest.Builder request) {
		String credentials = Base64.getEncoder()
			.encodeToString(("staff:" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return request.header("Authorization", "Basic " + credentials);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		return PageSession.send(HTTP, request);
	}

}
