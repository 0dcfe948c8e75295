package org.mhaw.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard as the benchmark sees it, signed in as staff: its totals, its server-sent
 * stream and its rebuild command. How a donation count is read from the JSON lives here
 * and nowhere else.
 * <p>
 * It signs in once through the login form and then reads with the session cookie, as a
 * staff browser does. Sent with HTTP Basic, every poll made the dashboard check the
 * password with bcrypt (tens of milliseconds of CPU each): polling the rebuild's status
 * every 20 ms kept a core busy and was counted against the rebuild.
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

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.cookieHandler(new CookieManager())
		.build();

	private final String staffPassword;

	private volatile boolean signedIn;

	Dashboard(URI baseUrl, String staffPassword) {
		this.baseUrl = baseUrl;
		this.staffPassword = staffPassword;
		this.staffAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString(("staff:" + staffPassword).getBytes(StandardCharsets.UTF_8));
	}

	URI baseUrl() {
		return this.baseUrl;
	}

	long donationCount() {
		String body = send(session(TOTALS).GET(), 200).body();
		return countIn(body).orElseThrow(() -> new BenchException("no donation count in " + TOTALS + ": " + body));
	}

	/** Starts a rebuild; returns its status (state, generation, …). */
	JsonNode rebuild() {
		return JSON.readTree(send(staff(REBUILD).POST(HttpRequest.BodyPublishers.noBody()), 202).body());
	}

	/** The rebuild's status: state {@code running}, {@code done}, {@code failed}, … */
	JsonNode rebuildStatus() {
		return JSON.readTree(send(session(REBUILD).GET(), 200).body());
	}

	/** A staff read on the session, signing in first if this client has not yet. */
	private HttpRequest.Builder session(String path) {
		if (!this.signedIn) {
			signIn();
		}
		return HttpRequest.newBuilder(this.baseUrl.resolve(path));
	}

	private synchronized void signIn() {
		if (this.signedIn) {
			return;
		}
		String page = send(HttpRequest.newBuilder(this.baseUrl.resolve("/login")).GET(), 200).body();
		Matcher csrf = CSRF_FIELD.matcher(page);
		if (!csrf.find()) {
			throw new BenchException("no CSRF field on the dashboard's login page");
		}
		String form = "username=staff&password=" + URLEncoder.encode(this.staffPassword, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = send(HttpRequest.newBuilder(this.baseUrl.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), 302);
		if (answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new BenchException("the dashboard refused the staff password");
		}
		this.signedIn = true;
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
