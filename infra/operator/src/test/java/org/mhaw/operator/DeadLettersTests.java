package org.mhaw.operator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mhaw.testsupport.RealInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mhaw.operator.DeadLetterFixture.DLT;
import static org.mhaw.operator.DeadLetterFixture.TOPIC;

@RealInfrastructure
class DeadLettersTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-05-14T19:30:00Z"), ZoneOffset.UTC);

	@BeforeAll
	static void topics() throws InterruptedException {
		DeadLetterFixture.createTopics();
	}

	@Test
	void listsEachDeadLetterWithWhereItCameFromAndWhyItFailed() throws Exception {
		ConsumerRecord<String, byte[]> original = DeadLetterFixture.deadLetter("tip-listed", "{\"slug\":\"listed\"}",
				"cannot count this read");

		DeadLetter listed = deadLetterKeyed("tip-listed");

		assertThat(listed.originalTopic()).isEqualTo(TOPIC);
		assertThat(listed.originalPartition()).isEqualTo(original.partition());
		assertThat(listed.originalOffset()).isEqualTo(original.offset());
		assertThat(listed.exceptionClass()).isEqualTo(IllegalStateException.class.getName());
		assertThat(listed.exceptionMessage()).contains("cannot count this read");
		assertThat(listed.record().partition()).isEqualTo(original.partition());
		assertThat(listed.ref()).isEqualTo(listed.record().partition() + ":" + listed.record().offset());
		assertThat(listed.deadLetteredAt()).isBeforeOrEqualTo(Instant.now());
	}

	@Test
	void replaysARecordToItsOriginalPartitionOnceAndRefusesTheSecondReplay() throws Exception {
		ConsumerRecord<String, byte[]> original = DeadLetterFixture.deadLetter("tip-replayed",
				"{\"slug\":\"replayed\"}", "redis was restarting");
		DeadLetter deadLetter = deadLetterKeyed("tip-replayed");
		RecordRef ref = RecordRef.parse(deadLetter.ref());

		List<DeadLetters.Replay> first;
		List<DeadLetters.Replay> second;
		try (DeadLetters deadLetters = new DeadLetters(DeadLetterFixture.bootstrapServers(), CLOCK)) {
			first = deadLetters.replay(DLT, List.of(ref));
			second = deadLetters.replay(DLT, List.of(ref));
		}

		assertThat(first).singleElement().satisfies((replay) -> assertThat(replay.replayed()).isTrue());
		assertThat(second).singleElement().satisfies((replay) -> {
			assertThat(replay.replayed()).isFalse();
			assertThat(replay.detail()).startsWith("already replayed: at 2027-05-14T19:30:00Z to " + TOPIC);
		});
		List<ConsumerRecord<String, byte[]>> onTopic = DeadLetterFixture.onTopic(TOPIC, "tip-replayed");
		assertThat(onTopic).hasSize(2);
		ConsumerRecord<String, byte[]> replayed = onTopic.get(1);
		assertThat(replayed.partition()).isEqualTo(original.partition());
		assertThat(replayed.value()).isEqualTo(original.value());
		assertThat(header(replayed, DeadLetters.REPLAYED_FROM_HEADER))
			.isEqualTo(DLT + "/" + deadLetter.record().partition() + "/" + deadLetter.record().offset());
		assertThat(header(replayed, "traceparent")).isEqualTo(header(original, "traceparent"));
		assertThat(replayed.headers().toArray()).noneMatch((header) -> header.key().startsWith("kafka_dlt-"));
	}

	@Test
	void refusesAnOffsetThatHoldsNoDeadLetter() {
		try (DeadLetters deadLetters = new DeadLetters(DeadLetterFixture.bootstrapServers(), CLOCK)) {
			List<DeadLetters.Replay> outcome = deadLetters.replay(DLT, List.of(new RecordRef(0, 999_999)));

			assertThat(outcome).singleElement().satisfies((replay) -> {
				assertThat(replay.replayed()).isFalse();
				assertThat(replay.detail()).isEqualTo("no record at 0:999999 on " + DLT);
			});
		}
	}

	@Test
	void listsNothingForADeadLetterTopicNotCreatedYet() {
		try (DeadLetters deadLetters = new DeadLetters(DeadLetterFixture.bootstrapServers(), CLOCK)) {
			assertThat(deadLetters.list("mhaw.not-there-dlt")).isEmpty();
		}
	}

	private static DeadLetter deadLetterKeyed(String key) {
		try (DeadLetters deadLetters = new DeadLetters(DeadLetterFixture.bootstrapServers(), CLOCK)) {
			return deadLetters.list(DLT)
				.stream()
				.filter((deadLetter) -> key.equals(deadLetter.record().key()))
				.findFirst()
				.orElseThrow();
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
