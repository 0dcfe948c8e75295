package org.mhaw.dashboard.totals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.dashboard.moderation.ModerationItem;
import org.mhaw.dashboard.projection.ProjectionStore;
import org.mhaw.dashboard.projection.ReadRequest;
import org.mhaw.dashboard.projection.Snapshot;
import org.mhaw.dashboard.totals.Totals.Bucket;
import org.mhaw.events.calendar.CampaignCalendar;

import org.springframework.stereotype.Component;

import static org.mhaw.dashboard.projection.Projections.*;

/**
 * Reads everything the dashboard shows from the live generation in one atomic script
 * call, and shapes it: the week's days with before and after, regions largest first, the
 * ticker newest first.
 */
@Component
public class TotalsReader {

	private final ProjectionStore store;

	private final TargetStore target;

	private final ConsumerLag lag;

	private final CampaignCalendar calendar;

	private final DashboardSettings settings;

	TotalsReader(ProjectionStore store, TargetStore target, ConsumerLag lag, CampaignCalendar calendar,
			DashboardSettings settings) {
		this.store = store;
		this.target = target;
		this.lag = lag;
		this.calendar = calendar;
		this.settings = settings;
	}

	public Totals read() {
		Snapshot s = this.store.read(new ReadRequest().hash(TOTALS) // 0
			.setSize(SUPPORTERS) // 1
			.hash(DAY_PENCE) // 2
			.hash(DAY_DONATIONS) // 3
			.hash(REGION_PENCE) // 4
			.hash(REGION_DONATIONS) // 5
			.hash(HOUR_PENCE) // 6
			.hash(HOUR_DONATIONS) // 7
			.hash(PLEDGES_BY_KEY) // 8
			.top(TIP_READS_BY_TIP, this.settings.topTips()) // 9
			.hash(TIP_TITLES) // 10
			.hash(APPROVED_EVENTS) // 11
			.top(TICKER, this.settings.tickerSize()) // 12
			.hashSize(PENDING) // 13
			.hash(OFFSETS) // 14
			.hash(META)); // 15
		Map<String, String> totals = s.hash(0);
		long raised = number(totals, RAISED_PENCE);
		long giftAided = number(totals, GIFT_AIDED_PENCE);
		long targetPence = this.target.targetPence();
		Totals.Donations donations = new Totals.Donations(raised, giftAided / 4, giftAided, number(totals, DONATIONS),
				s.number(1), number(totals, REFUNDS), number(totals, REFUNDED_PENCE));
		Totals.Progress progress = new Totals.Progress(targetPence,
				(targetPence > 0) ? Math.max(0, raised) * 100 / targetPence : 0);
		long made = number(totals, PLEDGES_MADE);
		long withdrawn = number(totals, PLEDGES_WITHDRAWN);
		Map<String, String> meta = s.hash(15);
		String lastEventAt = meta.get("lastEventAt");
		Totals.Freshness freshness = new Totals.Freshness(
				(lastEventAt != null) ? Instant.ofEpochMilli(Long.parseLong(lastEventAt)) : null,
				this.lag.lag(longs(s.hash(14))), number(meta, "events"), s.generation());
		return new Totals(donations, progress, days(s.hash(2), s.hash(3)), regions(s.hash(4), s.hash(5)),
				hours(s.hash(6), s.hash(7)), messages(s.scored(12)),
				new Totals.Pledges(made - withdrawn, made, withdrawn, mostFirst(longs(s.hash(8)))),
				new Totals.Tips(number(totals, TIP_READS), topTips(s.scored(9), s.hash(10))), localEvents(s.hash(11)),
				new Totals.SignUps(number(totals, SIGN_UPS_CONFIRMED), number(totals, SIGN_UPS_WAITLISTED),
						number(totals, SIGN_UPS_CANCELLED)),
				s.number(13), freshness);
	}

	/** Before the week, each of its seven days, after it. */
	private List<Bucket> days(Map<String, String> pence, Map<String, String> donations) {
		Map<String, long[]> byBucket = new LinkedHashMap<>();
		byBucket.put("before", new long[2]);
		for (LocalDate day = this.calendar.firstDay(); !day.isAfter(this.calendar.lastDay()); day = day.plusDays(1)) {
			byBucket.put(day.toString(), new long[2]);
		}
		byBucket.put("after", new long[2]);
		pence.forEach((date, value) -> byBucket.get(dayBucket(date))[0] += Long.parseLong(value));
		donations.forEach((date, value) -> byBucket.get(dayBucket(date))[1] += Long.parseLong(value));
		List<Bucket> days = new ArrayList<>();
		byBucket.forEach((key, sums) -> days.add(new Bucket(key, sums[0], sums[1])));
		return days;
	}

	private String dayBucket(String isoDate) {
		LocalDate date = LocalDate.parse(isoDate);
		if (date.isBefore(this.calendar.firstDay())) {
			return "before";
		}
		return date.isAfter(this.calendar.lastDay()) ? "after" : isoDate;
	}

	private static List<Bucket> regions(Map<String, String> pence, Map<String, String> donations) {
		List<Bucket> regions = new ArrayList<>(buckets(pence, donations).values());
		regions.sort(Comparator.comparingLong(Bucket::pence).reversed().thenComparing(Bucket::key));
		return regions;
	}

	private static List<Bucket> hours(Map<String, String> pence, Map<String, String> donations) {
		return new ArrayList<>(buckets(pence, donations).values());
	}

	private static Map<String, Bucket> buckets(Map<String, String> pence, Map<String, String> donations) {
		Map<String, Bucket> buckets = new TreeMap<>();
		pence.forEach((key, value) -> buckets.put(key, new Bucket(key, Long.parseLong(value), number(donations, key))));
		return buckets;
	}

	private static List<Totals.Message> messages(Map<String, Double> ticker) {
		List<Totals.Message> messages = new ArrayList<>();
		ticker.forEach((json, approvedAt) -> messages
			.add(Totals.Message.of(ModerationItem.fromJson(json), Instant.ofEpochMilli(approvedAt.longValue()))));
		return messages;
	}

	private static List<Totals.TopTip> topTips(Map<String, Double> reads, Map<String, String> titles) {
		List<Totals.TopTip> top = new ArrayList<>();
		reads.forEach((tipId, count) -> {
			String[] titleAndSlug = titles.getOrDefault(tipId, tipId + "\n").split("\n", 2);
			top.add(new Totals.TopTip(tipId, titleAndSlug[0], titleAndSlug[1].isEmpty() ? null : titleAndSlug[1],
					count.longValue()));
		});
		return top;
	}

	private static Totals.LocalEvents localEvents(Map<String, String> approved) {
		Map<String, Long> byCategory = new TreeMap<>();
		Map<String, Long> byRegion = new TreeMap<>();
		approved.values().forEach((categoryAndRegion) -> {
			String[] parts = categoryAndRegion.split("\\|", 2);
			byCategory.merge(parts[0], 1L, Long::sum);
			byRegion.merge(parts[1], 1L, Long::sum);
		});
		return new Totals.LocalEvents(approved.size(), mostFirst(byCategory), mostFirst(byRegion));
	}

	private static Map<String, Long> mostFirst(Map<String, Long> counts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	private static Map<String, Long> longs(Map<String, String> values) {
		Map<String, Long> longs = new TreeMap<>();
		values.forEach((key, value) -> longs.put(key, Long.parseLong(value)));
		return longs;
	}

	private static long number(Map<String, String> hash, String field) {
		String value = hash.get(field);
		return (value != null) ? Long.parseLong(value) : 0;
	}

}
