package org.mhaw.platform.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mhaw.platform.web.WebEdgeTestApplication.ThingsController;
import org.mhaw.testsupport.RealInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = WebEdgeTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=web-edge-check", "mhaw.idempotency.paths=/api/things",
				"mhaw.security.staff-paths=/api/things/*/approve", "mhaw.security.staff-password=let-me-in",
				"mhaw.http.max-body-size=2KB" })
@RealInfrastructure
class WebEdgeTests {

	private static final String THING = "{\"name\":\"walk\",\"amountPence\":500}";

	/** A body over the 2 KB limit this test runs with. */
	private static final String OVER_THE_LIMIT = "{\"name\":\"" + "x".repeat(4096) + "\",\"amountPence\":500}";

	@LocalServerPort
	private int port;

	@Autowired
	private ThingsController things;

	@Autowired
	private MeterRegistry meters;

	private HttpClientForTests http() {
		return new HttpClientForTests(this.port);
	}

	@Test
	void retryWithTheSameKeyGetsTheFirstAnswerAndRunsNothingTwice() {
		String key = UUID.randomUUID().toString();
		int before = this.things.created.get();
		double replaysBefore = this.meters.counter("mhaw.http.idempotent.replays").count();

		HttpResponse<String> first = http().postJson("/api/things", key, THING);
		HttpResponse<String> retry = http().postJson("/api/things", key, THING);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(this.things.created.get()).isEqualTo(before + 1);
		assertThat(this.meters.counter("mhaw.http.idempotent.replays").count()).isEqualTo(replaysBefore + 1);
	}

	@Test
	void sameKeyWithAnotherBodyIs422() {
		String key = UUID.randomUUID().toString();
		http().postJson("/api/things", key, THING);

		HttpResponse<String> reused = http().postJson("/api/things", key, "{\"name\":\"run\",\"amountPence\":500}");

		assertThat(reused.statusCode()).isEqualTo(422);
		assertThat(reused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void fiftyConcurrentRequestsWithOneKeyRunOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		int before = this.things.created.get();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		List<Future<HttpResponse<String>>> sent = IntStream.range(0, 50)
			.mapToObj((i) -> pool.submit(() -> http().postJson("/api/things", key, THING)))
			.toList();
		List<HttpResponse<String>> responses = sent.stream().map(WebEdgeTests::get).toList();
		pool.shutdown();

		assertThat(this.things.created.get()).isEqualTo(before + 1);
		assertThat(responses).allSatisfy((response) -> assertThat(response.statusCode()).isIn(201, 409));
		assertThat(responses.stream().filter((response) -> response.statusCode() == 201).map(HttpResponse::body))
			.isNotEmpty()
			.containsOnly(responses.stream().filter((r) -> r.statusCode() == 201).findFirst().orElseThrow().body());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "missing key | | 400 | idempotency-key-missing",
					"malformed key | short | 400 | idempotency-key-malformed",
					"key with spaces | not a valid key at all | 400 | idempotency-key-malformed" })
	void refusesARequestWithoutAUsableKey(String name, String key, int status, String type) {
		HttpResponse<String> response = http().postJson("/api/things", key, THING);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body()).contains("/problems/" + type);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "broken JSON | {\"name\": | unreadable-body | ",
			"wrong type | {\"name\":\"walk\",\"amountPence\":\"lots\"} | invalid-field | amountPence",
			"fraction of a penny | {\"name\":\"walk\",\"amountPence\":500.5} | invalid-field | amountPence",
			"unknown field | {\"name\":\"walk\",\"amountPence\":500,\"currency\":\"USD\"} | invalid-field | currency",
			"below minimum | {\"name\":\"walk\",\"amountPence\":99} | invalid-field | amountPence",
			"blank name | {\"name\":\"\",\"amountPence\":500} | invalid-field | name",
			"missing amount | {\"name\":\"walk\"} | invalid-field | amountPence",
			"number too big | {\"name\":\"walk\",\"amountPence\":99999999999999999999999} | invalid-field | amountPence" })
	void badInputIsAProblemNamingTheFieldAndChangesNothing(String name, String body, String type, String field) {
		int before = this.things.created.get();

		HttpResponse<String> response = http().postJson("/api/things", UUID.randomUUID().toString(), body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("/problems/" + type);
		if (field != null) {
			assertThat(response.body()).contains("\"field\":\"" + field + "\"");
		}
		assertThat(this.things.created.get()).isEqualTo(before);
	}

	@Test
	void aBodyOverTheLimitIs413() {
		assertTooLarge(http().postJson("/api/things", UUID.randomUUID().toString(), OVER_THE_LIMIT));
	}

	@Test
	void aChunkedBodyOverTheLimitIs413() {
		assertTooLarge(http().postJsonChunked("/api/things", UUID.randomUUID().toString(), OVER_THE_LIMIT));
	}

	private static void assertTooLarge(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("/problems/body-too-large");
	}

	@Test
	void aChunkedBodyUnderTheLimitIsReadWhole() {
		HttpResponse<String> response = http().postJsonChunked("/api/things", UUID.randomUUID().toString(),
				"{\"name\":\"chunked\",\"amountPence\":500}");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"name\":\"chunked\"");
	}

	@Test
	void aFailedRequestFreesItsKeyForACorrectedRetry() {
		String key = UUID.randomUUID().toString();
		http().postJson("/api/things", key, "{\"name\":\"walk\",\"amountPence\":1}");

		HttpResponse<String> corrected = http().postJson("/api/things", key, THING);

		assertThat(corrected.statusCode()).isEqualTo(201);
	}

	@Test
	void staffRoutesNeedStaffCredentials() {
		assertThat(http().postAsStaff("/api/things/7/approve", "wrong").statusCode()).isEqualTo(401);
		assertThat(http()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/api/things/7/approve"))
				.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
				.build())
			.statusCode()).isEqualTo(401);
		assertThat(http().postAsStaff("/api/things/7/approve", "let-me-in").statusCode()).isEqualTo(200);
	}

	@Test
	void apiProblemsAreProblemJson() {
		HttpResponse<String> response = http().get("/api/things/42");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("/problems/not-found").contains("There is no thing 42.");
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
