package org.mhaw.dashboard.projection;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a rebuild folds a batch: what it sums, what it drops as a duplicate, and the
 * bookkeeping it keeps for every record.
 */
class SummedBatchTests {

	@Test
	void sumsIncrementsPerFieldAndCountsAnEventIdOnceInTheBatch() {
		SummedBatch batch = new SummedBatch();
		batch.add(donation("p:0", 7, "a", 500));
		batch.add(donation("p:0", 8, "a", 500));
		batch.add(donation("p:1", 3, "b", 1000));

		List<String> args = batch.args(Set.of());

		assertThat(String.join(" ", args)).isEqualTo(
				"U 2027-05-13 2 a b I totals raisedPence 1500 M supporters 2 s-a s-b" + " O p:0 8 O p:1 3 A 2 30");
	}

	@Test
	void leavesOutEventsAnEarlierBatchAppliedButStillMovesTheirOffsets() {
		SummedBatch batch = new SummedBatch();
		batch.add(donation("p:0", 9, "a", 500));
		batch.add(donation("p:0", 10, "c", 200));
		assertThat(batch.eventIdsByBucket()).isEqualTo(Map.of("2027-05-13", List.of("a", "c")));

		List<String> args = batch.args(Set.of(SummedBatch.seenKey("2027-05-13", "a")));

		assertThat(String.join(" ", args))
			.isEqualTo("U 2027-05-13 1 c I totals raisedPence 200 M supporters 1 s-c O p:0 10 A 1 30");
	}

	@Test
	void keepsOrderSensitiveOpsInPollOrderAndCountsEventsThatChangeNothing() {
		SummedBatch batch = new SummedBatch();
		batch.add(new ProjectedRecord("m:0", 1, "x", "2027-05-13", 10,
				new Ops().put("moderation:pending", "item", "{}")));
		batch.add(new ProjectedRecord("d:0", 4, "", "2027-05-13", 40, new Ops()));
		batch.add(new ProjectedRecord("m:0", 2, "y", "2027-05-13", 20,
				new Ops().moveToTicker("moderation:pending", "item", "ticker", 20, 12)));

		List<String> args = batch.args(Set.of());

		assertThat(String.join(" ", args)).isEqualTo("U 2027-05-13 2 x y H moderation:pending item {}"
				+ " T moderation:pending item ticker 20 12 O m:0 2 O d:0 4 A 3 40");
	}

	private static ProjectedRecord donation(String partition, long offset, String eventId, long pence) {
		Ops ops = new Ops().increment("totals", "raisedPence", pence).addMember("supporters", "s-" + eventId);
		return new ProjectedRecord(partition, offset, eventId, "2027-05-13", 30, ops);
	}

}
