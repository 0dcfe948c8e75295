package org.mhaw.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.DonationRefunded;
import org.mhaw.events.donation.GiftAidDeclared;
import org.mhaw.events.localevent.LocalEventApproved;
import org.mhaw.events.localevent.LocalEventCancelled;
import org.mhaw.events.localevent.LocalEventRejected;
import org.mhaw.events.localevent.LocalEventSubmitted;
import org.mhaw.events.localevent.SignUpCancelled;
import org.mhaw.events.localevent.SignUpConfirmed;
import org.mhaw.events.localevent.SignUpWaitlisted;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.events.pledge.PledgeMade;
import org.mhaw.events.pledge.PledgeWithdrawn;
import org.mhaw.events.tip.TipPublished;
import org.mhaw.events.tip.TipRead;
import org.mhaw.events.tip.TipUnpublished;

/**
 * The platform's whole vocabulary of events: each record's logical name, schema version
 * and topic. A new event, or a new version of one, is added here and nowhere else.
 */
public final class EventTypes {

	public static final List<EventType> ALL = List.of(
			new EventType("donation.received", 1, Topics.DONATIONS, DonationReceived.class),
			new EventType("donation.refunded", 1, Topics.DONATIONS, DonationRefunded.class),
			new EventType("gift-aid.declared", 1, Topics.DONATIONS, GiftAidDeclared.class),
			new EventType("pledge.made", 1, Topics.PLEDGES, PledgeMade.class),
			new EventType("pledge.withdrawn", 1, Topics.PLEDGES, PledgeWithdrawn.class),
			new EventType("local-event.submitted", 1, Topics.LOCAL_EVENTS, LocalEventSubmitted.class),
			new EventType("local-event.approved", 1, Topics.LOCAL_EVENTS, LocalEventApproved.class),
			new EventType("local-event.rejected", 1, Topics.LOCAL_EVENTS, LocalEventRejected.class),
			new EventType("local-event.cancelled", 1, Topics.LOCAL_EVENTS, LocalEventCancelled.class),
			new EventType("sign-up.confirmed", 1, Topics.LOCAL_EVENTS, SignUpConfirmed.class),
			new EventType("sign-up.waitlisted", 1, Topics.LOCAL_EVENTS, SignUpWaitlisted.class),
			new EventType("sign-up.cancelled", 1, Topics.LOCAL_EVENTS, SignUpCancelled.class),
			new EventType("tip.published", 1, Topics.TIPS, TipPublished.class),
			new EventType("tip.unpublished", 1, Topics.TIPS, TipUnpublished.class),
			new EventType("tip.read", 1, Topics.TIPS, TipRead.class),
			new EventType("moderation.requested", 1, Topics.MODERATION, ModerationRequested.class),
			new EventType("moderation.decided", 1, Topics.MODERATION, ModerationDecided.class));

	private static final Map<Class<? extends DomainEvent>, EventType> BY_JAVA_TYPE = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

	private static final Map<String, EventType> BY_NAME_AND_VERSION = ALL.stream()
		.collect(Collectors.toUnmodifiableMap((type) -> key(type.name(), type.version()), Function.identity()));

	private EventTypes() {
	}

	/**
	 * The type an event record travels as.
	 * @param javaType the record class
	 * @return its event type
	 * @throws IllegalArgumentException if the record is not registered here
	 */
	public static EventType of(Class<? extends DomainEvent> javaType) {
		EventType type = BY_JAVA_TYPE.get(javaType);
		if (type == null) {
			throw new IllegalArgumentException(javaType.getSimpleName() + " is not a registered event type");
		}
		return type;
	}

	/**
	 * The type a logical name and version read from the wire stand for.
	 * @param name logical name
	 * @param version schema version
	 * @return the event type, or empty when this build does not know it
	 */
	public static Optional<EventType> find(String name, int version) {
		return Optional.ofNullable(BY_NAME_AND_VERSION.get(key(name, version)));
	}

	private static String key(String name, int version) {
		return name + "/v" + version;
	}

}
