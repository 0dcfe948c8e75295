package org.mhaw.localevents.place;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mhaw.events.DomainEvent;
import org.mhaw.events.Topics;
import org.mhaw.events.localevent.SignUpCancelled;
import org.mhaw.events.localevent.SignUpConfirmed;
import org.mhaw.events.localevent.SignUpWaitlisted;
import org.mhaw.localevents.log.LogTail;
import org.mhaw.localevents.log.PrivateLog;
import org.mhaw.localevents.log.PrivateTopics;
import org.mhaw.localevents.log.RebuiltFromLog;
import org.mhaw.platform.kafka.EventNotPublishedException;
import org.mhaw.platform.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Decides places: the one writer of sign-up decisions. Every request goes on the private
 * places topic first; this ledger folds that topic in log order ({@link EventPlaces}),
 * announces each decision on the shared topic, and only then answers the request that
 * waited for it. On start it reads which decisions were already announced, folds the
 * whole places topic again, and announces any decision a crash left unannounced, so the
 * state after a restart (or without Redis, which it never uses) is the state before it.
 * See the README for why this never overbooks.
 */
@Component
public class PlacesLedger extends RebuiltFromLog {

	private static final Logger logger = LoggerFactory.getLogger(PlacesLedger.class);

	private static final Duration PUBLISH_RETRY = Duration.ofMillis(500);

	private final PrivateLog log;

	private final EventPublisher publisher;

	private final MeterRegistry meters;

	private final KafkaProperties kafka;

	private final Map<String, EventPlaces> events = new HashMap<>();

	private final Set<String> announced = new HashSet<>();

	private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

	PlacesLedger(PrivateLog log, EventPublisher publisher, MeterRegistry meters, KafkaProperties kafka) {
		super(-100);
		this.log = log;
		this.publisher = publisher;
		this.meters = meters;
		this.kafka = kafka;
		follow(PrivateTopics.PLACES, kafka.buildConsumerProperties(), this::decide);
	}

	/** Opens sign-ups with a capacity; returns once the ledger has applied it. */
	public void open(String localEventId, Integer capacity) {
		submit(new PlacesRecord.Opened(localEventId, newRequestId(), capacity), Duration.ofSeconds(10));
	}

	/**
	 * Closes sign-ups (the event was cancelled); returns once the ledger has applied it.
	 */
	public void close(String localEventId) {
		submit(new PlacesRecord.Closed(localEventId, newRequestId()), Duration.ofSeconds(10));
	}

	/**
	 * Appends a request to the places topic and waits until it is decided and announced.
	 * @return whether it was decided within the wait (it will be, later, if not)
	 */
	boolean submit(PlacesRecord record, Duration wait) {
		CompletableFuture<Void> decided = new CompletableFuture<>();
		this.waiting.put(record.requestId(), decided);
		try {
			this.log.append(PrivateTopics.PLACES, record);
			decided.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.waiting.remove(record.requestId());
		}
	}

	public synchronized PlacesSummary summary(String localEventId) {
		EventPlaces places = this.events.get(localEventId);
		return (places != null) ? places.summary() : PlacesSummary.CLOSED;
	}

	public synchronized List<SignUp> signUps(String localEventId) {
		EventPlaces places = this.events.get(localEventId);
		return (places != null) ? places.signUps() : List.of();
	}

	public synchronized Optional<SignUp> signUp(String localEventId, String signUpId) {
		EventPlaces places = this.events.get(localEventId);
		return Optional.ofNullable((places != null) ? places.signUp(signUpId) : null);
	}

	synchronized Optional<SignUp> signUpOfRequest(String localEventId, String requestId) {
		EventPlaces places = this.events.get(localEventId);
		String signUpId = (places != null) ? places.signUpOfRequest(requestId) : null;
		return Optional.ofNullable((signUpId != null) ? places.signUp(signUpId) : null);
	}

	/**
	 * A supporter's sign-ups that still hold a place or a waitlist spot, soonest asked
	 * first.
	 */
	public synchronized List<SignUp> activeSignUpsOf(String supporterId) {
		List<SignUp> theirs = new ArrayList<>();
		for (EventPlaces places : this.events.values()) {
			places.signUps()
				.stream()
				.filter((signUp) -> signUp.supporterId().equals(supporterId)
						&& signUp.status() != SignUpStatus.CANCELLED)
				.forEach(theirs::add);
		}
		theirs.sort(Comparator.comparing(SignUp::requestedAt));
		return theirs;
	}

