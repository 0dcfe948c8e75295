package org.mhaw.pledges.pledging;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.events.pledge.PledgeWithdrawn;
import org.mhaw.pledges.PledgesHttp;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mhaw.pledges.PledgesHttp.json;
import static org.mhaw.pledges.PledgesHttp.newEmail;
import static org.mhaw.pledges.PledgesHttp.pledgeBody;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PledgeApiTests {

	@LocalServerPort
	private int port;

	private PledgesHttp http() {
		return new PledgesHttp(this.port);
	}

	@Test
	void aPledgeIsOnTheTopicWithAnOpaqueSupporterIdBeforeTheAnswer() {
		String email = newEmail();

		HttpResponse<String> response = http().pledge(pledgeBody(email, "check-in-on-a-neighbour", "share-a-meal"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode receipt = json(response);
		List<PledgeMade> made = pledgesMadeBy(receipt.path("supporterId").asString());
		assertThat(made).extracting(PledgeMade::catalogueKey)
			.containsExactlyInAnyOrder("check-in-on-a-neighbour", "share-a-meal");
		assertThat(made).allSatisfy((pledge) -> assertThat(pledge.region()).isEqualTo(Region.WALES));
		assertThat(receipt.path("supporterId").asString()).startsWith("sup-").doesNotContain("example");
		assertThat(TopicReader.records(Topics.PLEDGES))
			.noneMatch((record) -> new String(record.value()).contains(email));
		assertThat(receipt.path("pledges").get(0).path("withdrawalToken").asString()).hasSizeGreaterThan(30);
		assertThat(receipt.path("pledges").get(0).path("count").asLong()).isPositive();
	}

	@Test
	void aRetryWithTheSameKeyReplaysTheAnswerAndPublishesOnce() {
		String key = UUID.randomUUID().toString();
		String body = pledgeBody(newEmail(), "volunteer-an-hour");

		HttpResponse<String> first = http().postJson("/api/pledges", key, body);
		HttpResponse<String> retry = http().postJson("/api/pledges", key, body);

		assertThat(retry.statusCode()).isEqualTo(first.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(pledgesMadeBy(json(first).path("supporterId").asString())).hasSize(1);
	}

	@Test
	void fiftyConcurrentRequestsWithOneKeyMakeOnePledge() throws Exception {
		String key = UUID.randomUUID().toString();
		String email = newEmail();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		List<Future<HttpResponse<String>>> sent = IntStream.range(0, 50)
			.mapToObj((i) -> pool
				.submit(() -> http().postJson("/api/pledges", key, pledgeBody(email, "take-a-walk-in-nature"))))
			.toList();
		List<HttpResponse<String>> responses = sent.stream().map(PledgeApiTests::get).toList();
		pool.shutdown();

		assertThat(responses).allSatisfy((response) -> assertThat(response.statusCode()).isIn(201, 409));
		String supporterId = responses.stream()
			.filter((response) -> response.statusCode() == 201)
			.map((response) -> json(response).path("supporterId").asString())
			.findFirst()
			.orElseThrow();
		assertThat(pledgesMadeBy(supporterId)).hasSize(1);
	}

	@Test
	void aSecondPledgeOfOneEntryByOneSupporterReturnsTheFirstAndPublishesNothing() {
		String email = newEmail();
		JsonNode first = json(http().pledge(pledgeBody(email, "learn-a-name")));

		HttpResponse<String> second = http().pledge(pledgeBody(email.toUpperCase(), "learn-a-name"));

		assertThat(second.statusCode()).isEqualTo(200);
		JsonNode pledge = json(second).path("pledges").get(0);
		assertThat(pledge.path("pledgeId").asString())
			.isEqualTo(first.path("pledges").get(0).path("pledgeId").asString());
		assertThat(pledge.path("alreadyMade").asBoolean()).isTrue();
		assertThat(pledgesMadeBy(first.path("supporterId").asString())).hasSize(1);
	}

	@Test
	void aMessageIsHeldForModerationWithoutTheEmail() {
		String email = newEmail();
		String body = "{\"catalogueKeys\":[\"join-a-local-group\"],\"email\":\"" + email
				+ "\",\"firstName\":\"Priya\",\"region\":\"LONDON\",\"message\":\"Our choir saved my winter.\"}";

		HttpResponse<String> response = http().pledge(body);

		assertThat(json(response).path("messageHeldForModeration").asBoolean()).isTrue();
		List<ModerationRequested> requested = TopicReader.events(Topics.MODERATION)
			.stream()
			.map(EventEnvelope::payload)
			.filter(ModerationRequested.class::isInstance)
			.map(ModerationRequested.class::cast)
			.filter((request) -> request.text().equals("Our choir saved my winter."))
			.toList();
		assertThat(requested).singleElement().satisfies((request) -> {
			assertThat(request.kind()).isEqualTo(ModerationKind.PLEDGE_MESSAGE);
			assertThat(request.displayName()).isEqualTo("Priya");
			assertThat(request.region()).isEqualTo(Region.LONDON);
			assertThat(request.title()).contains("Join a local group");
		});
		assertThat(TopicReader.records(Topics.MODERATION))
			.noneMatch((record) -> new String(record.value()).contains(email));
	}

	@Test
	void withdrawingWithTheTokenPublishesOnceAndLowersTheCount() {
		JsonNode pledge = json(http().pledge(pledgeBody(newEmail(), "phone-down-for-an-evening"))).path("pledges")
			.get(0);
		String pledgeId = pledge.path("pledgeId").asString();
		long countBefore = pledge.path("count").asLong();

		HttpResponse<String> withdrawn = http().withdraw(pledgeId, pledge.path("withdrawalToken").asString());
		HttpResponse<String> again = http().withdraw(pledgeId, pledge.path("withdrawalToken").asString());

		assertThat(withdrawn.statusCode()).isEqualTo(200);
		assertThat(json(withdrawn).path("count").asLong()).isEqualTo(countBefore - 1);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(TopicReader.events(Topics.PLEDGES)
			.stream()
			.map(EventEnvelope::payload)
			.filter((event) -> event instanceof PledgeWithdrawn w && w.pledgeId().equals(pledgeId))).hasSize(1);
	}

	@Test
	void withdrawingWithoutTheRightTokenIsRefused() {
		JsonNode pledge = json(http().pledge(pledgeBody(newEmail(), "say-hello-to-someone-new"))).path("pledges")
			.get(0);
		String pledgeId = pledge.path("pledgeId").asString();

		HttpResponse<String> wrong = http().withdraw(pledgeId, "not-the-token");
		HttpResponse<String> missing = http().withdraw(pledgeId, null);

		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(missing.statusCode()).isEqualTo(403);
		assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(TopicReader.events(Topics.PLEDGES)
			.stream()
			.map(EventEnvelope::payload)
			.filter((event) -> event instanceof PledgeWithdrawn w && w.pledgeId().equals(pledgeId))).isEmpty();
	}

	@Test
	void countsArePublicAndListOnlyActivePledges() {
		HttpResponse<String> counts = http().get("/api/pledges/counts");

		assertThat(counts.statusCode()).isEqualTo(200);
		assertThat(counts.body()).contains("check-in-on-a-neighbour", "take-a-walk-in-nature", "volunteer-an-hour");
	}

	static List<PledgeMade> pledgesMadeBy(String supporterId) {
		return TopicReader.events(Topics.PLEDGES)
			.stream()
			.map(EventEnvelope::payload)
			.filter(PledgeMade.class::isInstance)
			.map(PledgeMade.class::cast)
			.filter((made) -> made.supporterId().equals(supporterId))
			.toList();
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
