package org.mhaw.dashboard.projection;

import java.time.Instant;

import org.mhaw.dashboard.DashboardSettings;
import org.mhaw.dashboard.moderation.ModerationItem;
import org.mhaw.events.DomainEvent;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Region;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.DonationRefunded;
import org.mhaw.events.localevent.LocalEventApproved;
import org.mhaw.events.localevent.LocalEventCancelled;
import org.mhaw.events.localevent.LocalEventRejected;
import org.mhaw.events.localevent.SignUpCancelled;
import org.mhaw.events.localevent.SignUpConfirmed;
import org.mhaw.events.localevent.SignUpWaitlisted;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.events.pledge.PledgeWithdrawn;
import org.mhaw.events.tip.TipPublished;
import org.mhaw.events.tip.TipRead;

import static org.mhaw.dashboard.projection.Projections.*;

/**
 * What each event does to the dashboard's projections. Events the dashboard does not show
 * (Gift Aid declarations, submissions, unpublished tips) do nothing but still move their
 * partition's offset.
 */
final class EventProjection {

	private final int tickerSize;

	private final EventTimes times = new EventTimes();

	EventProjection(DashboardSettings settings) {
		this.tickerSize = settings.tickerSize();
	}

	Ops opsFor(EventEnvelope envelope) {
		Ops ops = new Ops();
		project(envelope, ops);
		return ops;
	}

	/** The times' names this projection uses, kept per hour. */
	EventTimes times() {
		return this.times;
	}

	/**
	 * Adds what the event does to {@code ops}: a rebuild projects every event into one
	 * reused {@link Ops}.
	 */
	void project(EventEnvelope envelope, Ops ops) {
		DomainEvent event = envelope.payload();
		if (event instanceof DonationReceived received) {
			donation(ops, envelope.occurredAt(), received.amountPence(), received.giftAid(), received.region(), 1);
			ops.increment(TOTALS, DONATIONS, 1);
			ops.addMember(SUPPORTERS, received.supporterId());
		}
		else if (event instanceof DonationRefunded refunded) {
			// Out of the same buckets the donation went into, so every series stays
			// exact.
			donation(ops, refunded.donationReceivedAt(), -refunded.amountPence(), refunded.giftAid(), refunded.region(),
					0);
			ops.increment(TOTALS, REFUNDS, 1).increment(TOTALS, REFUNDED_PENCE, refunded.amountPence());
		}
		else if (event instanceof PledgeMade made) {
			ops.increment(TOTALS, PLEDGES_MADE, 1).increment(PLEDGES_BY_KEY, made.catalogueKey(), 1);
		}
		else if (event instanceof PledgeWithdrawn withdrawn) {
			ops.increment(TOTALS, PLEDGES_WITHDRAWN, 1).increment(PLEDGES_BY_KEY, withdrawn.catalogueKey(), -1);
		}
		else if (event instanceof TipPublished published) {
			ops.put(TIP_TITLES, published.tipId(), published.title() + "\n" + published.slug());
		}
		else if (event instanceof TipRead read) {
			ops.increment(TOTALS, TIP_READS, 1).incrementScore(TIP_READS_BY_TIP, read.tipId(), 1);
		}
		else if (event instanceof LocalEventApproved approved) {
			// Keyed by event id: approving a new revision replaces, never adds a second.
			ops.put(APPROVED_EVENTS, approved.localEventId(), approved.category() + "|" + region(approved.region()));
		}
		else if (event instanceof LocalEventCancelled cancelled) {
			ops.remove(APPROVED_EVENTS, cancelled.localEventId());
		}
		else if (event instanceof LocalEventRejected rejected) {
			// An edited event that staff then reject is no longer listed.
			ops.remove(APPROVED_EVENTS, rejected.localEventId());
		}
		else if (event instanceof SignUpConfirmed) {
			ops.increment(TOTALS, SIGN_UPS_CONFIRMED, 1);
		}
		else if (event instanceof SignUpWaitlisted) {
			ops.increment(TOTALS, SIGN_UPS_WAITLISTED, 1);
		}
		else if (event instanceof SignUpCancelled) {
			ops.increment(TOTALS, SIGN_UPS_CANCELLED, 1);
		}
		else if (event instanceof ModerationRequested requested) {
			ops.put(PENDING, requested.itemId(), ModerationItem.of(envelope, requested).toJson());
		}
		else if (event instanceof ModerationDecided decided) {
			decision(ops, envelope, decided);
		}
	}

	private void decision(Ops ops, EventEnvelope envelope, ModerationDecided decided) {
		if (decided.decision() == ModerationDecision.APPROVED && ModerationItem.isPublicMessage(decided.kind())) {
			ops.moveToTicker(PENDING, decided.itemId(), TICKER, envelope.occurredAt().toEpochMilli(), this.tickerSize);
		}
		else {
			ops.remove(PENDING, decided.itemId());
		}
	}

	private void donation(Ops ops, Instant at, long pence, boolean giftAid, Region region, int count) {
		EventTimes.Names names = this.times.of(at);
		String day = names.day();
		String hour = names.hour();
		String regionName = region(region);
		ops.increment(TOTALS, RAISED_PENCE, pence)
			.increment(DAY_PENCE, day, pence)
			.increment(HOUR_PENCE, hour, pence)
			.increment(REGION_PENCE, regionName, pence);
		if (giftAid) {
			ops.increment(TOTALS, GIFT_AIDED_PENCE, pence);
		}
		if (count != 0) {
			ops.increment(DAY_DONATIONS, day, count)
				.increment(HOUR_DONATIONS, hour, count)
				.increment(REGION_DONATIONS, regionName, count);
		}
	}

	private static String region(Region region) {
		return (region != null) ? region.name() : Region.UNKNOWN.name();
	}

}
