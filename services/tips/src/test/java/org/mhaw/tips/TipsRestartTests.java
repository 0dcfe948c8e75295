package org.mhaw.tips;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mhaw.events.tip.TipPublished;
import org.mhaw.testsupport.RealInfrastructure;
import org.mhaw.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tips service started from nothing but the log knows every tip, draft and schedule,
 * and adds the seed tips no second time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TipsRestartTests {

	@LocalServerPort
	private int port;

	@Test
	void aRestartRebuildsDraftsAndSchedulesAndNeverSeedsTwice() {
		TipsClient first = new TipsClient(this.port);
		JsonNode draft = TipsClient.json(first.staffPost("/api/tips/manage", UUID.randomUUID().toString(),
				TipsClient.draft("Still a draft " + UUID.randomUUID(), "Body.")));
		JsonNode scheduled = TipsClient.json(first.staffPost("/api/tips/manage", UUID.randomUUID().toString(),
				TipsClient.draft("Next week " + UUID.randomUUID(), "Body.")));
		first.staffPost("/api/tips/manage/" + scheduled.path("tipId").asString() + "/schedule", null,
				"{\"publishAt\":\"" + Instant.now().plusSeconds(7 * 24 * 3600) + "\"}");

		try (ConfigurableApplicationContext restarted = startAnotherInstance()) {
			TipsClient second = new TipsClient(
					Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port")));

			assertThat(TipsClient.json(second.staffGet("/api/tips/manage/" + draft.path("tipId").asString()))
				.path("status")
				.asString()).isEqualTo("DRAFT");
			assertThat(TipsClient.json(second.staffGet("/api/tips/manage/" + scheduled.path("tipId").asString()))
				.path("status")
				.asString()).isEqualTo("SCHEDULED");
			assertThat(second.read("/tips").body()).contains("Say hello first");
		}
		Map<String, Long> seedPublications = TipsClient.events(TipPublished.class)
			.stream()
			.filter((published) -> published.tipId().startsWith("tip-seed-"))
			.collect(Collectors.groupingBy(TipPublished::tipId, Collectors.counting()));
		assertThat(seedPublications).hasSize(12).allSatisfy((tipId, count) -> assertThat(count).isEqualTo(1));
	}

	private static ConfigurableApplicationContext startAnotherInstance() {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		return new SpringApplicationBuilder(TipsApplication.class)
			.properties("server.port=0", "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
					"mhaw.redis.url=" + infrastructure.redisUrl(),
					"mhaw.redis.key-prefix=" + infrastructure.redisKeyPrefix())
			.run();
	}

}
