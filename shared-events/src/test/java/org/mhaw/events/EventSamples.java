package org.mhaw.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
import org.mhaw.events.tip.TipUnpublished;

/**
 * One fixed, realistic instance of every event, matching the golden files under
 * {@code golden/}.
 */
final class EventSamples {

	static final Instant AT = Instant.parse("2027-05-12T18:30:00Z");

	static final List<DomainEvent> ALL = List.of(
			new DonationReceived("don-7f3a", "sup-9c1e", 2500, true, "gad-41b2", Region.NORTH_WEST),
			new DonationRefunded("don-7f3a", "ref-0c77", 1000, true, Region.NORTH_WEST,
					Instant.parse("2027-05-12T18:29:58Z")),
			new GiftAidDeclared("gad-41b2", "sup-9c1e", "gift-aid-2025-01"),
			new PledgeMade("plg-33d0", "check-in-on-a-neighbour", "sup-9c1e", Region.WALES),
			new PledgeWithdrawn("plg-33d0", "check-in-on-a-neighbour", "sup-9c1e", Region.WALES),
			new LocalEventSubmitted("lev-5a10", "ptn-parkrun-bristol", 1, EventCategory.MOVEMENT, Region.SOUTH_WEST,
					Instant.parse("2027-05-15T08:00:00Z"), Instant.parse("2027-05-15T10:00:00Z"), 40, true),
			new LocalEventApproved("lev-5a10", "ptn-parkrun-bristol", 1, EventCategory.MOVEMENT, Region.SOUTH_WEST,
					Instant.parse("2027-05-15T08:00:00Z"), 40),
			new LocalEventRejected("lev-5a11", "ptn-heritage-york", 1, "Please add the venue's postcode."),
			new LocalEventCancelled("lev-5a10", "ptn-parkrun-bristol", EventCategory.MOVEMENT, Region.SOUTH_WEST, true),
			new SignUpConfirmed("sgn-0001", "lev-5a10", "sup-9c1e", false),
			new SignUpWaitlisted("sgn-0041", "lev-5a10", "sup-2b7d", 1),
			new SignUpCancelled("sgn-0001", "lev-5a10", "sup-9c1e", true),
			new TipPublished("tip-0005", "make-group-chats-kind", "Make group chats kind",
					List.of(TipAudience.YOUNG_PEOPLE, TipAudience.PARENTS), List.of("online-spaces", "belonging")),
			new TipUnpublished("tip-0005", "make-group-chats-kind"), new TipRead("tip-0005", "make-group-chats-kind"),
			new ModerationRequested("don-7f3a", ModerationKind.DONOR_MESSAGE, null,
					"For everyone at the Tuesday walking group. You kept me going.", "Sam", Region.NORTH_WEST),
			new ModerationDecided("don-7f3a", ModerationKind.DONOR_MESSAGE, ModerationDecision.APPROVED, null,
					"staff-ops-1", Instant.parse("2027-05-12T18:30:01Z")));

	private EventSamples() {
	}

	/**
	 * The sample wrapped as the golden files hold it: a fixed id derived from its type,
	 * fixed time.
	 */
	static EventEnvelope envelopeOf(DomainEvent event) {
		EventType type = EventTypes.of(event.getClass());
		return new EventEnvelope(UUID.nameUUIDFromBytes(type.name().getBytes()), type.name(), type.version(), AT,
				"sample-producer", event.aggregateKey(), event);
	}

}
