package org.mhaw.pledges.wall;

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
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.pledges.PledgesHttp;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The wall shows counts and only the messages staff approved. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PledgeWallTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EventPublisher publisher;

	@Test
	void anApprovedMessageAppearsOnTheWallAndARejectedOneNever() {
		String approved = "Walking with my neighbour every Tuesday " + UUID.randomUUID();
		String rejected = "Buy my stuff at example dot com " + UUID.randomUUID();
		String pending = "Still waiting for a look " + UUID.randomUUID();
		String approvedId = pledgeWithMessage("Amira", approved);
		String rejectedId = pledgeWithMessage("Spam", rejected);
		pledgeWithMessage("Jo", pending);

		decide(approvedId, ModerationKind.PLEDGE_MESSAGE, ModerationDecision.APPROVED);
		decide(rejectedId, ModerationKind.PLEDGE_MESSAGE, ModerationDecision.REJECTED);

		Awaitility.await().untilAsserted(() -> assertThat(http().get("/pledges").body()).contains(approved, "Amira"));
		String wall = http().get("/pledges").body();
		assertThat(wall).doesNotContain(rejected).doesNotContain(pending);
	}

	@Test
	void aDecisionAboutAnotherServicesItemLeavesOurMessageWaiting() {
		String text = "Not for the donations queue " + UUID.randomUUID();
		String itemId = pledgeWithMessage("Ravi", text);

		decide(itemId, ModerationKind.DONOR_MESSAGE, ModerationDecision.APPROVED);
		String marker = "Marker approved after the donor decision " + UUID.randomUUID();
		decide(pledgeWithMessage("Mo", marker), ModerationKind.PLEDGE_MESSAGE, ModerationDecision.APPROVED);

		Awaitility.await().untilAsserted(() -> assertThat(http().get("/pledges").body()).contains(marker));
		assertThat(http().get("/pledges").body()).doesNotContain(text);
	}

	@Test
	void theWallShowsACountForEveryActivePledge() {
		http().pledge(PledgesHttp.pledgeBody(PledgesHttp.newEmail(), "take-a-walk-in-nature"));

		String wall = http().get("/pledges").body();

		assertThat(wall).contains("Take a walk in nature", "Volunteer an hour", "pledges made so far");
	}

	private String pledgeWithMessage(String firstName, String message) {
		http().pledge("{\"catalogueKeys\":[\"check-in-on-a-neighbour\"],\"email\":\"" + PledgesHttp.newEmail()
				+ "\",\"firstName\":\"" + firstName + "\",\"region\":\"NORTH_WEST\",\"message\":\"" + message + "\"}");
		return TopicReader.events(Topics.MODERATION)
			.stream()
			.map(EventEnvelope::payload)
			.filter((event) -> event instanceof ModerationRequested requested && requested.text().equals(message))
			.map((event) -> ((ModerationRequested) event).itemId())
			.findFirst()
			.orElseThrow();
	}

	private void decide(String itemId, ModerationKind kind, ModerationDecision decision) {
		this.publisher.publish(new ModerationDecided(itemId, kind, decision,
				(decision == ModerationDecision.REJECTED) ? "Advertising" : null, "staff", Instant.now()));
	}

	private PledgesHttp http() {
		return new PledgesHttp(this.port);
	}

}
