package org.mhaw.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.EventType;
import org.mhaw.events.EventTypes;
import org.mhaw.events.Region;
import org.mhaw.events.calendar.CampaignCalendar;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.DonationRefunded;
import org.mhaw.events.donation.GiftAidDeclared;
import org.mhaw.events.localevent.EventCategory;
import org.mhaw.events.localevent.LocalEventApproved;
import org.mhaw.events.localevent.LocalEventCancelled;
import org.mhaw.events.localevent.LocalEventRejected;
import org.mhaw.events.localevent.LocalEventSubmitted;
import org.mhaw.events.localevent.SignUpCancelled;
import org.mhaw.events.localevent.SignUpConfirmed;
import org.mhaw.events.localevent.SignUpWaitlisted;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.events.pledge.PledgeWithdrawn;
import org.mhaw.events.tip.TipAudience;
import org.mhaw.events.tip.TipPublished;
import org.mhaw.events.tip.TipRead;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * A campaign's worth of events as the other services would publish them, with times
 * spread over the 2027 week (and either side of it), sent straight to the broker so a
 * test can choose when each happened and can write one event twice.
 */
final class CampaignEvents {

	private static final Region[] REGIONS = Region.values();

	private static final List<String> PLEDGES = List.of("check-in-on-a-neighbour", "join-a-local-group",
			"take-a-walk-in-nature", "phone-down-for-an-evening");

	private static final long[] PRESETS = { 500, 1000, 2000, 2500, 5000 };

	private final KafkaTemplate<String, EventEnvelope> template;

	private final Random random;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	CampaignEvents(KafkaTemplate<String, EventEnvelope> template, long seed) {
		this.template = template;
		this.random = new Random(seed);
	}

