package org.mhaw.dashboard.projection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.events.DomainEvent;
import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.EventTypes;
import org.mhaw.events.Region;
import org.mhaw.events.Topics;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.GiftAidDeclared;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rebuild leaves out as it folds, batch after batch: events whose id it has
 * applied (in the same batch or an earlier one) and records the live consumer
 * dead-letters; and what it still counts.
 */
class RebuildFoldTests {

	private static final Instant AT = Instant.parse("2027-05-13T09:30:00Z");

	private final RebuildFold fold = new ProjectionWriter(null,
			new DashboardSettings(25_000_000, 12, 5, Duration.ofDays(60), Duration.ofMillis(50), "dashboard", 1, 5000),
			null)
		.rebuildFold();

	@Test
	void appliesAnEventIdOnceAcrossBatchesAndStillMovesTheOffsetsPastItsCopies() {
		EventEnvelope first = donation("sup-1", 500);
		EventEnvelope second = donation("sup-2", 1000);

		SummedBatch one = this.fold.fold(List.of(record(0, 7, first), record(0, 8, first), record(1, 3, second)));
		SummedBatch two = this.fold.fold(List.of(record(2, 4, first)));

		assertThat(one.seenIds())
			.isEqualTo(Map.of("2027-05-13", List.of(first.eventId().toString(), second.eventId().toString())));
		assertThat(one.args()).containsSequence("I", "totals", "raisedPence", "1500")
			.containsSequence("O", Topics.DONATIONS + ":0", "8", "O", Topics.DONATIONS + ":1", "3", "A", "2");
		assertThat(two.seenIds()).isEmpty();
		assertThat(two.newMembers()).isEmpty();
		assertThat(String.join(" ", two.args())).isEqualTo("O " + Topics.DONATIONS + ":2 4 A 0 0");
	}

	@Test
	void leavesOutWhatCannotBeReadAndCountsEventsThatChangeNothing() {
		EventEnvelope declared = envelope(new GiftAidDeclared("gad-1", "sup-1", "2025-01"));
		ConsumerRecord<Object, byte[]> unreadable = new ConsumerRecord<>(Topics.DONATIONS, 0, 9, null,
				"{\"not\":\"an event\"}".getBytes(StandardCharsets.UTF_8));

		SummedBatch batch = this.fold.fold(List.of(record(0, 8, declared), unreadable));

		assertThat(batch.seenIds()).isEmpty();
		assertThat(String.join(" ", batch.args())).isEqualTo("O " + Topics.DONATIONS + ":0 8 A 1 " + AT.toEpochMilli());
	}

	private static EventEnvelope donation(String supporter, long pence) {
		return envelope(new DonationReceived("don-" + UUID.randomUUID(), supporter, pence, false, null, Region.WALES));
	}

	private static EventEnvelope envelope(DomainEvent event) {
		return new EventEnvelope(UUID.randomUUID(), EventTypes.of(event.getClass()).name(), 1, AT, "donations",
				event.aggregateKey(), event);
	}

	private static ConsumerRecord<Object, byte[]> record(int partition, long offset, EventEnvelope envelope) {
		return new ConsumerRecord<>(Topics.DONATIONS, partition, offset, null, EventCodec.encode(envelope));
	}

}
