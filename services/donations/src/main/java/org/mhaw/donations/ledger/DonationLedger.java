package org.mhaw.donations.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.mhaw.events.DomainEvent;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.DonationRefunded;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.platform.concurrent.Futures;
import org.mhaw.platform.kafka.EventNotPublishedException;
import org.mhaw.platform.kafka.EventPublisher;

import org.springframework.stereotype.Component;

/**
 * Every donation this service knows, in memory, as a projection of the log: entries on
 * the private topic, "received" and "refunded" on {@code mhaw.donations}, and staff's
 * decisions on donor messages from {@code mhaw.moderation}. Writes go to the log first
 * and are applied here only once the broker has acknowledged them; the
 * {@link LedgerFollower} applies everything (again, harmlessly) as it reads the topics,
 * which is also how other instances' writes arrive and how the state is rebuilt on
 * start-up.
 */
@Component
public class DonationLedger {

	private final Map<String, Donation> donations = new ConcurrentHashMap<>();

	private final PrivateTopic.Writer writer;

	private final EventPublisher publisher;

	private final LedgerFollower follower;

	private final DonationLocks locks;

	private final List<String> topicsKeyedByDonation;

	DonationLedger(PrivateTopic.Writer writer, EventPublisher publisher, LedgerFollower follower, DonationLocks locks) {
		this.topicsKeyedByDonation = List.of(writer.topic(), Topics.DONATIONS);
		this.writer = writer;
		this.publisher = publisher;
		this.follower = follower;
		this.locks = locks;
		follower.feed(this);
	}

	public Optional<Donation> find(String donationId) {
		return Optional.ofNullable(this.donations.get(donationId));
	}

	/**
	 * Records a donation just opened, and leaves its first mark for whichever instance
	 * gets its first webhook.
	 * @param opened the opening
	 */
	public void open(LedgerEntry.DonationOpened opened) {
		RecordMetadata written = this.writer.append(opened);
		applyWritten(opened, written);
		this.locks.markOpened(opened.donationId(), written.offset() + 1);
	}

	/**
	 * Appends an entry about the locked donation and, once the broker has it, applies it.
	 * @param entry the entry
	 * @param held the donation's lock
	 */
	public void record(LedgerEntry entry, DonationLocks.Held held) {
		Futures.join(recorded(entry, held));
	}

	/**
	 * Appends an entry about the locked donation and applies it once the broker has it,
	 * on the producer's network thread.
	 * @param entry the entry
	 * @param held the donation's lock
	 * @return done once applied; failed with {@link EventNotPublishedException} if the
	 * broker did not take it
	 */
	public CompletableFuture<Void> recorded(LedgerEntry entry, DonationLocks.Held held) {
		held.writing();
		return this.writer.acknowledged(this.writer.send(entry), this.writer.topic()).thenAccept((written) -> {
			applyWritten(entry, written);
			held.wrote(written.offset() + 1, 0);
		});
	}

	/**
	 * Publishes shared events about the locked donation together and, once the broker has
	 * them, applies them.
	 * @param events the events
	 * @param held the donation's lock
	 */
	public void publish(List<? extends DomainEvent> events, DonationLocks.Held held) {
		held.writing();
		EventPublisher.Sending sending = this.publisher.send(events);
		List<EventEnvelope> envelopes = sending.await();
		applyWritten(sending, envelopes);
		held.wrote(0, donationsEnd(sending, envelopes, held.donationId()));
	}

	/**
	 * Publishes shared events and appends an entry to the private topic, about the locked
	 * donation, in one round of acknowledgements and, once the broker has them all,
	 * applies them, on the producer's network thread. If it fails, any part of it may be
	 * on the log: callers must be able to finish the work on a retry.
	 * @param events the events
	 * @param entry the entry
	 * @param held the donation's lock
	 * @return done once applied; failed with {@link EventNotPublishedException} if the
	 * broker did not take them all
	 */
	public CompletableFuture<Void> publishedAndRecorded(List<? extends DomainEvent> events, LedgerEntry entry,
			DonationLocks.Held held) {
		held.writing();
		EventPublisher.Sending shared = this.publisher.send(events);
		CompletableFuture<RecordMetadata> own = this.writer.acknowledged(this.writer.send(entry), this.writer.topic());
		return shared.acknowledged().thenCombine(own, (envelopes, written) -> {
			applyWritten(shared, envelopes);
			applyWritten(entry, written);
			held.wrote(written.offset() + 1, donationsEnd(shared, envelopes, held.donationId()));
			return null;
		});
	}

	/**
	 * Applies an entry the broker has acknowledged, and tells the follower it need not
	 * decode it again.
	 */
	private void applyWritten(LedgerEntry entry, RecordMetadata written) {
		apply(entry);
		this.follower.appliedOnWrite(written);
	}

