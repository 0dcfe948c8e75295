package org.mhaw.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.mhaw.dashboard.projection.ProjectionWriter;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.kafka.EventEnvelopeDeserializer;
import org.mhaw.testsupport.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The totals equal an independent sum over the log, and stay equal however often the log
 * is delivered.
 */
@DashboardTest
class ProjectionExactnessTests {

	@Autowired
	private KafkaTemplate<String, EventEnvelope> kafka;

	@Autowired
	private ProjectionWriter writer;

	@LocalServerPort
	private int port;

	@Test
	void totalsEqualAnIndependentSumOverEveryTopic() {
		CampaignEvents campaign = new CampaignEvents(this.kafka, 1);

		campaign.send(campaign.mix(300));

		StaffClient staff = new StaffClient(this.port);
		LogFigures figures = LogFigures.awaitTotalsMatchTheLog(staff);
		assertThat(figures.donations()).isGreaterThanOrEqualTo(300);
		assertThat(figures.byDay()).containsKeys("before", "2027-05-12", "2027-05-18", "after");
		assertThat(figures.eventsApproved()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void countsAnEventWrittenTwiceAtANewOffsetOnce() {
		CampaignEvents campaign = new CampaignEvents(this.kafka, 2);
		StaffClient staff = new StaffClient(this.port);
		EventEnvelope donation = campaign.donation(12_345, Region.WALES, Instant.parse("2027-05-13T12:00:00Z"));
		long before = LogFigures.awaitTotalsMatchTheLog(staff).raisedPence();

		campaign.send(List.of(donation, donation));
		campaign.send(List.of(donation));

		LogFigures.awaitTotalsMatchTheLog(staff);
		assertThat(staff.totals().path("donations").path("raisedPence").asLong()).isEqualTo(before + 12_345);
	}

	@Test
	void totalsAreUnchangedWhenTheWholeLogIsDeliveredAgain() {
		CampaignEvents campaign = new CampaignEvents(this.kafka, 3);
		campaign.send(campaign.mix(100));
		StaffClient staff = new StaffClient(this.port);
		LogFigures before = LogFigures.awaitTotalsMatchTheLog(staff);

		List<ConsumerRecord<String, EventEnvelope>> everything = readEverythingFromTheStart();
		for (int from = 0; from < everything.size(); from += 500) {
			this.writer.applyLive(everything.subList(from, Math.min(everything.size(), from + 500)));
		}
		this.writer.applyLive(everything.subList(0, Math.min(everything.size(), 50)));

		assertThat(everything).hasSizeGreaterThan(500);
		assertThat(LogFigures.fromTotals(staff.totals())).isEqualTo(before);
	}

	/**
	 * A new consumer, in a group of its own, reading every shared topic from offset 0.
	 */
	private static List<ConsumerRecord<String, EventEnvelope>> readEverythingFromTheStart() {
		Map<String, Object> config = Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers(),
				"group.id", "redelivery-" + UUID.randomUUID(), "enable.auto.commit", false);
		List<ConsumerRecord<String, EventEnvelope>> records = new ArrayList<>();
		try (KafkaConsumer<String, EventEnvelope> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new EventEnvelopeDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			Topics.ALL.forEach((topic) -> consumer.partitionsFor(topic)
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition()))));
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < end.get(partition))) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

}
