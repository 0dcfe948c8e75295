package org.mhaw.pledges.pledging;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.events.pledge.PledgeWithdrawn;
import org.mhaw.testsupport.PageSession;
import org.mhaw.pledges.PledgesHttp;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The supporter's pages, used the way a browser without JavaScript uses them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PledgePageTests {

	@LocalServerPort
	private int port;

	@Test
	void theFormOffersEveryActivePledgeWithLabelsAndConsentOffByDefault() {
		HttpResponse<String> page = new PageSession(this.port).get("/pledge");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Check in on a neighbour", "Take a walk in nature",
				"Put the phone down for an evening", "<label for=\"email\">", "<label for=\"region\">",
				"name=\"idempotencyKey\"", "lang=\"en-GB\"");
		assertThat(page.body())
			.containsPattern("<input type=\"checkbox\" id=\"contactConsent\" name=\"contactConsent\" value=\"true\">");
	}

	@Test
	void sendingTheFormTwiceRecordsThePledgeOnceAndConfirmsWithTheCount() {
		PageSession browser = new PageSession(this.port);
		browser.get("/pledge");
		String key = browser.hidden("idempotencyKey");
		long before = pledgesMadeFor("thank-a-community-helper");
		String[] form = { "catalogueKeys", "thank-a-community-helper", "email", PledgesHttp.newEmail(), "region",
				"SCOTLAND", "idempotencyKey", key };

		HttpResponse<String> first = browser.post("/pledge", form);
		browser.get("/pledge");
		HttpResponse<String> again = browser.post("/pledge", form);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("Your pledge is made", "Thank someone who makes your community better",
				"aria-live=\"polite\"");
		assertThat(again.body()).contains("Your pledge is made");
		assertThat(pledgesMadeFor("thank-a-community-helper")).isEqualTo(before + 1);
	}

	@Test
	void aFormWithMistakesIsShownAgainWithASummaryLinkedToEachFieldAndNothingRecorded() {
		PageSession browser = new PageSession(this.port);
		browser.get("/pledge");
		int before = TopicReader.records(Topics.PLEDGES).size();

		HttpResponse<String> page = browser.post("/pledge", "email", "not-an-email", "message", "x".repeat(501),
				"idempotencyKey", browser.hidden("idempotencyKey"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("There is a problem", "href=\"#catalogueKeys\"", "href=\"#email\"",
				"href=\"#region\"", "href=\"#message\"", "Choose at least one pledge", "aria-invalid=\"true\"");
		assertThat(page.body()).contains("value=\"not-an-email\"");
		assertThat(TopicReader.records(Topics.PLEDGES)).hasSize(before);
	}

	@Test
	void aPledgeCanBeWithdrawnFromItsConfirmationPage() {
		PageSession browser = new PageSession(this.port);
		browser.get("/pledge");
		browser.post("/pledge", "catalogueKeys", "volunteer-an-hour", "email", PledgesHttp.newEmail(), "region",
				"NORTH_EAST", "idempotencyKey", browser.hidden("idempotencyKey"));
		String pledgeId = browser.hidden("pledgeId");

		HttpResponse<String> page = browser.post("/pledge/withdraw", "pledgeId", pledgeId, "token",
				browser.hidden("token"));

		assertThat(page.body()).contains("Your pledge is withdrawn");
		assertThat(TopicReader.events(Topics.PLEDGES)
			.stream()
			.map(EventEnvelope::payload)
			.filter((event) -> event instanceof PledgeWithdrawn withdrawn && withdrawn.pledgeId().equals(pledgeId)))
			.hasSize(1);
	}

	private static long pledgesMadeFor(String catalogueKey) {
		return TopicReader.events(Topics.PLEDGES)
			.stream()
			.map(EventEnvelope::payload)
			.filter((event) -> event instanceof PledgeMade made && made.catalogueKey().equals(catalogueKey))
			.count();
	}

}
