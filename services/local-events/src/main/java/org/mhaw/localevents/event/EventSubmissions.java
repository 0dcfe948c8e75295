package org.mhaw.localevents.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.localevent.LocalEventApproved;
import org.mhaw.events.localevent.LocalEventCancelled;
import org.mhaw.events.localevent.LocalEventRejected;
import org.mhaw.events.localevent.LocalEventSubmitted;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.localevents.log.PrivateLog;
import org.mhaw.localevents.log.PrivateTopics;
import org.mhaw.localevents.partner.AuthenticatedPartner;
import org.mhaw.localevents.place.PlacesLedger;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.kafka.EventPublisher;
import org.mhaw.platform.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An event's life: a partner submits it, edits it (a new revision, back to review) or
 * cancels it; staff's moderation decision approves or rejects the revision under review.
 * Each change writes the private details first and the shared events last, so a change
 * retried after a crash finds what it already wrote and completes it. Changes to one
 * event are made one at a time.
 */
@Component
class EventSubmissions {

	private static final Logger logger = LoggerFactory.getLogger(EventSubmissions.class);

	private final EventCatalogue catalogue;

	private final SubmissionRules rules;

	private final PrivateLog log;

	private final EventPublisher publisher;

	private final PlacesLedger places;

	private final MeterRegistry meters;

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	EventSubmissions(EventCatalogue catalogue, SubmissionRules rules, PrivateLog log, EventPublisher publisher,
			PlacesLedger places, MeterRegistry meters) {
		this.catalogue = catalogue;
		this.rules = rules;
		this.log = log;
		this.publisher = publisher;
		this.places = places;
		this.meters = meters;
	}

	/**
	 * Submits a new event. Its id is derived from the idempotency key, so a retry after a
	 * crash completes the same event instead of creating a second.
	 */
	LocalEvent submit(AuthenticatedPartner partner, String idempotencyKey, EventSubmission submission) {
		EventDetails details = this.rules.check(submission, partner);
		String localEventId = IdempotencyKeys.derivedId("lev", partner.partnerId() + ":" + idempotencyKey);
		return locked(localEventId, () -> {
			LocalEvent existing = this.catalogue.find(localEventId).orElse(null);
			if (existing != null) {
				return existing;
			}
			publishRevision(partner, localEventId, 1, details);
			this.meters.counter("mhaw.local-events.submissions", "kind", "new").increment();
			return this.catalogue.find(localEventId).orElseThrow();
		});
	}

	/** A new revision of the partner's event; it goes back to staff for review. */
	LocalEvent edit(AuthenticatedPartner partner, String localEventId, EventSubmission submission) {
		own(partner, localEventId);
		EventDetails details = this.rules.check(submission, partner);
		return locked(localEventId, () -> {
			LocalEvent event = own(partner, localEventId);
			if (event.status() == EventStatus.CANCELLED) {
				throw new ApiProblem(HttpStatus.CONFLICT, "event-cancelled", "A cancelled event cannot be edited.",
						null);
			}
			if (details.equals(event.details())) {
				// The same edit again (a retried PUT): nothing new to review.
				return event;
			}
			publishRevision(partner, localEventId, event.latestRevision() + 1, details);
			this.meters.counter("mhaw.local-events.submissions", "kind", "edit").increment();
			return this.catalogue.find(localEventId).orElseThrow();
		});
	}

	LocalEvent cancel(AuthenticatedPartner partner, String localEventId) {
		return locked(localEventId, () -> {
			LocalEvent event = own(partner, localEventId);
			if (event.status() == EventStatus.CANCELLED) {
				return event;
			}
			this.places.close(localEventId);
			EventDetails details = event.details();
			apply(this.publisher.publishAll(List.of(new LocalEventCancelled(localEventId, partner.partnerId(),
					details.category(), details.region(), event.approvedRevision() != null))));
			return this.catalogue.find(localEventId).orElseThrow();
		});
	}

	/** The partner's own event; anyone else's is as if it did not exist. */
	LocalEvent own(AuthenticatedPartner partner, String localEventId) {
		return this.catalogue.find(localEventId)
			.filter((event) -> event.partnerId().equals(partner.partnerId()))
			.orElseThrow(() -> ApiProblem.notFound("You have no event " + localEventId + "."));
	}

	/**
	 * Applies staff's decision to the revision under review. A decision for a revision
	 * already decided (a redelivery) or for a cancelled event changes nothing.
	 */
	void decide(ModerationDecided decided) {
		if (decided.kind() != ModerationKind.LOCAL_EVENT) {
			return;
		}
		locked(decided.itemId(), () -> {
			LocalEvent event = this.catalogue.find(decided.itemId()).orElse(null);
			if (event == null || event.status() != EventStatus.PENDING || event.details() == null) {
				logger.info("Moderation decision for {} not applied: nothing pending", decided.itemId());
				return null;
			}
			EventDetails details = event.details();
			if (decided.decision() == ModerationDecision.APPROVED) {
				// Places open before the approval is announced, so no one sees an
				// approved
				// event they cannot sign up for.
				this.places.open(event.localEventId(), details.capacity());
				apply(this.publisher.publishAll(
						List.of(new LocalEventApproved(event.localEventId(), event.partnerId(), event.latestRevision(),
								details.category(), details.region(), details.startsAt(), details.capacity()))));
			}
			else {
				String reason = (decided.reason() != null && !decided.reason().isBlank()) ? decided.reason()
						: "Not approved by the campaign team.";
				apply(this.publisher.publishAll(List.of(new LocalEventRejected(event.localEventId(), event.partnerId(),
						event.latestRevision(), reason))));
			}
			this.meters.counter("mhaw.local-events.moderation.applied", "decision", decided.decision().name())
				.increment();
			return null;
		});
	}

	private void publishRevision(AuthenticatedPartner partner, String localEventId, int revision,
			EventDetails details) {
		EventRecord.DetailsRecorded recorded = new EventRecord.DetailsRecorded(localEventId, partner.partnerId(),
				revision, details);
		this.log.append(PrivateTopics.EVENT_DETAILS, recorded);
		this.catalogue.recordDetails(recorded);
		apply(this.publisher.publishAll(List.of(
				new LocalEventSubmitted(localEventId, partner.partnerId(), revision, details.category(),
						details.region(), details.startsAt(), details.endsAt(), details.capacity(), details.free()),
				new ModerationRequested(localEventId, ModerationKind.LOCAL_EVENT, details.title(),
						details.description(), partner.name(), details.region()))));
	}

	private void apply(List<EventEnvelope> published) {
		this.catalogue.apply(published);
	}

	private <T> T locked(String localEventId, Supplier<T> change) {
		synchronized (this.locks.computeIfAbsent(localEventId, (id) -> new Object())) {
			return change.get();
		}
	}

}
