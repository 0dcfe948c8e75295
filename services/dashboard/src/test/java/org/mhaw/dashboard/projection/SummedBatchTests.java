package org.mhaw.dashboard.projection;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a rebuild sums a batch: one increment per field, each set's new members, the
 * bookkeeping for every record.
 */
class SummedBatchTests {

	@Test
	void sumsIncrementsPerFieldAndAddsEachSetOnce() {
		SummedBatch batch = new SummedBatch();
		batch.add("p:0", 7, "a", "2027-05-13", 30, donation("a", 500));
		batch.add("p:1", 3, "b", "2027-05-14", 20, donation("b", 1000));
		batch.add("p:1", 4, "c", "2027-05-13", 10, donation("a", 250));

		assertThat(batch.seenIds()).isEqualTo(Map.of("2027-05-13", List.of("a", "c"), "2027-05-14", List.of("b")));
		assertThat(batch.newMembers()).isEqualTo(Map.of("supporters", Set.of("s-a", "s-b")));
		assertThat(String.join(" ", batch.args())).isEqualTo("I totals raisedPence 1750 O p:0 7 O p:1 4 A 3 30");
	}

	@Test
	void movesTheOffsetPastADuplicateWithoutApplyingIt() {
		SummedBatch batch = new SummedBatch();
		batch.add("p:0", 9, "a", "2027-05-13", 30, donation("a", 500));
		batch.pass("p:0", 10);

		assertThat(batch.seenIds()).isEqualTo(Map.of("2027-05-13", List.of("a")));
		assertThat(String.join(" ", batch.args())).isEqualTo("I totals raisedPence 500 O p:0 10 A 1 30");
	}

	@Test
	void keepsOrderSensitiveOpsInPollOrderAndCountsEventsThatChangeNothing() {
		SummedBatch batch = new SummedBatch();
		batch.add("m:0", 1, "x", "2027-05-13", 10, new Ops().put("moderation:pending", "item", "{}"));
		batch.add("d:0", 4, null, null, 40, new Ops());
		batch.add("m:0", 2, "y", "2027-05-13", 20,
				new Ops().moveToTicker("moderation:pending", "item", "ticker", 20, 12));

		assertThat(batch.seenIds()).isEqualTo(Map.of("2027-05-13", List.of("x", "y")));
		assertThat(String.join(" ", batch.args()))
			.isEqualTo("H moderation:pending item {} T moderation:pending item ticker 20 12 O m:0 2 O d:0 4 A 3 40");
	}

	private static Ops donation(String supporter, long pence) {
		return new Ops().increment("totals", "raisedPence", pence).addMember("supporters", "s-" + supporter);
	}

}
