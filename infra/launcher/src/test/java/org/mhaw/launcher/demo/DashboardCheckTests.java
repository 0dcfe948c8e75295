package org.mhaw.launcher.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardCheckTests {

	private static final DemoTally TALLY = new DemoTally(10_000, 2_002, 5, 4, 1, 1, 500, 7, 1, 2, 1, 6, 1, 2, 1, 0, 12,
			0, Map.of());

	@Test
	void expectsWhatTheDashboardHeldBeforePlusTheTally() {
		Map<String, Long> before = zeros();
		before.put("donations.raisedPence", 1_000L);
		before.put("donations.giftAidedPence", 1L);
		before.put("donations.supporters", 3L);

		Map<String, Long> expected = DashboardCheck.expected(before, TALLY);

		assertThat(expected).containsEntry("donations.raisedPence", 11_000L)
			.containsEntry("donations.supporters", 7L)
			.containsEntry("pledges.total", 6L)
			.containsEntry("signUps.confirmed", 6L)
			.containsEntry("tips.reads", 12L);
		// the uplift is rounded down once, on the whole gift-aided sum (2,003p → 500p),
		// not as 0p before plus 500p from the demo
		assertThat(expected).containsEntry("donations.giftAidedPence", 2_003L)
			.containsEntry("donations.giftAidUpliftPence", 500L);
	}

	@Test
	void namesEachFigureThatDiffers() {
		Map<String, Long> expected = DashboardCheck.expected(zeros(), TALLY);
		Map<String, Long> actual = new LinkedHashMap<>(expected);
		actual.put("donations.raisedPence", 9_999L);

		assertThat(DashboardCheck.differences(expected, actual))
			.containsExactly("donations.raisedPence: dashboard 9999, expected 10000");
		assertThat(DashboardCheck.differences(expected, expected)).isEmpty();
	}

	@Test
	void readsTheFiguresFromTheTotalsJson() {
		String json = """
				{"donations":{"raisedPence":2500,"giftAidUpliftPence":125,"giftAidedPence":500,"count":2,"supporters":2,
				"refunds":0,"refundedPence":0},"pledges":{"total":3,"made":3,"withdrawn":0},
				"localEvents":{"approved":1},"signUps":{"confirmed":4,"waitlisted":1,"cancelled":0},"tips":{"reads":9}}
				""";

		Map<String, Long> figures = DashboardCheck.figures(JsonMapper.builder().build().readTree(json));

		assertThat(figures).containsEntry("donations.raisedPence", 2_500L)
			.containsEntry("donations.giftAidUpliftPence", 125L)
			.containsEntry("pledges.total", 3L)
			.containsEntry("signUps.waitlisted", 1L)
			.containsEntry("tips.reads", 9L)
			.hasSize(DashboardCheck.FIGURES.size());
	}

	private static Map<String, Long> zeros() {
		Map<String, Long> zeros = new LinkedHashMap<>();
		DashboardCheck.FIGURES.forEach((figure) -> zeros.put(figure, 0L));
		return zeros;
	}

}
