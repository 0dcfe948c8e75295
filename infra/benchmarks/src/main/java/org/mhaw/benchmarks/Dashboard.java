package org.mhaw.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard as the benchmark sees it, signed in as staff: its totals, its server-sent
 * stream and its rebuild command. How a donation count is read from the JSON lives here
 * and nowhere else.
 */
final class Dashboard {

	static final String TOTALS = "/api/dashboard/totals";

	static final String STREAM = "/api/dashboard/stream";

	static final String REBUILD = "/api/dashboard/rebuild";

	/**
	 * Where the number of donations sits in the totals JSON (and in each pushed update).
	 */
	private static final String[] COUNT_PATH = { "donations", "count" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI baseUrl;

	private final String staffAuthorization;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	Dashboard(URI baseUrl, String staffPassword) {
		this.baseUrl = baseUrl;
		this.staffAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString(("staff:" + staffPassword).getBytes(StandardCharsets.UTF_8));
	}

	URI baseUrl() {
		return this.baseUrl;
	}

	long donationCount() {
		String body = send(staff(TOTALS).GET(), 200).body();
		return countIn(body).orElseThrow(() -> new BenchException("no donation count in " + TOTALS + ": " + body));
	}

	/** Starts a rebuild; returns its status (state, generation, …). */
	JsonNode rebuild() {
		return JSON.readTree(send(staff(REBUILD).POST(HttpRequest.BodyPublishers.noBody()), 202).body());
	}

	/** The rebuild's status: state {@code running}, {@code done}, {@code failed}, … */
	JsonNode rebuildStatus() {
		return JSON.readTree(send(staff(REBUILD).GET(), 200).body());
	}

	private HttpRequest.Builder staff(String path) {
		return HttpRequest.newBuilder(this.baseUrl.resolve(path)).header("Authorization", this.staffAuthorization);
	}

	/**
	 * Opens the server-sent stream; each line arrives as it is pushed.
	 * @return the stream's lines, to be closed by the caller
	 */
	Stream<String> streamLines() {
		try {
			HttpResponse<Stream<String>> response = this.http
				.send(staff(STREAM).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
			if (response.statusCode() != 200) {
				response.body().close();
				throw new BenchException(STREAM + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new BenchException("could not open " + STREAM, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted", ex);
		}
	}

	/** The donation count in a totals JSON document, if it has one. */
	static OptionalLong countIn(String json) {
		try {
			JsonNode node = JSON.readTree(json);
			for (String field : COUNT_PATH) {
				node = node.path(field);
			}
			return node.isNumber() ? OptionalLong.of(node.asLong()) : OptionalLong.empty();
		}
		catch (RuntimeException ex) {
			return OptionalLong.empty();
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request, int expected) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != expected / 100) {
				throw new BenchException("dashboard answered " + response.statusCode() + " to " + response.uri() + ": "
						+ response.body());
			}
			return response;
		}
		catch (IOException ex) {
			throw new BenchException("dashboard did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted", ex);
		}
	}

}
