package org.mhaw.tips.authoring;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.PageSession;
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

	@LocalServerPort
	private int port;

	@Test
	void staffWriteATipSeeASafePreviewAndPublishIt() {
		PageSession browser = signedIn();
		String title = "Ask about the small things " + UUID.randomUUID();
		browser.get("/tips/manage/new");

		HttpResponse<String> created = browser.post("/tips/manage", "title", title, "summary",
				"Little questions open doors.", "body", "Ask *what made you smile today?*\n\n<script>alert(1)</script>",
				"audiences", "PARENTS", "topics", "talking", "formKey", browser.hidden("formKey"));
		String editPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> edit = browser.get(editPath);
		HttpResponse<String> published = browser.post(editPath + "/publish");

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
		PageSession browser = signedIn();
		browser.get("/tips/manage/new");

		HttpResponse<String> page = browser.post("/tips/manage", "title", "", "summary", "S", "body", "B", "topics",
				"astrology", "formKey", browser.hidden("formKey"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("There is a problem", "href=\"#title\"", "href=\"#audiences\"",
				"Give the tip a title");
	}

	private PageSession signedIn() {
		PageSession browser = new PageSession(this.port);
		browser.signInAsStaff(TipsClient.STAFF_PASSWORD);
		return browser;
	}

}