	/** Folds one polled batch, announces its decisions, then releases who waited. */
	private void decide(List<ConsumerRecord<String, byte[]>> records) {
		List<DomainEvent> toAnnounce = new ArrayList<>();
		List<String> requestIds = new ArrayList<>();
		synchronized (this) {
			this.log.decodeEach(records, PlacesRecord.class, (request) -> {
				requestIds.add(request.requestId());
				List<DomainEvent> decisions;
				try {
					decisions = this.events.computeIfAbsent(request.localEventId(), EventPlaces::new).apply(request);
				}
				catch (RuntimeException ex) {
					// A record the fold cannot apply fails the same way on every replay,
					// so
					// skipping it keeps the decisions a function of the log.
					logger.error("Places record {} for {} not applied; skipped", request.requestId(),
							request.localEventId(), ex);
					return;
				}
				for (DomainEvent decision : decisions) {
					// Decided before a crash and announced already: the fold made the
					// same
					// decision again, and it is not announced twice.
					if (!this.announced.contains(announcementKey(decision))) {
						toAnnounce.add(decision);
					}
				}
			});
		}
		announce(toAnnounce);
		requestIds.forEach((requestId) -> {
			CompletableFuture<Void> waiter = this.waiting.get(requestId);
			if (waiter != null) {
				waiter.complete(null);
			}
		});
	}

	private void announce(List<DomainEvent> decisions) {
		if (decisions.isEmpty()) {
			return;
		}
		while (true) {
			try {
				this.publisher.publishAll(decisions);
				break;
			}
			catch (EventNotPublishedException ex) {
				if (!isRunning()) {
					throw ex;
				}
				// Nothing is answered until the decisions are on the shared topic; a
				// restart in the meantime announces them from the fold.
				logger.warn("Could not announce {} sign-up decisions; retrying", decisions.size(), ex);
				LockSupport.parkNanos(PUBLISH_RETRY.toNanos());
			}
		}
		synchronized (this) {
			decisions.forEach((decision) -> this.announced.add(announcementKey(decision)));
		}
		decisions.forEach(this::count);
	}

	private void count(DomainEvent decision) {
		String outcome;
		if (decision instanceof SignUpConfirmed confirmed) {
			outcome = confirmed.fromWaitlist() ? "promoted" : "confirmed";
		}
		else if (decision instanceof SignUpWaitlisted) {
			outcome = "waitlisted";
		}
		else {
			outcome = "cancelled";
		}
		this.meters.counter("mhaw.local-events.sign-ups", "outcome", outcome).increment();
	}

	private static String announcementKey(DomainEvent decision) {
		if (decision instanceof SignUpConfirmed confirmed) {
			return "confirmed:" + confirmed.signUpId();
		}
		if (decision instanceof SignUpWaitlisted waitlisted) {
			return "waitlisted:" + waitlisted.signUpId();
		}
		if (decision instanceof SignUpCancelled cancelled) {
			return "cancelled:" + cancelled.signUpId();
		}
		return decision.getClass().getSimpleName() + ":" + decision.aggregateKey();
	}

	/**
	 * Reads which decisions the shared topic already holds, before the places are folded.
	 */
	@Override
	protected void beforeRebuild() {
		LogTail shared = new LogTail(Topics.LOCAL_EVENTS, this.kafka.buildConsumerProperties(),
				(records) -> eachEnvelope(records, (envelope) -> {
					if (envelope.payload() instanceof SignUpConfirmed || envelope.payload() instanceof SignUpWaitlisted
							|| envelope.payload() instanceof SignUpCancelled) {
						this.announced.add(announcementKey(envelope.payload()));
					}
				}));
		try {
			shared.catchUp();
		}
		finally {
			shared.stop();
		}
	}

	private static String newRequestId() {
		return "req-" + java.util.UUID.randomUUID();
	}

	@Override
	protected void rebuilt() {
		logger.info("Places rebuilt from the log: {} events, {} decisions announced", this.events.size(),
				this.announced.size());
	}

}
