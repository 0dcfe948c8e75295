package org.mhaw.localevents.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.localevent.LocalEventApproved;
import org.mhaw.events.localevent.LocalEventCancelled;
import org.mhaw.events.localevent.LocalEventRejected;
import org.mhaw.events.localevent.LocalEventSubmitted;
import org.mhaw.localevents.log.PrivateLog;
import org.mhaw.localevents.log.PrivateTopics;
import org.mhaw.localevents.log.RebuiltFromLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Every local event, folded from the shared topic (submitted, approved, rejected,
 * cancelled) and the private details topic (what each revision says), rebuilt on every
 * start before the service is ready. Events this instance publishes are applied at once
 * and skipped by event id when the tail reads them again.
 */
@Component
public class EventCatalogue extends RebuiltFromLog {

	private static final Logger logger = LoggerFactory.getLogger(EventCatalogue.class);

	private final Map<String, State> events = new HashMap<>();

	private final Map<String, EventDetails> details = new HashMap<>();

	private final Set<UUID> applied = new HashSet<>();

	EventCatalogue(PrivateLog log, KafkaProperties kafka) {
		super(-200);
		follow(PrivateTopics.EVENT_DETAILS, kafka.buildConsumerProperties(),
				(records) -> log.decodeEach(records, EventRecord.class, (record) -> {
					if (record instanceof EventRecord.DetailsRecorded recorded) {
						recordDetails(recorded);
					}
				}));
		follow(Topics.LOCAL_EVENTS, kafka.buildConsumerProperties(),
				(records) -> eachEnvelope(records, this::applyOne));
	}

	public synchronized Optional<LocalEvent> find(String localEventId) {
		return Optional.ofNullable(this.events.get(localEventId)).map(this::view);
	}

	/** Events supporters can see, soonest first. */
	public synchronized List<LocalEvent> listed() {
		return this.events.values()
			.stream()
			.map(this::view)
			.filter(LocalEvent::isListed)
			.sorted(Comparator.comparing((LocalEvent event) -> event.publicDetails().startsAt()))
			.toList();
	}

	synchronized List<LocalEvent> ofPartner(String partnerId) {
		List<LocalEvent> own = new ArrayList<>();
		for (State state : this.events.values()) {
			if (state.partnerId.equals(partnerId)) {
				own.add(view(state));
			}
		}
		own.sort(Comparator.comparing(LocalEvent::submittedAt).reversed());
		return own;
	}

	synchronized void recordDetails(EventRecord.DetailsRecorded recorded) {
		this.details.put(detailsKey(recorded.localEventId(), recorded.revision()), recorded.details());
	}

	synchronized void apply(List<EventEnvelope> envelopes) {
		envelopes.forEach(this::apply);
	}

	private synchronized void applyOne(EventEnvelope envelope) {
		apply(envelope);
	}

	private void apply(EventEnvelope envelope) {
		if (!this.applied.add(envelope.eventId())) {
			return;
		}
		if (envelope.payload() instanceof LocalEventSubmitted submitted) {
			State state = this.events.computeIfAbsent(submitted.localEventId(),
					(id) -> new State(id, submitted.partnerId(), envelope.occurredAt()));
			if (submitted.revision() > state.latestRevision) {
				state.latestRevision = submitted.revision();
				state.status = EventStatus.PENDING;
				state.rejectionReason = null;
			}
		}
		else if (envelope.payload() instanceof LocalEventApproved approved) {
			State state = this.events.get(approved.localEventId());
			if (state != null && approved.revision() == state.latestRevision && state.status == EventStatus.PENDING) {
				state.status = EventStatus.APPROVED;
				state.approvedRevision = approved.revision();
			}
		}
		else if (envelope.payload() instanceof LocalEventRejected rejected) {
			State state = this.events.get(rejected.localEventId());
			if (state != null && rejected.revision() == state.latestRevision && state.status == EventStatus.PENDING) {
				state.status = EventStatus.REJECTED;
				state.rejectionReason = rejected.reason();
			}
		}
		else if (envelope.payload() instanceof LocalEventCancelled cancelled) {
			State state = this.events.get(cancelled.localEventId());
			if (state != null) {
				state.status = EventStatus.CANCELLED;
			}
		}
	}

	private LocalEvent view(State state) {
		String id = state.localEventId;
		EventDetails latest = this.details.get(detailsKey(id, state.latestRevision));
		EventDetails approved = (state.approvedRevision != null)
				? this.details.get(detailsKey(id, state.approvedRevision)) : null;
		return new LocalEvent(id, state.partnerId, state.latestRevision, state.status, state.rejectionReason,
				state.approvedRevision, latest, approved, state.submittedAt);
	}

	private static String detailsKey(String localEventId, int revision) {
		return localEventId + "#" + revision;
	}

	@Override
	protected void rebuilt() {
		logger.info("Local events rebuilt from the log: {} events", this.events.size());
	}

	private static final class State {

		private final String localEventId;

		private final String partnerId;

		private final java.time.Instant submittedAt;

		private int latestRevision;

		private EventStatus status = EventStatus.PENDING;

		private String rejectionReason;

		private Integer approvedRevision;

		State(String localEventId, String partnerId, java.time.Instant submittedAt) {
			this.localEventId = localEventId;
			this.partnerId = partnerId;
			this.submittedAt = submittedAt;
		}

	}

}
