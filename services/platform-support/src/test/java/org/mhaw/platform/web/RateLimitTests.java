package org.mhaw.platform.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.RealInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = WebEdgeTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=rate-limit-check", "mhaw.idempotency.paths=/api/things",
				"mhaw.rate-limit.requests-per-minute=5" })
@RealInfrastructure
class RateLimitTests {

	@LocalServerPort
	private int port;

	@Test
	void publicPostsOverTheLimitAre429WithRetryAfter() {
		HttpClientForTests http = new HttpClientForTests(this.port);

		List<HttpResponse<String>> responses = IntStream.range(0, 7)
			.mapToObj((i) -> http.postJson("/api/things", UUID.randomUUID().toString(),
					"{\"name\":\"walk\",\"amountPence\":500}"))
			.toList();

		assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(201, 201, 201, 201, 201, 429, 429);
		assertThat(responses.get(6).headers().firstValue("Retry-After")).isPresent();
		assertThat(responses.get(6).body()).contains("/problems/rate-limited");
	}

}
