package org.mhaw.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The one staff moderation queue, built from the log and decided through the API. */
@DashboardTest
class ModerationQueueTests {

	@Autowired
	private KafkaTemplate<String, EventEnvelope> kafka;

	@Autowired
	private MeterRegistry meters;

	@LocalServerPort
	private int port;

	@Test
	void anApprovedMessageLeavesTheQueueGoesOnTheTopicAndJoinsTheTicker() {
		StaffClient staff = new StaffClient(this.port);
		String itemId = "don-" + UUID.randomUUID();
		String text = "A walk with my neighbour made my week " + itemId;
		Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		request(itemId, text, requestedAt);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queueIds(staff)).contains(itemId));

		var response = staff.postAsStaff("/api/dashboard/moderation/" + itemId + "/decision",
				"{\"decision\":\"APPROVED\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(queueIds(staff)).doesNotContain(itemId);
		assertThat(TopicReader.events(Topics.MODERATION)).extracting(EventEnvelope::payload)
			.contains(new ModerationDecided(itemId, ModerationKind.DONOR_MESSAGE, ModerationDecision.APPROVED, null,
					"staff", requestedAt));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(staff.totals().path("messages").findValuesAsString("text")).contains(text));
		assertThat(this.meters.get("mhaw.moderation.wait").timer().count()).isPositive();
	}

	@Test
	void rejectingWithoutAReasonIsRefusedAndPublishesNothing() {
		StaffClient staff = new StaffClient(this.port);
		String itemId = "plg-" + UUID.randomUUID();
		request(itemId, "Pledging to phone my gran every Sunday", Instant.now());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queueIds(staff)).contains(itemId));

		var response = staff.postAsStaff("/api/dashboard/moderation/" + itemId + "/decision",
				"{\"decision\":\"REJECTED\",\"reason\":\"  \"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(StaffClient.JSON.readTree(response.body()).path("field").asString()).isEqualTo("reason");
		assertThat(queueIds(staff)).contains(itemId);
		assertThat(TopicReader.events(Topics.MODERATION)).extracting(EventEnvelope::payload)
			.noneMatch((event) -> event instanceof ModerationDecided decided && decided.itemId().equals(itemId));
	}

	@Test
	void aRejectionWithAReasonIsPublishedAndSecondDecisionsAreRefused() {
		StaffClient staff = new StaffClient(this.port);
		String itemId = "evt-" + UUID.randomUUID();
		request(itemId, "Community walk", Instant.now());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queueIds(staff)).contains(itemId));

		var first = staff.postAsStaff("/api/dashboard/moderation/" + itemId + "/decision",
				"{\"decision\":\"REJECTED\",\"reason\":\"Please add the meeting point\"}");
		var second = staff.postAsStaff("/api/dashboard/moderation/" + itemId + "/decision",
				"{\"decision\":\"APPROVED\"}");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isIn(404, 409);
		assertThat(TopicReader.events(Topics.MODERATION)).extracting(EventEnvelope::payload)
			.filteredOn((event) -> event instanceof ModerationDecided decided && decided.itemId().equals(itemId))
			.singleElement()
			.extracting((event) -> ((ModerationDecided) event).reason())
			.isEqualTo("Please add the meeting point");
	}

	@Test
	void theQueuePageListsWaitingItemsForStaffOnly() {
		StaffClient staff = new StaffClient(this.port);
		String itemId = "don-" + UUID.randomUUID();
		request(itemId, "Grateful for the café that lets us sit for hours", Instant.now());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queueIds(staff)).contains(itemId));

		var page = staff.getAsStaff("/staff/moderation");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Grateful for the café that lets us sit for hours").contains("Approve");
		assertThat(staff.get("/staff/moderation").statusCode()).isIn(302, 401);
	}

	private void request(String itemId, String text, Instant at) {
		ModerationKind kind = itemId.startsWith("evt-") ? ModerationKind.LOCAL_EVENT
				: itemId.startsWith("plg-") ? ModerationKind.PLEDGE_MESSAGE : ModerationKind.DONOR_MESSAGE;
		new CampaignEvents(this.kafka, 0).send(List.of(CampaignEvents
			.envelope(new ModerationRequested(itemId, kind, null, text, "Priya", Region.NORTH_WEST), at)));
	}

	private static List<String> queueIds(StaffClient staff) {
		JsonNode queue = StaffClient.JSON.readTree(staff.getAsStaff("/api/dashboard/moderation").body());
		return queue.findValuesAsString("itemId");
	}

}
