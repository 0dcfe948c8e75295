package org.mhaw.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to the dashboard under test, as staff (HTTP Basic) or as anyone.
 *
 * @param port the dashboard's port
 */
record StaffClient(int port) {

	static final String PASSWORD = "test-staff-password";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final JsonMapper JSON = JsonMapper.builder().build();

	JsonNode totals() {
		HttpResponse<String> response = send(asStaff("/api/dashboard/totals").GET().build());
		if (response.statusCode() != 200) {
			throw new AssertionError("totals answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	HttpResponse<String> getAsStaff(String path) {
		return send(asStaff(path).GET().build());
	}

	HttpResponse<String> postAsStaff(String path, String json) {
		return send(asStaff(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> putAsStaff(String path, String json) {
		return send(asStaff(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	HttpRequest.Builder asStaff(String path) {
		String credentials = Base64.getEncoder().encodeToString(("staff:" + PASSWORD).getBytes());
		return request(path).header("Authorization", "Basic " + credentials);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(15));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
