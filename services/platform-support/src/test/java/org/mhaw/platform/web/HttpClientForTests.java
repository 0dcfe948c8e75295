package org.mhaw.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real HTTP to the service under test, with the headers a client would send. */
record HttpClientForTests(int port) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	HttpResponse<String> postJson(String path, String idempotencyKey, String body) {
		return postJson(path, idempotencyKey, HttpRequest.BodyPublishers.ofString(body));
	}

	/** Sends the body without a Content-Length (chunked), as a streaming client may. */
	HttpResponse<String> postJsonChunked(String path, String idempotencyKey, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return postJson(path, idempotencyKey,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
	}

	private HttpResponse<String> postJson(String path, String idempotencyKey, HttpRequest.BodyPublisher body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request.build());
	}

	HttpResponse<String> postAsStaff(String path, String password) {
		String credentials = Base64.getEncoder().encodeToString(("staff:" + password).getBytes());
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + credentials)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
