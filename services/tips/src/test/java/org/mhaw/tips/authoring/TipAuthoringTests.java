package org.mhaw.tips.authoring;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mhaw.events.tip.TipUnpublished;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.tips.TipsClient;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mhaw.tips.TipsClient.draft;
import static org.mhaw.tips.TipsClient.json;

/** Staff take a tip from draft to published to unpublished, or schedule it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TipAuthoringTests {

	@LocalServerPort
	private int port;

	private TipsClient client() {
		return new TipsClient(this.port);
	}

	@Test
	void authoringIsForStaffOnly() {
		HttpResponse<String> anonymous = client().post("/api/tips/manage", UUID.randomUUID().toString(),
				draft("Sneaky", "No"));

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(client().read("/tips/manage").statusCode()).isEqualTo(302);
	}

	@Test
	void aDraftStaysOffTheSiteUntilPublishedAndGoesWhenUnpublished() {
		JsonNode created = json(client().staffPost("/api/tips/manage", UUID.randomUUID().toString(),
				draft("Join the conversation " + UUID.randomUUID(), "Say something.")));
		String tipId = created.path("tipId").asString();
		String page = "/tips/" + created.path("slug").asString();

		assertThat(created.path("status").asString()).isEqualTo("DRAFT");
		assertThat(client().read(page).statusCode()).isEqualTo(404);
		assertThat(TipsClient.publicationsOf(tipId)).isEmpty();

		client().staffPost("/api/tips/manage/" + tipId + "/publish", null, "");
		assertThat(client().read(page).statusCode()).isEqualTo(200);
		assertThat(TipsClient.publicationsOf(tipId)).singleElement()
			.satisfies((published) -> assertThat(published.slug()).isEqualTo(created.path("slug").asString()));

		client().staffPost("/api/tips/manage/" + tipId + "/unpublish", null, "");
		assertThat(client().read(page).statusCode()).isEqualTo(404);
		assertThat(TipsClient.events(TipUnpublished.class)).anyMatch((event) -> event.tipId().equals(tipId));
	}

	@Test
	void aRetriedCreateWithTheSameKeyAddsOneTip() {
		String key = UUID.randomUUID().toString();
		String body = draft("Once only " + UUID.randomUUID(), "Body.");

		HttpResponse<String> first = client().staffPost("/api/tips/manage", key, body);
		HttpResponse<String> retry = client().staffPost("/api/tips/manage", key, body);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(json(client().staffGet("/api/tips/manage")).valueStream()
			.filter((tip) -> tip.path("tipId").asString().equals(json(first).path("tipId").asString()))).hasSize(1);
	}

	@Test
	void aScheduledTipIsPublishedWhenItsTimeComes() {
		JsonNode created = json(client().staffPost("/api/tips/manage", UUID.randomUUID().toString(),
				draft("Later today " + UUID.randomUUID(), "Worth the wait.")));
		String tipId = created.path("tipId").asString();

		HttpResponse<String> scheduled = client().staffPost("/api/tips/manage/" + tipId + "/schedule", null,
				"{\"publishAt\":\"" + Instant.now().plusSeconds(2) + "\"}");

		assertThat(json(scheduled).path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(TipsClient.publicationsOf(tipId)).isEmpty();
		Awaitility.await().untilAsserted(() -> assertThat(TipsClient.publicationsOf(tipId)).hasSize(1));
		assertThat(client().read("/tips/" + created.path("slug").asString()).statusCode()).isEqualTo(200);
	}

	@Test
	void aScheduleInThePastIsRefused() {
		String tipId = json(client().staffPost("/api/tips/manage", UUID.randomUUID().toString(),
				draft("Too late " + UUID.randomUUID(), "Body.")))
			.path("tipId")
			.asString();

		HttpResponse<String> past = client().staffPost("/api/tips/manage/" + tipId + "/schedule", null,
				"{\"publishAt\":\"2020-05-12T07:00:00Z\"}");
		HttpResponse<String> garbled = client().staffPost("/api/tips/manage/" + tipId + "/schedule", null,
				"{\"publishAt\":\"next tuesday\"}");

		assertThat(past.statusCode()).isEqualTo(400);
		assertThat(json(past).path("field").asString()).isEqualTo("publishAt");
		assertThat(json(garbled).path("field").asString()).isEqualTo("publishAt");
		assertThat(TipsClient.publicationsOf(tipId)).isEmpty();
	}

}
