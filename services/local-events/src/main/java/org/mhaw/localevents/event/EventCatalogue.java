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

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mhaw.events.EventCodec;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.localevent.LocalEventApproved;
import org.mhaw.events.localevent.LocalEventCancelled;
import org.mhaw.events.localevent.LocalEventRejected;
import org.mhaw.events.localevent.LocalEventSubmitted;
import org.mhaw.localevents.log.LogTail;
import org.mhaw.localevents.log.PrivateLog;
import org.mhaw.localevents.log.PrivateTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every local event, folded from the shared topic (submitted, approved, rejected,
 * cancelled) and the private details topic (what each revision says), rebuilt on every
 * start before the service is ready. Events this instance publishes are applied at once
 * and skipped by event id when the tail reads them again.
 */
@Component
public class EventCatalogue implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(EventCatalogue.class);

	private final PrivateLog log;

	private final LogTail detailsTail;

	private final LogTail eventsTail;

	private final Map<String, State> events = new HashMap<>();

	private final Map<String, EventDetails> details = new HashMap<>();

	private final Set<UUID> applied = new HashSet<>();

	private volatile boolean running;

	EventCatalogue(PrivateLog log, KafkaProperties kafka) {
		this.log = log;
		this.detailsTail = new LogTail(PrivateTopics.EVENT_DETAILS, kafka.buildConsumerProperties(),
				this::applyDetails);
		this.eventsTail = new LogTail(Topics.LOCAL_EVENTS, kafka.buildConsumerProperties(), this::applyEvents);
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

	private void applyEvents(List<ConsumerRecord<String, byte[]>> records) {
		List<EventEnvelope> envelopes = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				envelopes.add(EventCodec.decode(record.value()));
			}
			catch (RuntimeException ex) {
				logger.warn("Unreadable record at offset {} of {}-{}; skipped", record.offset(), record.topic(),
						record.partition(), ex);
			}
		}
		apply(envelopes);
	}

	private void applyDetails(List<ConsumerRecord<String, byte[]>> records) {
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				if (this.log.decode(record.value(),
						EventRecord.class) instanceof EventRecord.DetailsRecorded recorded) {
					recordDetails(recorded);
				}
			}
			catch (RuntimeException ex) {
				logger.error("Unreadable event details at offset {} of partition {}; skipped", record.offset(),
						record.partition(), ex);
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
	public void start() {
		this.detailsTail.catchUp();
		this.eventsTail.catchUp();
		this.detailsTail.follow();
		this.eventsTail.follow();
		this.running = true;
		logger.info("Local events rebuilt from the log: {} events", this.events.size());
	}

	@Override
	public void stop() {
		this.running = false;
		this.eventsTail.stop();
		this.detailsTail.stop();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return -200;
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