	/** A mix of every kind of event the dashboard counts, in a plausible order. */
	List<EventEnvelope> mix(int donations) {
		List<EventEnvelope> events = new ArrayList<>();
		List<DonationReceived> received = new ArrayList<>();
		List<Instant> receivedAt = new ArrayList<>();
		for (int i = 0; i < donations; i++) {
			String supporter = "sup-" + this.run + "-" + this.random.nextInt(Math.max(1, donations / 2));
			boolean giftAid = this.random.nextInt(10) < 4;
			long amount = (this.random.nextInt(4) > 0) ? PRESETS[this.random.nextInt(PRESETS.length)]
					: 100 + this.random.nextInt(99_901);
			Instant at = someTime();
			if (giftAid && i % 7 == 0) {
				events.add(envelope(new GiftAidDeclared("gad-" + this.run + "-" + i, supporter, "2025-01"), at));
			}
			DonationReceived donation = new DonationReceived("don-" + this.run + "-" + i, supporter, amount, giftAid,
					giftAid ? "gad-" + this.run : null, region());
			received.add(donation);
			receivedAt.add(at);
			events.add(envelope(donation, at));
		}
		for (int i = 0; i < received.size(); i += 17) {
			DonationReceived donation = received.get(i);
			long refunded = (i % 2 == 0) ? donation.amountPence() : donation.amountPence() / 2;
			events.add(envelope(
					new DonationRefunded(donation.donationId(), "ref-" + this.run + "-" + i, refunded,
							donation.giftAid(), donation.region(), receivedAt.get(i)),
					receivedAt.get(i).plusSeconds(3600)));
		}
		for (int i = 0; i < donations / 2; i++) {
			String pledge = "plg-" + this.run + "-" + i;
			String key = PLEDGES.get(this.random.nextInt(PLEDGES.size()));
			events.add(envelope(new PledgeMade(pledge, key, "sup-" + this.run + "-" + i, region()), someTime()));
			if (i % 9 == 0) {
				events
					.add(envelope(new PledgeWithdrawn(pledge, key, "sup-" + this.run + "-" + i, region()), someTime()));
			}
		}
		for (int t = 0; t < 3; t++) {
			String tip = "tip-" + this.run + "-" + t;
			events.add(envelope(new TipPublished(tip, "tip-" + t + "-" + this.run, "Belonging, tip " + t,
					List.of(TipAudience.ADULTS), List.of("belonging")), someTime()));
			for (int r = 0; r < donations / (t + 2); r++) {
				events.add(envelope(new TipRead(tip, "tip-" + t + "-" + this.run), someTime()));
			}
		}
		for (int e = 0; e < 6; e++) {
			String localEvent = "evt-" + this.run + "-" + e;
			EventCategory category = EventCategory.values()[e % EventCategory.values().length];
			Region region = region();
			Instant starts = new CampaignCalendar(2027).start().plus(Duration.ofHours(10 + 24L * e));
			events.add(envelope(new LocalEventSubmitted(localEvent, "ptn-1", 1, category, region, starts,
					starts.plusSeconds(7200), 30, true), someTime()));
			events.add(
					envelope(new LocalEventApproved(localEvent, "ptn-1", 1, category, region, starts, 30), someTime()));
			if (e == 1) {
				events.add(envelope(new LocalEventApproved(localEvent, "ptn-1", 2, category, region, starts, 40),
						someTime()));
			}
			if (e == 2) {
				events.add(envelope(new LocalEventCancelled(localEvent, "ptn-1", category, region, true), someTime()));
			}
			if (e == 3) {
				events
					.add(envelope(new LocalEventRejected(localEvent, "ptn-1", 2, "Please add the venue"), someTime()));
			}
			for (int s = 0; s < 5; s++) {
				String signUp = "sgn-" + this.run + "-" + e + "-" + s;
				events.add(envelope((s < 3) ? new SignUpConfirmed(signUp, localEvent, "sup-x" + s, false)
						: new SignUpWaitlisted(signUp, localEvent, "sup-x" + s, s - 2), someTime()));
				if (s == 0) {
					events.add(envelope(new SignUpCancelled(signUp, localEvent, "sup-x" + s, true), someTime()));
				}
			}
		}
		for (int m = 0; m < 4; m++) {
			String item = "msg-" + this.run + "-" + m;
			Instant requested = someTime();
			events.add(envelope(new ModerationRequested(item, ModerationKind.DONOR_MESSAGE, null,
					"Thinking of everyone this week " + m, (m % 2 == 0) ? "Sam" : null, region()), requested));
			if (m < 2) {
				events.add(envelope(
						new ModerationDecided(item, ModerationKind.DONOR_MESSAGE,
								(m == 0) ? ModerationDecision.APPROVED : ModerationDecision.REJECTED,
								(m == 0) ? null : "Names a third party", "staff", requested),
						requested.plusSeconds(60)));
			}
		}
		return events;
	}

	/** Sends every event and waits until the broker has them all. */
	List<EventEnvelope> send(List<EventEnvelope> events) {
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (EventEnvelope event : events) {
			sends.add(this.template.send(event.topic(), event.aggregateKey(), event));
		}
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("events not acknowledged", ex);
		}
		return events;
	}

	EventEnvelope donation(long pence, Region region, Instant at) {
		return envelope(new DonationReceived("don-" + this.run + "-" + UUID.randomUUID(), "sup-" + this.run, pence,
				false, null, region), at);
	}

	static EventEnvelope envelope(DomainEvent event, Instant at) {
		EventType type = EventTypes.of(event.getClass());
		return new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), at, "test", event.aggregateKey(),
				event);
	}

	/** From 10 to 20 May 2027 in London: mostly the week, some either side. */
	private Instant someTime() {
		LocalDateTime start = LocalDateTime.of(2027, 5, 10, 0, 0);
		return start.plusMinutes(this.random.nextInt(11 * 24 * 60)).atZone(CampaignCalendar.LONDON).toInstant();
	}

	private Region region() {
		return REGIONS[this.random.nextInt(REGIONS.length)];
	}

}
