package org.mhaw.tips.authoring;

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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.tips.TipsClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff write, preview and publish a tip with the pages alone, no JavaScript. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TipManagePageTests {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	@LocalServerPort
	private int port;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private String lastPage = "";

	@Test
	void staffWriteATipSeeASafePreviewAndPublishIt() {
		signIn();
		String title = "Ask about the small things " + UUID.randomUUID();
		get("/tips/manage/new");

		HttpResponse<String> created = post("/tips/manage", "title", title, "summary", "Little questions open doors.",
				"body", "Ask *what made you smile today?*\n\n<script>alert(1)</script>", "audiences", "PARENTS",
				"topics", "talking", "formKey", UUID.randomUUID().toString());
		String editPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> edit = get(editPath);
		HttpResponse<String> published = post(editPath + "/publish");

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(edit.body()).contains("<em>what made you smile today?</em>", "Draft")
			.doesNotContain("<script>alert");
		assertThat(published.statusCode()).isEqualTo(302);
		String tipId = editPath.substring(editPath.lastIndexOf('/') + 1);
		assertThat(TipsClient.publicationsOf(tipId)).singleElement()
			.satisfies((event) -> assertThat(event.title()).isEqualTo(title));
	}

	@Test
	void aFormWithMistakesIsShownAgainWithASummaryLinkedToEachField() {
		signIn();
		get("/tips/manage/new");

		HttpResponse<String> page = post("/tips/manage", "title", "", "summary", "S", "body", "B", "topics",
				"astrology", "formKey", UUID.randomUUID().toString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("There is a problem", "href=\"#title\"", "href=\"#audiences\"",
				"Give the tip a title");
	}

	private void signIn() {
		get("/login");
		HttpResponse<String> response = post("/login", "username", "staff", "password", TipsClient.STAFF_PASSWORD);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
	}

	private HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET());
		this.lastPage = response.body();
		return response;
	}

	private HttpResponse<String> post(String path, String... fields) {
		Matcher csrf = CSRF.matcher(this.lastPage);
		assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
		List<String> pairs = new ArrayList<>();
		pairs.add("_csrf=" + encode((csrf.group(1) != null) ? csrf.group(1) : csrf.group(2)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		HttpResponse<String> response = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
		this.lastPage = response.body();
		return response;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.header("User-Agent", TipsClient.BROWSER);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
