package org.mhaw.launcher.demo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

/**
 * Compares the demo's tally with {@code GET /api/dashboard/totals}. The dashboard may
 * already hold earlier traffic, so the demo reads its figures first (once it has caught
 * up with the log) and expects those plus its own tally.
 */
final class DashboardCheck {

	/** The dashboard's figures the demo checks, by their path in the totals JSON. */
	static final List<String> FIGURES = List.of("donations.raisedPence", "donations.giftAidUpliftPence",
			"donations.giftAidedPence", "donations.count", "donations.supporters", "donations.refunds",
			"donations.refundedPence", "pledges.made", "pledges.withdrawn", "pledges.total", "localEvents.approved",
			"signUps.confirmed", "signUps.waitlisted", "signUps.cancelled", "tips.reads");

	private final DemoHttp http;

	private final URI totals;

	DashboardCheck(DemoHttp http, DemoTargets targets) {
		this.http = http;
		this.totals = targets.dashboard().resolve("/api/dashboard/totals");
	}

	/**
	 * The dashboard's figures once it has applied everything on the topics (its consumer
	 * lag is zero), or as they are after the timeout.
	 */
	Map<String, Long> settledFigures(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		JsonNode totals = read();
		while (totals.path("freshness").path("consumerLag").asLong(-1) != 0 && Instant.now().isBefore(deadline)) {
			TimeUnit.MILLISECONDS.sleep(500);
			totals = read();
		}
		return figures(totals);
	}

	static Map<String, Long> expected(Map<String, Long> before, DemoTally tally) {
		Map<String, Long> added = added(tally);
		Map<String, Long> expected = new LinkedHashMap<>();
		FIGURES.forEach((figure) -> expected.put(figure, before.get(figure) + added.get(figure)));
		// the uplift is rounded down on the whole gift-aided sum, not per demo
		expected.put("donations.giftAidUpliftPence", expected.get("donations.giftAidedPence") / 4);
		return expected;
	}

	/** What the demo adds to each figure (the uplift is worked out from the sum). */
	private static Map<String, Long> added(DemoTally tally) {
		return Map.ofEntries(Map.entry("donations.raisedPence", tally.raisedPence()),
				Map.entry("donations.giftAidUpliftPence", 0L),
				Map.entry("donations.giftAidedPence", tally.giftAidedPence()),
				Map.entry("donations.count", tally.donations()), Map.entry("donations.supporters", tally.supporters()),
				Map.entry("donations.refunds", tally.refunds()),
				Map.entry("donations.refundedPence", tally.refundedPence()),
				Map.entry("pledges.made", tally.pledgesMade()),
				Map.entry("pledges.withdrawn", tally.pledgesWithdrawn()),
				Map.entry("pledges.total", tally.pledgesHeld()),
				Map.entry("localEvents.approved", tally.eventsApproved()),
				Map.entry("signUps.confirmed", tally.signUpsConfirmed()),
				Map.entry("signUps.waitlisted", tally.signUpsWaitlisted()),
				Map.entry("signUps.cancelled", tally.signUpsCancelled()), Map.entry("tips.reads", tally.tipReads()));
	}

	/**
	 * Polls the dashboard until it shows exactly what is expected, or the timeout passes.
	 * @return the differences left ({@code figure: dashboard X, expected Y}); empty on a
	 * match
	 */
	List<String> awaitMatch(Map<String, Long> expected, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		List<String> differences = differences(expected, figures(read()));
		while (!differences.isEmpty() && Instant.now().isBefore(deadline)) {
			TimeUnit.MILLISECONDS.sleep(500);
			differences = differences(expected, figures(read()));
		}
		return differences;
	}

	static List<String> differences(Map<String, Long> expected, Map<String, Long> actual) {
		List<String> differences = new ArrayList<>();
		expected.forEach((figure, value) -> {
			if (!value.equals(actual.get(figure))) {
				differences.add(figure + ": dashboard " + actual.get(figure) + ", expected " + value);
			}
		});
		return differences;
	}

	/** The checked figures from a totals answer. */
	static Map<String, Long> figures(JsonNode totals) {
		Map<String, Long> figures = new LinkedHashMap<>();
		for (String figure : FIGURES) {
			String[] path = figure.split("\\.");
			figures.put(figure, totals.path(path[0]).path(path[1]).asLong(0));
		}
		return figures;
	}

	private JsonNode read() throws InterruptedException {
		DemoHttp.Answer answer = this.http.get(this.totals, DemoHttp.As.STAFF);
		if (answer.status() != 200) {
			throw new DemoException("GET /api/dashboard/totals answered " + answer.status()
					+ ((answer.status() == 401) ? ": is the staff password right?" : ""));
		}
		return answer.body();
	}

}
