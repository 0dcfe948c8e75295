package org.mhaw.localevents.event;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.localevent.LocalEventApproved;
import org.mhaw.events.localevent.LocalEventCancelled;
import org.mhaw.events.localevent.LocalEventRejected;
import org.mhaw.events.localevent.LocalEventSubmitted;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.localevents.LocalEventsClient;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A partner submits an event, staff's decision approves or rejects it, supporters find
 * it; partners see only their own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@DirtiesContext
class PartnerEventsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EventPublisher publisher;

	private LocalEventsClient client;

	private LocalEventsClient.Partner partner;

	@BeforeEach
	void registerPartner() {
		this.client = new LocalEventsClient(this.port);
		this.partner = this.client.registerPartner("Leeds Walking Friends");
	}

	@Test
	void submissionIsPendingAndAsksForModeration() {
		HttpResponse<String> response = this.client.submit(this.partner.apiKey(),
				LocalEventsClient.eventJson("Walk and talk", 3, "20"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = LocalEventsClient.json(response);
		String id = body.path("localEventId").asString();
		assertThat(body.path("status").asString()).isEqualTo("PENDING");
		assertThat(body.path("details").path("venue").path("postcode").asString()).isEqualTo("LS8 2HH");
		assertThat(payloads(Topics.LOCAL_EVENTS, id)).singleElement()
			.isInstanceOfSatisfying(LocalEventSubmitted.class, (submitted) -> {
				assertThat(submitted.partnerId()).isEqualTo(this.partner.partnerId());
				assertThat(submitted.revision()).isEqualTo(1);
				assertThat(submitted.capacity()).isEqualTo(20);
			});
		assertThat(payloads(Topics.MODERATION, id)).singleElement()
			.isInstanceOfSatisfying(ModerationRequested.class, (requested) -> {
				assertThat(requested.kind()).isEqualTo(ModerationKind.LOCAL_EVENT);
				assertThat(requested.title()).isEqualTo("Walk and talk");
			});
		assertThat(this.client.get("/api/events/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void approvalListsTheEventAndIsAnnounced() {
		String id = submitted("Heritage trail", 2, "30");

		decide(id, ModerationDecision.APPROVED, null);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(partnerView(id).path("status").asString()).isEqualTo("APPROVED"));
		assertThat(payloads(Topics.LOCAL_EVENTS, id))
			.anySatisfy((event) -> assertThat(event).isInstanceOfSatisfying(LocalEventApproved.class,
					(approved) -> assertThat(approved.revision()).isEqualTo(1)));
		JsonNode listed = LocalEventsClient.json(this.client.get("/api/events/" + id));
		assertThat(listed.path("places").path("placesLeft").asInt()).isEqualTo(30);
		assertThat(LocalEventsClient.json(this.client.get("/api/events?district=LS8&access=STEP_FREE&q=heritage")))
			.anySatisfy((event) -> assertThat(event.path("localEventId").asString()).isEqualTo(id));
		assertThat(LocalEventsClient.json(this.client.get("/api/events?access=BSL")))
			.noneSatisfy((event) -> assertThat(event.path("localEventId").asString()).isEqualTo(id));
	}

	@Test
	void rejectionGivesThePartnerTheReason() {
		String id = submitted("Open mic", 4, "null");

		decide(id, ModerationDecision.REJECTED, "Please add an accessible venue.");

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode view = partnerView(id);
			assertThat(view.path("status").asString()).isEqualTo("REJECTED");
			assertThat(view.path("rejectionReason").asString()).isEqualTo("Please add an accessible venue.");
		});
		assertThat(payloads(Topics.LOCAL_EVENTS, id))
			.anySatisfy((event) -> assertThat(event).isInstanceOfSatisfying(LocalEventRejected.class,
					(rejected) -> assertThat(rejected.reason()).isEqualTo("Please add an accessible venue.")));
		assertThat(this.client.get("/api/events/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void editingAnApprovedEventSendsItBackForReviewAndCancellingIsAnnounced() {
		String id = approved("Nature journaling", 5, "12");

		HttpResponse<String> edited = this.client.putJson("/api/partner/events/" + id, this.partner.apiKey(),
				LocalEventsClient.eventJson("Nature journaling for beginners", 5, "15"));

		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(LocalEventsClient.json(edited).path("status").asString()).isEqualTo("PENDING");
		assertThat(LocalEventsClient.json(edited).path("revision").asInt()).isEqualTo(2);
		assertThat(payloads(Topics.MODERATION, id)).filteredOn(ModerationRequested.class::isInstance).hasSize(2);
		assertThat(
				LocalEventsClient.json(this.client.get("/api/events/" + id)).path("details").path("title").asString())
			.as("the approved revision stays listed while the edit is reviewed")
			.isEqualTo("Nature journaling");

		HttpResponse<String> cancelled = this.client.postJson("/api/partner/events/" + id + "/cancel",
				this.partner.apiKey(), null, "");

		assertThat(LocalEventsClient.json(cancelled).path("status").asString()).isEqualTo("CANCELLED");
		assertThat(payloads(Topics.LOCAL_EVENTS, id)).anySatisfy((event) -> assertThat(event)
			.isInstanceOfSatisfying(LocalEventCancelled.class, (c) -> assertThat(c.wasApproved()).isTrue()));
		assertThat(this.client.get("/api/events/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void anotherPartnersEventIsNotFoundAndCannotBeChanged() {
		String id = submitted("Peer support circle", 1, "10");
		LocalEventsClient.Partner other = this.client.registerPartner("Another group");

		assertThat(this.client.get("/api/partner/events/" + id, other.apiKey()).statusCode()).isEqualTo(404);
		assertThat(this.client
			.putJson("/api/partner/events/" + id, other.apiKey(), LocalEventsClient.eventJson("Taken over", 1, "10"))
			.statusCode()).isEqualTo(404);
		assertThat(this.client.postJson("/api/partner/events/" + id + "/cancel", other.apiKey(), null, "").statusCode())
			.isEqualTo(404);
		assertThat(LocalEventsClient.json(this.client.get("/api/partner/events", other.apiKey())))
			.noneSatisfy((event) -> assertThat(event.path("localEventId").asString()).isEqualTo(id));
		assertThat(partnerView(id).path("status").asString()).isEqualTo("PENDING");
	}

	@Test
	void noKeyAWrongKeyOrARevokedKeyIsUnauthorised() {
		assertThat(this.client.get("/api/partner/events", null).statusCode()).isEqualTo(401);
		assertThat(this.client.get("/api/partner/events", "mhawp_not-a-key").statusCode()).isEqualTo(401);
		assertThat(this.client.submit(null, LocalEventsClient.eventJson("No key", 1, "5")).statusCode()).isEqualTo(401);
		assertThat(this.client.get("/api/partner/events", this.partner.apiKey()).statusCode()).isEqualTo(200);

		HttpResponse<String> revoked = this.client.asStaff("DELETE",
				"/api/events/admin/partners/" + this.partner.partnerId() + "/keys/" + this.partner.keyId());

		assertThat(revoked.statusCode()).isEqualTo(204);
		HttpResponse<String> refused = this.client.get("/api/partner/events", this.partner.apiKey());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void onlyStaffManagePartners() {
		assertThat(this.client.get("/api/events/admin/partners").statusCode()).isEqualTo(401);
		assertThat(this.client.get("/api/events/admin/partners", this.partner.apiKey()).statusCode()).isEqualTo(401);
		assertThat(this.client.asStaff("GET", "/api/events/admin/partners").body()).contains(this.partner.partnerId())
			.doesNotContain(this.partner.apiKey());
	}

	@Test
	void fieldsOnlyTheServiceSetsAreIgnored() {
		String body = LocalEventsClient.eventJson("Community lunch", 6, "40")
			.replaceFirst("\\{", "{\"status\":\"APPROVED\",\"partnerId\":\"prt-someone-else\",\"confirmed\":99,");

		HttpResponse<String> response = this.client.submit(this.partner.apiKey(), body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode view = LocalEventsClient.json(response);
		assertThat(view.path("status").asString()).isEqualTo("PENDING");
		assertThat(view.path("places").path("confirmed").asInt()).isZero();
		assertThat(LocalEventsClient.json(this.client.get("/api/partner/events", this.partner.apiKey())))
			.anySatisfy((event) -> assertThat(event.path("localEventId").asString())
				.isEqualTo(view.path("localEventId").asString()));
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyCreatesOneEvent() {
		String key = UUID.randomUUID().toString();
		String body = LocalEventsClient.eventJson("Retried", 2, "8");

		HttpResponse<String> first = this.client.postJson("/api/partner/events", this.partner.apiKey(), key, body);
		HttpResponse<String> second = this.client.postJson("/api/partner/events", this.partner.apiKey(), key, body);

		assertThat(second.body()).isEqualTo(first.body());
		String id = LocalEventsClient.json(first).path("localEventId").asString();
		assertThat(payloads(Topics.LOCAL_EVENTS, id)).hasSize(1);
	}

	private String submitted(String title, int day, String capacity) {
		HttpResponse<String> response = this.client.submit(this.partner.apiKey(),
				LocalEventsClient.eventJson(title, day, capacity));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return LocalEventsClient.json(response).path("localEventId").asString();
	}

	private String approved(String title, int day, String capacity) {
		return this.client.approve(this.publisher, submitted(title, day, capacity));
	}

	private void decide(String id, ModerationDecision decision, String reason) {
		this.publisher
			.publish(new ModerationDecided(id, ModerationKind.LOCAL_EVENT, decision, reason, "staff", Instant.now()));
	}

	private JsonNode partnerView(String id) {
		return LocalEventsClient.json(this.client.get("/api/partner/events/" + id, this.partner.apiKey()));
	}

	static List<Object> payloads(String topic, String aggregateKey) {
		return TopicReader.events(topic)
			.stream()
			.filter((envelope) -> envelope.aggregateKey().equals(aggregateKey))
			.map(EventEnvelope::payload)
			.map(Object.class::cast)
			.toList();
	}

}