	/**
	 * Applies events the broker has acknowledged, and tells the follower it need not
	 * decode them again.
	 */
	private void applyWritten(EventPublisher.Sending sending, List<EventEnvelope> envelopes) {
		for (int i = 0; i < envelopes.size(); i++) {
			apply(envelopes.get(i));
			this.follower.appliedOnWrite(sending.written(i));
		}
	}

	/**
	 * Waits until this instance has read everything already on the topics about the
	 * locked donation ({@link #caughtUp}).
	 * @param held the donation's lock
	 */
	public void awaitCaughtUp(DonationLocks.Held held) {
		Futures.join(caughtUp(held));
	}

	/**
	 * Completes once this instance has read everything already on the topics about the
	 * locked donation, so a decision taken then sees what any instance wrote about it
	 * before: up to the mark its last holder left, which needs no wait at all when that
	 * holder was this instance, or else up to where the broker says its partitions end.
	 * @param held the donation's lock
	 * @return done; failed with an {@code ApiProblem} 503 if this instance lags too far
	 */
	public CompletableFuture<Void> caughtUp(DonationLocks.Held held) {
		LogMark found = held.found();
		if (found == null) {
			return this.follower.caughtUp(held.donationId(), this.topicsKeyedByDonation)
				.thenAccept((ends) -> held
					.caughtUpTo(new LogMark(this.locks.instance(), ends.get(privatePartition(held.donationId())),
							ends.get(donationsPartition(held.donationId())))));
		}
		if (found.instance().equals(this.locks.instance())) {
			held.caughtUpTo(found);
			return CompletableFuture.completedFuture(null);
		}
		return this.follower.read(Map.of(privatePartition(held.donationId()), found.privateEnd(),
				donationsPartition(held.donationId()), found.donationsEnd()))
			.thenAccept((read) -> held.caughtUpTo(found));
	}

	private TopicPartition privatePartition(String donationId) {
		return this.follower.partitionOf(donationId, this.writer.topic());
	}

	private TopicPartition donationsPartition(String donationId) {
		return this.follower.partitionOf(donationId, Topics.DONATIONS);
	}

	/** The offset after the last of the events keyed by the donation on its partition. */
	private static long donationsEnd(EventPublisher.Sending sending, List<EventEnvelope> envelopes, String donationId) {
		long end = 0;
		for (int i = 0; i < envelopes.size(); i++) {
			EventEnvelope envelope = envelopes.get(i);
			if (Topics.DONATIONS.equals(envelope.topic()) && donationId.equals(envelope.aggregateKey())) {
				end = Math.max(end, sending.written(i).offset() + 1);
			}
		}
		return end;
	}

	/**
	 * Received donations whose message staff approved, newest decision first.
	 * @param limit how many
	 * @return the donations
	 */
	public List<Donation> withApprovedMessages(int limit) {
		return this.donations.values()
			.stream()
			.filter((donation) -> donation.status() == DonationStatus.RECEIVED
					&& donation.messageDecision() == ModerationDecision.APPROVED && donation.opened() != null
					&& donation.opened().sealedMessage() != null)
			.sorted(Comparator.comparing(Donation::messageDecidedAt).reversed())
			.limit(limit)
			.toList();
	}

	void apply(LedgerEntry entry) {
		update(entry.donationId(), (donation) -> {
			if (entry instanceof LedgerEntry.DonationOpened opened) {
				return donation.withOpened(opened);
			}
			if (entry instanceof LedgerEntry.PaymentConfirmed confirmed) {
				return donation.withPayment(confirmed.paymentId(), false);
			}
			LedgerEntry.PaymentDeclined declined = (LedgerEntry.PaymentDeclined) entry;
			return donation.withPayment(declined.paymentId(), true);
		});
	}

	void apply(EventEnvelope envelope) {
		if (envelope.payload() instanceof DonationReceived received) {
			update(received.donationId(), (donation) -> donation.withReceived(received, envelope.occurredAt()));
		}
		else if (envelope.payload() instanceof DonationRefunded refunded) {
			update(refunded.donationId(),
					(donation) -> donation.withRefund(refunded.refundId(), refunded.amountPence()));
		}
		else if (envelope.payload() instanceof ModerationDecided decided
				&& decided.kind() == ModerationKind.DONOR_MESSAGE) {
			update(decided.itemId(),
					(donation) -> donation.withMessageDecision(decided.decision(), envelope.occurredAt()));
		}
	}

	private void update(String donationId, UnaryOperator<Donation> change) {
		this.donations.compute(donationId,
				(id, current) -> change.apply((current != null) ? current : Donation.empty(id)));
	}

}
