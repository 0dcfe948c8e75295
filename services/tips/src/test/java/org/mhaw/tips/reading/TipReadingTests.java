package org.mhaw.tips.reading;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.tips.TipsClient;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers see published tips, safely rendered; each person's read is counted once. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TipReadingTests {

	@LocalServerPort
	private int port;

	@Test
	void aReaderIsCountedOnceWithinTheWindowHoweverOftenTheyReload() {
		JsonNode tip = new TipsClient(this.port).publishedTip("Reload me " + UUID.randomUUID(), "Body.");
		TipsClient reader = new TipsClient(this.port);

		HttpResponse<String> first = reader.read("/tips/" + tip.path("slug").asString());
		reader.read("/tips/" + tip.path("slug").asString());
		reader.read("/tips/" + tip.path("slug").asString());

		assertThat(first.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("mhaw_reader=").contains("HttpOnly", "SameSite=Lax"));
		assertThat(TipsClient.readsOf(tip.path("tipId").asString())).hasSize(1);
	}

	@Test
	void twoReadersAreTwoReads() {
		JsonNode tip = new TipsClient(this.port).publishedTip("Two readers " + UUID.randomUUID(), "Body.");

		new TipsClient(this.port).read("/tips/" + tip.path("slug").asString());
		new TipsClient(this.port).read("/tips/" + tip.path("slug").asString());

		assertThat(TipsClient.readsOf(tip.path("tipId").asString())).hasSize(2)
			.allSatisfy((read) -> assertThat(read.slug()).isEqualTo(tip.path("slug").asString()));
	}

	@Test
	void botsAndScriptsAreNotCountedButStillServed() {
		JsonNode tip = new TipsClient(this.port).publishedTip("Crawled " + UUID.randomUUID(), "Body.");
		String page = "/tips/" + tip.path("slug").asString();

		HttpResponse<String> googlebot = new TipsClient(this.port).read(page,
				"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
		new TipsClient(this.port).read(page, "facebookexternalhit/1.1");
		new TipsClient(this.port).read(page, "curl/8.5.0");
		new TipsClient(this.port).read(page, "python-requests/2.31.0");

		assertThat(googlebot.statusCode()).isEqualTo(200);
		assertThat(TipsClient.readsOf(tip.path("tipId").asString())).isEmpty();
	}

	@Test
	void scriptAndEventHandlersInATipNeverReachThePage() {
		JsonNode tip = new TipsClient(this.port).publishedTip("Sneaky " + UUID.randomUUID(),
				"Hello\n\n<script>alert('stolen')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))");

		String page = new TipsClient(this.port).read("/tips/" + tip.path("slug").asString()).body();

		assertThat(page).contains("Hello").doesNotContain("<script>alert");
		assertThat(page).doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=")
			.doesNotContainPattern("(?i)<[^>]*href=\"javascript:");
	}

	@Test
	void anUnknownTipIsAFriendly404Page() {
		HttpResponse<String> response = new TipsClient(this.port).read("/tips/no-such-tip");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that tip", "lang=\"en-GB\"");
	}

	@Test
	void theListShowsTheSeedTipsAndFiltersByAudienceAndTopic() {
		TipsClient reader = new TipsClient(this.port);

		String all = reader.read("/tips").body();
		String schools = reader.read("/tips?audience=SCHOOLS").body();
		String onlineForParents = reader.read("/tips?audience=PARENTS&topic=online-spaces").body();

		assertThat(all).contains("Say hello first", "Start the day with a check-in", "It&#39;s OK to log off",
				"<label for=\"audience\">", "<label for=\"topic\">");
		assertThat(schools).contains("Start the day with a check-in", "Group work where everyone belongs")
			.doesNotContain("Say hello first");
		assertThat(onlineForParents).contains("Share their online world, not just limit it")
			.doesNotContain("Help your child find their people");
	}

}
