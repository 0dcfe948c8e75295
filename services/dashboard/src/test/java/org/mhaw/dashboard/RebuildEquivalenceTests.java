package org.mhaw.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mhaw.dashboard.projection.DashboardKeys;
import org.mhaw.dashboard.projection.ProjectionStore;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.testsupport.TopicReader;
import redis.clients.jedis.RedisClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild folds its batches in Java rather than applying record by record as the live
 * consumer does; what it builds must still be exactly what the live consumer builds from
 * the same log, down to every hash field, set member and bookkeeping entry.
 */
@DashboardTest
class RebuildEquivalenceTests {

	private static final Duration SETTLE = Duration.ofSeconds(45);

	@Autowired
	private KafkaTemplate<String, EventEnvelope> kafka;

	@Autowired
	private ConcurrentMessageListenerContainer<String, EventEnvelope> projectionContainer;

	@Autowired
	private ProjectionStore store;

	@Autowired
	private RedisClient redis;

	@Autowired
	private DashboardKeys keys;

	@LocalServerPort
	private int port;

	@Test
	void rebuildGivesByteForByteWhatTheLiveConsumerGivesFromTheSameLog() {
		CampaignEvents campaign = new CampaignEvents(this.kafka, 31);
		List<EventEnvelope> events = campaign.mix(500);
		campaign.send(events);
		EventEnvelope twice = campaign.donation(4_321, Region.LONDON, Instant.parse("2027-05-14T09:30:00Z"));
		campaign.send(List.of(twice, twice));
		campaign.send(everyFifth(events));
		campaign.send(List.of(twice));
		StaffClient staff = new StaffClient(this.port);
		LogFigures.awaitTotalsMatchTheLog(staff);
		String byLiveConsumer = replayWithTheLiveConsumerFromOffsetZero(staff);
		Map<String, Object> liveProjection = rawProjection(byLiveConsumer);
		JsonNode liveTotals = withoutGeneration(staff.totals());

		assertThat(staff.postAsStaff("/api/dashboard/rebuild", "").statusCode()).isEqualTo(202);

		await().atMost(SETTLE).untilAsserted(() -> {
			JsonNode status = StaffClient.JSON.readTree(staff.getAsStaff("/api/dashboard/rebuild").body());
			assertThat(status.path("state").asString()).isEqualTo("done");
		});
		String rebuilt = this.redis.get(this.keys.livePointer());
		assertThat(rebuilt).isNotEqualTo(byLiveConsumer);
		assertThat(rawProjection(rebuilt)).isEqualTo(liveProjection);
		assertThat(withoutGeneration(staff.totals())).isEqualTo(liveTotals);
		assertThat(liveProjection).containsKeys("totals", "supporters", "offsets", "meta", "ticker",
				"moderation:pending", "events:approved");
	}

	/**
	 * Points the live consumer at an empty generation, so it replays the whole log from
	 * offset 0 on its own, as a first start would.
	 * @return that generation, once it has applied every partition to its end
	 */
	private String replayWithTheLiveConsumerFromOffsetZero(StaffClient staff) {
		String generation = "replay-" + UUID.randomUUID();
		this.projectionContainer.stop();
		String previous = this.redis.get(this.keys.livePointer());
		this.redis.set(this.keys.livePointer(), generation);
		this.projectionContainer.start();
		Map<String, Long> lastOffsets = lastOffsetsOfTheLog();
		await().atMost(SETTLE).untilAsserted(() -> assertThat(this.store.liveOffsets()).isEqualTo(lastOffsets));
		LogFigures.awaitTotalsMatchTheLog(staff);
		KeysUnder.delete(this.redis, this.keys.generationBase() + previous + ":");
		return generation;
	}

	private static Map<String, Long> lastOffsetsOfTheLog() {
		Map<String, Long> last = new HashMap<>();
		for (String topic : Topics.ALL) {
			TopicReader.records(topic)
				.forEach((record) -> last.merge(topic + ":" + record.partition(), record.offset(), Math::max));
		}
		return last;
	}

	/** Every key of a generation (less its prefix) with its whole content, by type. */
	private Map<String, Object> rawProjection(String generation) {
		String prefix = this.keys.generationBase() + generation + ":";
		Map<String, Object> projection = new TreeMap<>();
		for (String key : KeysUnder.find(this.redis, prefix)) {
			String name = key.substring(prefix.length());
			switch (this.redis.type(key)) {
				case "hash" -> projection.put(name, new TreeMap<>(this.redis.hgetAll(key)));
				case "set" -> projection.put(name, new TreeSet<>(this.redis.smembers(key)));
				case "zset" -> projection.put(name, this.redis.zrangeWithScores(key, 0, -1).toString());
				default -> projection.put(name, this.redis.get(key));
			}
		}
		return projection;
	}

	private static JsonNode withoutGeneration(JsonNode totals) {
		ObjectNode copy = (ObjectNode) totals.deepCopy();
		ObjectNode freshness = (ObjectNode) copy.path("freshness");
		freshness.remove("generation");
		freshness.remove("consumerLag");
		return copy;
	}

	private static List<EventEnvelope> everyFifth(List<EventEnvelope> events) {
		List<EventEnvelope> fifth = new ArrayList<>();
		for (int i = 0; i < events.size(); i += 5) {
			fifth.add(events.get(i));
		}
		return fifth;
	}

}
