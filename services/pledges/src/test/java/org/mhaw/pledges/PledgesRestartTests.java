package org.mhaw.pledges;

import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started from nothing but the log knows everything the first one did: the
 * pledges it took, the catalogue as staff left it, and the messages staff approved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PledgesRestartTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EventPublisher publisher;

	@Test
	void everythingTheFirstInstanceRecordedIsRebuiltByANewOneFromTheLog() {
		PledgesHttp first = new PledgesHttp(this.port);
		String email = PledgesHttp.newEmail();
		JsonNode pledged = PledgesHttp.json(first.pledge("{\"catalogueKeys\":[\"share-a-meal\"],\"email\":\"" + email
				+ "\",\"firstName\":\"Nell\",\"region\":\"WALES\",\"message\":\"Soup for the street " + email + "\"}"));
		String added = "bake-for-a-neighbour-" + UUID.randomUUID().toString().substring(0, 8);
		String retired = "sing-together-" + UUID.randomUUID().toString().substring(0, 8);
		first.staffPostJson("/api/pledges/catalogue",
				"{\"key\":\"" + added + "\",\"title\":\"Bake for a neighbour\",\"description\":\"Scones count.\"}");
		first.staffPostJson("/api/pledges/catalogue",
				"{\"key\":\"" + retired + "\",\"title\":\"Sing together\",\"description\":\"Any key.\"}");
		first.staffPostJson("/api/pledges/catalogue/" + retired + "/retire", "");
		approveMessageContaining(email);
		Awaitility.await()
			.untilAsserted(() -> assertThat(first.get("/pledges").body()).contains("Soup for the street"));

		try (AnotherPledgesInstance restarted = new AnotherPledgesInstance()) {
			PledgesHttp second = restarted.http();

			var again = second.pledge(PledgesHttp.pledgeBody(email, "share-a-meal"));

			assertThat(again.statusCode()).isEqualTo(200);
			assertThat(PledgesHttp.json(again).path("pledges").get(0).path("pledgeId").asString())
				.isEqualTo(pledged.path("pledges").get(0).path("pledgeId").asString());
			assertThat(TopicReader.events(Topics.PLEDGES)
				.stream()
				.map(EventEnvelope::payload)
				.filter((event) -> event instanceof PledgeMade made
						&& made.supporterId().equals(pledged.path("supporterId").asString())))
				.hasSize(1);
			assertThat(second.get("/api/pledges/counts").body()).contains(added).doesNotContain(retired);
			assertThat(second.get("/pledges").body()).contains("Soup for the street " + email, "Nell");
		}
	}

	private void approveMessageContaining(String text) {
		String itemId = TopicReader.events(Topics.MODERATION)
			.stream()
			.map(EventEnvelope::payload)
			.filter((event) -> event instanceof ModerationRequested requested && requested.text().contains(text))
			.map((event) -> ((ModerationRequested) event).itemId())
			.findFirst()
			.orElseThrow();
		this.publisher.publish(new ModerationDecided(itemId, ModerationKind.PLEDGE_MESSAGE, ModerationDecision.APPROVED,
				null, "staff", Instant.now()));
	}

}
