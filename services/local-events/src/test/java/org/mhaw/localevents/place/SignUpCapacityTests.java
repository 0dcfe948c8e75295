package org.mhaw.localevents.place;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.localevent.SignUpCancelled;
import org.mhaw.events.localevent.SignUpConfirmed;
import org.mhaw.events.localevent.SignUpWaitlisted;
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

/**
 * Places are never overbooked: 500 supporters at once for 100 places get exactly 100
 * places and 400 waitlist spots in the order their requests reached the log, and
 * cancellations promote exactly the next in line.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mhaw.rate-limit.enabled=false")
@RealInfrastructure
@DirtiesContext
class SignUpCapacityTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EventPublisher publisher;

	@Test
	void fiveHundredAtOnceForAHundredPlacesThenFiftyCancellations() {
		LocalEventsClient client = new LocalEventsClient(this.port);
		String id = approvedEvent(client, "100");

		List<HttpResponse<String>> answers = concurrently(500, (i) -> client.signUp(id, UUID.randomUUID().toString(),
				"Supporter " + i, "supporter" + i + "@example.org"));

		assertThat(answers).allSatisfy((answer) -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201));
		List<JsonNode> bodies = answers.stream().map(LocalEventsClient::json).toList();
		assertThat(bodies).filteredOn((body) -> body.path("status").asString().equals("CONFIRMED")).hasSize(100);
		assertThat(bodies).filteredOn((body) -> body.path("status").asString().equals("WAITLISTED"))
			.extracting((body) -> body.path("waitlistPosition").asInt())
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 400).boxed().toList());
		List<Object> decisions = decisionsFor(id);
		List<SignUpConfirmed> confirmed = only(decisions, SignUpConfirmed.class);
		List<SignUpWaitlisted> waitlisted = only(decisions, SignUpWaitlisted.class);
		assertThat(confirmed).hasSize(100).noneMatch(SignUpConfirmed::fromWaitlist);
		assertThat(waitlisted).extracting(SignUpWaitlisted::position)
			.as("waitlisted in arrival order")
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 400).boxed().toList());
		assertThat(decisions.indexOf(confirmed.get(99))).as("every place went before anyone was waitlisted")
			.isLessThan(decisions.indexOf(waitlisted.get(0)));

		Map<String, JsonNode> confirmedBySignUp = bodies.stream()
			.filter((body) -> body.path("status").asString().equals("CONFIRMED"))
			.collect(Collectors.toMap((body) -> body.path("signUpId").asString(), Function.identity()));
		List<JsonNode> leaving = new ArrayList<>(confirmedBySignUp.values()).subList(0, 50);
		List<HttpResponse<String>> cancellations = concurrently(50,
				(i) -> client.delete("/api/" + leaving.get(i).path("signUpUrl").asString().substring(1)));

		assertThat(cancellations).allSatisfy((answer) -> {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			assertThat(LocalEventsClient.json(answer).path("status").asString()).isEqualTo("CANCELLED");
		});
		List<Object> after = decisionsFor(id);
		assertThat(only(after, SignUpCancelled.class)).hasSize(50).allMatch(SignUpCancelled::wasConfirmed);
		assertThat(only(after, SignUpConfirmed.class).stream().filter(SignUpConfirmed::fromWaitlist))
			.extracting(SignUpConfirmed::signUpId)
			.as("the first fifty on the waitlist, in order")
			.containsExactlyElementsOf(waitlisted.subList(0, 50).stream().map(SignUpWaitlisted::signUpId).toList());
		JsonNode places = LocalEventsClient.json(client.get("/api/events/" + id + "/places"));
		assertThat(places.path("confirmed").asInt()).isEqualTo(100);
		assertThat(places.path("waitlisted").asInt()).isEqualTo(350);
		assertThat(places.path("placesLeft").asInt()).isZero();
	}

	@Test
	void aSecondSignUpWithTheSameEmailIsTheFirst() {
		LocalEventsClient client = new LocalEventsClient(this.port);
		String id = approvedEvent(client, "5");

		HttpResponse<String> first = client.signUp(id, UUID.randomUUID().toString(), "Ada", "Ada@Example.org");
		HttpResponse<String> second = client.signUp(id, UUID.randomUUID().toString(), "Ada L", "ADA@example.org");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(200);
		JsonNode again = LocalEventsClient.json(second);
		assertThat(again.path("alreadySignedUp").asBoolean()).isTrue();
		assertThat(again.path("signUpId").asString())
			.isEqualTo(LocalEventsClient.json(first).path("signUpId").asString());
		assertThat(again.path("signUpUrl").isNull()).as("the private link goes only to the first request").isTrue();
		assertThat(only(decisionsFor(id), SignUpConfirmed.class)).hasSize(1);
	}

	@Test
	void signingUpNeedsAnOpenEventAndValidDetails() {
		LocalEventsClient client = new LocalEventsClient(this.port);
		String id = approvedEvent(client, "5");

		assertThat(
				client.signUp("lev-not-an-event", UUID.randomUUID().toString(), "Ada", "ada@example.org").statusCode())
			.isEqualTo(404);
		HttpResponse<String> badEmail = client.signUp(id, UUID.randomUUID().toString(), "Ada", "not-an-email");
		assertThat(badEmail.statusCode()).isEqualTo(400);
		assertThat(LocalEventsClient.json(badEmail).path("field").asString()).isEqualTo("email");
		assertThat(client.signUp(id, null, "Ada", "ada@example.org").statusCode()).isEqualTo(400);
		assertThat(decisionsFor(id)).isEmpty();
	}

	private String approvedEvent(LocalEventsClient client, String capacity) {
		return client.approvedEvent(this.publisher, "Parkrun volunteers",
				LocalEventsClient.eventJson("Parkrun and a cuppa", 6, capacity));
	}

	static List<Object> decisionsFor(String localEventId) {
		return TopicReader.events(Topics.LOCAL_EVENTS)
			.stream()
			.filter((envelope) -> envelope.aggregateKey().equals(localEventId))
			.map(EventEnvelope::payload)
			.filter((payload) -> payload instanceof SignUpConfirmed || payload instanceof SignUpWaitlisted
					|| payload instanceof SignUpCancelled)
			.map(Object.class::cast)
			.toList();
	}

	static <T> List<T> only(List<Object> events, Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static List<HttpResponse<String>> concurrently(int count,
			java.util.function.IntFunction<HttpResponse<String>> call) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 250));
		try {
			List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, count)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> call.apply(i), pool))
				.toList();
			return calls.stream().map(CompletableFuture::join).toList();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
