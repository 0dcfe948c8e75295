package org.mhaw.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.mhaw.dashboard.projection.DashboardKeys;
import org.mhaw.dashboard.projection.ProjectionConsumers;
import org.mhaw.events.EventEnvelope;
import redis.clients.jedis.RedisClient;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The totals stay exact when the consumer dies mid-stream, when a second consumer joins
 * the group, and when the projections are thrown away and rebuilt from the log.
 */
@DashboardTest
class ProjectionResilienceTests {

	private static final Duration SETTLE = Duration.ofSeconds(45);

	@Autowired
	private KafkaTemplate<String, EventEnvelope> kafka;

	@Autowired
	private ConcurrentMessageListenerContainer<String, EventEnvelope> projectionContainer;

	@Autowired
	private ProjectionConsumers consumers;

	@Autowired
	private RedisClient redis;

	@Autowired
	private DashboardKeys keys;

	@LocalServerPort
	private int port;

	@Test
	void totalsAreExactAfterTheConsumerIsStoppedMidStreamAndANewOneStarts() {
		CampaignEvents campaign = new CampaignEvents(this.kafka, 11);
		List<EventEnvelope> events = campaign.mix(400);
		StaffClient staff = new StaffClient(this.port);
		long appliedBefore = eventsApplied(staff);

		CompletableFuture<?> publishing = CompletableFuture.runAsync(() -> {
			for (int from = 0; from < events.size(); from += 50) {
				campaign.send(events.subList(from, Math.min(events.size(), from + 50)));
			}
		});
		await().atMost(SETTLE).until(() -> eventsApplied(staff) > appliedBefore);
		this.projectionContainer.stop();
		ConcurrentMessageListenerContainer<String, EventEnvelope> replacement = this.consumers.create();
		replacement.start();
		try {
			publishing.join();

			LogFigures.awaitTotalsMatchTheLog(staff);
		}
		finally {
			replacement.stop();
			this.projectionContainer.start();
		}
	}

	@Test
	void twoConsumersInOneGroupGiveTheSameTotalsAsOne() {
		ConcurrentMessageListenerContainer<String, EventEnvelope> second = this.consumers.create();
		second.start();
		try {
			CampaignEvents campaign = new CampaignEvents(this.kafka, 12);

			campaign.send(campaign.mix(300));

			StaffClient staff = new StaffClient(this.port);
			LogFigures.awaitTotalsMatchTheLog(staff);
			await().atMost(SETTLE).untilAsserted(() -> assertThat(second.getAssignedPartitions()).isNotEmpty());
			assertThat(this.projectionContainer.getAssignedPartitions()).isNotEmpty();
		}
		finally {
			second.stop();
		}
	}

	@Test
	void rebuildAfterTheProjectionsAreWipedGivesTheSameTotals() {
		CampaignEvents campaign = new CampaignEvents(this.kafka, 13);
		campaign.send(campaign.mix(200));
		StaffClient staff = new StaffClient(this.port);
		LogFigures before = LogFigures.awaitTotalsMatchTheLog(staff);
		String wiped = this.redis.get(this.keys.livePointer());
		KeysUnder.delete(this.redis, this.keys.generationBase() + wiped + ":");
		assertThat(LogFigures.fromTotals(staff.totals())).isNotEqualTo(before);

		assertThat(staff.postAsStaff("/api/dashboard/rebuild", "").statusCode()).isEqualTo(202);

		await().atMost(SETTLE).untilAsserted(() -> {
			JsonNode status = StaffClient.JSON.readTree(staff.getAsStaff("/api/dashboard/rebuild").body());
			assertThat(status.path("state").asString()).isEqualTo("done");
		});
		assertThat(LogFigures.fromTotals(staff.totals())).isEqualTo(before);
		assertThat(this.redis.get(this.keys.livePointer())).isNotEqualTo(wiped);
		assertThat(KeysUnder.find(this.redis, this.keys.generationBase() + wiped + ":")).isEmpty();
	}

	private static long eventsApplied(StaffClient staff) {
		return staff.totals().path("freshness").path("eventsApplied").asLong();
	}

}
