package org.mhaw.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript, for page tests over real HTTP: keeps its cookies, sends a
 * browser's {@code Accept} and {@code User-Agent}, and sends forms with the CSRF token of
 * the page it last loaded (whose hidden fields {@link #hidden} reads).
 */
public final class PageSession {

	private static final Pattern INPUT = Pattern.compile("<input[^>]*>");

	private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	/** A phone's browser: counted as a person wherever bots are told apart. */
	public static final String BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1";

	private final int port;

	private final HttpClient http;

	private String lastPage = "";

	public PageSession(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET());
		this.lastPage = response.body();
		return response;
	}

	/** The value of a hidden field on the last page loaded. */
	public String hidden(String name) {
		Matcher input = INPUT.matcher(this.lastPage);
		while (input.find()) {
			String tag = input.group();
			Matcher tagName = NAME.matcher(tag);
			Matcher value = VALUE.matcher(tag);
			if (tag.contains("type=\"hidden\"") && tagName.find() && tagName.group(1).equals(name) && value.find()) {
				return value.group(1);
			}
		}
		throw new AssertionError("no hidden field " + name + " on the last page");
	}

	/**
	 * Sends a form with the last page's CSRF token.
	 * @param path where the form posts
	 * @param fields name and value pairs, in order (a name may repeat)
	 * @return the answer
	 */
	public HttpResponse<String> post(String path, String... fields) {
		List<String> pairs = new ArrayList<>();
		pairs.add(encode("_csrf") + "=" + encode(hidden("_csrf")));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		HttpResponse<String> response = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
		this.lastPage = response.body();
		return response;
	}

	/**
	 * Signs in as the local staff user through the login form.
	 * @param password the staff password the service under test was given
	 */
	public void signInAsStaff(String password) {
		get("/login");
		HttpResponse<String> response = post("/login", "username", "staff", "password", password);
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError("staff sign-in failed: " + response.statusCode());
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("User-Agent", BROWSER);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(this.http, request);
	}

	/**
	 * Sends a request and reads the answer as text; a failure to connect fails the test.
	 * @param client the client (with or without cookies)
	 * @param request the request
	 * @return the answer
	 */
	public static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

}
