package org.mhaw.dashboard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.calendar.CampaignCalendar;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.DonationRefunded;
import org.mhaw.events.localevent.LocalEventApproved;
import org.mhaw.events.localevent.LocalEventCancelled;
import org.mhaw.events.localevent.LocalEventRejected;
import org.mhaw.events.localevent.SignUpCancelled;
import org.mhaw.events.localevent.SignUpConfirmed;
import org.mhaw.events.localevent.SignUpWaitlisted;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.events.pledge.PledgeWithdrawn;
import org.mhaw.events.tip.TipRead;
import org.mhaw.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The figures the dashboard must show, worked out two ways: independently from the log
 * (every topic read with {@link TopicReader}, each event counted once by its id), and
 * from the dashboard's totals JSON. A test compares the two.
 */
record LogFigures(long raisedPence, long giftAidUpliftPence, long donations, long supporters, long refunds,
		long refundedPence, Map<String, Long> byDay, Map<String, Long> byRegion, long pledgesHeld,
		Map<String, Long> pledgesByKey, long tipReads, long eventsApproved, Map<String, Long> eventsByCategory,
		long signUpsConfirmed, long signUpsWaitlisted, long signUpsCancelled, long moderationPending) {

	private static final CampaignCalendar WEEK = new CampaignCalendar(2027);

	static LogFigures fromLog() {
		Set<Object> seen = new HashSet<>();
		long raised = 0;
		long giftAided = 0;
		long donations = 0;
		long refunds = 0;
		long refunded = 0;
		long reads = 0;
		long confirmed = 0;
		long waitlisted = 0;
		long cancelled = 0;
		long held = 0;
		Set<String> supporters = new HashSet<>();
		Map<String, Long> byDay = new TreeMap<>();
		Map<String, Long> byRegion = new TreeMap<>();
		Map<String, Long> pledges = new TreeMap<>();
		Map<String, String> approved = new HashMap<>();
		Map<String, Boolean> pending = new HashMap<>();
		for (String topic : Topics.ALL) {
			for (EventEnvelope envelope : TopicReader.events(topic)) {
				if (!seen.add(envelope.eventId())) {
					continue;
				}
				Object event = envelope.payload();
				if (event instanceof DonationReceived received) {
					raised += received.amountPence();
					giftAided += received.giftAid() ? received.amountPence() : 0;
					donations++;
					supporters.add(received.supporterId());
					byDay.merge(WEEK.dayOf(envelope.occurredAt()).bucket(), received.amountPence(), Long::sum);
					byRegion.merge(received.region().name(), received.amountPence(), Long::sum);
				}
				else if (event instanceof DonationRefunded refund) {
					raised -= refund.amountPence();
					giftAided -= refund.giftAid() ? refund.amountPence() : 0;
					refunds++;
					refunded += refund.amountPence();
					byDay.merge(WEEK.dayOf(refund.donationReceivedAt()).bucket(), -refund.amountPence(), Long::sum);
					byRegion.merge(refund.region().name(), -refund.amountPence(), Long::sum);
				}
				else if (event instanceof PledgeMade made) {
					held++;
					pledges.merge(made.catalogueKey(), 1L, Long::sum);
				}
				else if (event instanceof PledgeWithdrawn withdrawn) {
					held--;
					pledges.merge(withdrawn.catalogueKey(), -1L, Long::sum);
				}
				else if (event instanceof TipRead) {
					reads++;
				}
				else if (event instanceof LocalEventApproved approval) {
					approved.put(approval.localEventId(), approval.category().name());
				}
				else if (event instanceof LocalEventCancelled cancellation) {
					approved.remove(cancellation.localEventId());
				}
				else if (event instanceof LocalEventRejected rejection) {
					approved.remove(rejection.localEventId());
				}
				else if (event instanceof SignUpConfirmed) {
					confirmed++;
				}
				else if (event instanceof SignUpWaitlisted) {
					waitlisted++;
				}
				else if (event instanceof SignUpCancelled) {
					cancelled++;
				}
				else if (event instanceof ModerationRequested requested) {
					pending.put(requested.itemId(), true);
				}
				else if (event instanceof ModerationDecided decided) {
					pending.remove(decided.itemId());
				}
			}
		}
		Map<String, Long> byCategory = new TreeMap<>();
		approved.values().forEach((category) -> byCategory.merge(category, 1L, Long::sum));
		return new LogFigures(raised, giftAided / 4, donations, supporters.size(), refunds, refunded,
				withoutZeros(byDay), withoutZeros(byRegion), held, withoutZeros(pledges), reads, approved.size(),
				byCategory, confirmed, waitlisted, cancelled, pending.size());
	}

	static LogFigures fromTotals(JsonNode totals) {
		JsonNode donations = totals.path("donations");
		return new LogFigures(donations.path("raisedPence").asLong(), donations.path("giftAidUpliftPence").asLong(),
				donations.path("count").asLong(), donations.path("supporters").asLong(),
				donations.path("refunds").asLong(), donations.path("refundedPence").asLong(),
				buckets(totals.path("byDay")), buckets(totals.path("byRegion")),
				totals.path("pledges").path("total").asLong(), counts(totals.path("pledges").path("byCatalogueKey")),
				totals.path("tips").path("reads").asLong(), totals.path("localEvents").path("approved").asLong(),
				counts(totals.path("localEvents").path("byCategory")),
				totals.path("signUps").path("confirmed").asLong(), totals.path("signUps").path("waitlisted").asLong(),
				totals.path("signUps").path("cancelled").asLong(), totals.path("moderationPending").asLong());
	}

	/**
	 * Waits until the dashboard's totals equal the independent sum over the log.
	 * @return those figures
	 */
	static LogFigures awaitTotalsMatchTheLog(StaffClient staff) {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(45))
			.untilAsserted(
					() -> org.assertj.core.api.Assertions.assertThat(fromTotals(staff.totals())).isEqualTo(fromLog()));
		return fromTotals(staff.totals());
	}

	private static Map<String, Long> buckets(JsonNode buckets) {
		Map<String, Long> sums = new TreeMap<>();
		buckets.forEach((bucket) -> sums.put(bucket.path("key").asString(), bucket.path("pence").asLong()));
		return withoutZeros(sums);
	}

	private static Map<String, Long> counts(JsonNode counts) {
		Map<String, Long> sums = new TreeMap<>();
		counts.properties().forEach((entry) -> sums.put(entry.getKey(), entry.getValue().asLong()));
		return withoutZeros(sums);
	}

	private static Map<String, Long> withoutZeros(Map<String, Long> sums) {
		Map<String, Long> kept = new TreeMap<>();
		sums.forEach((key, value) -> {
			if (value != 0) {
				kept.put(key, value);
			}
		});
		return kept;
	}

}
