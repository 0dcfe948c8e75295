package org.mhaw.donations.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.EventEnvelope;
import org.mhaw.events.Topics;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.DonationRefunded;
import org.mhaw.events.moderation.ModerationDecided;
import org.mhaw.events.moderation.ModerationDecision;
import org.mhaw.events.moderation.ModerationKind;
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

	private final List<String> topicsKeyedByDonation;

	DonationLedger(PrivateTopic.Writer writer, EventPublisher publisher, LedgerFollower follower) {
		this.topicsKeyedByDonation = List.of(writer.topic(), Topics.DONATIONS);
		this.writer = writer;
		this.publisher = publisher;
		this.follower = follower;
		follower.feed(this);
	}

	public Optional<Donation> find(String donationId) {
		return Optional.ofNullable(this.donations.get(donationId));
	}

	/**
	 * Appends an entry to the private topic and, once the broker has it, applies it.
	 * @param entry the entry
	 */
	public void record(LedgerEntry entry) {
		this.writer.append(entry);
		apply(entry);
	}

	/**
	 * Publishes shared events together and, once the broker has them, applies them.
	 * @param events the events
	 * @return their envelopes
	 */
	public List<EventEnvelope> publish(List<? extends DomainEvent> events) {
		List<EventEnvelope> envelopes = this.publisher.publishAll(events);
		envelopes.forEach(this::apply);
		return envelopes;
	}

	/**
	 * Publishes shared events and appends an entry to the private topic in one round of
	 * acknowledgements and, once the broker has them all, applies them. If it fails, any
	 * part of it may be on the log: callers must be able to finish the work on a retry.
	 * @param events the events
	 * @param entry the entry
	 */
	public void publishAndRecord(List<? extends DomainEvent> events, LedgerEntry entry) {
		EventPublisher.Sending shared = this.publisher.send(events);
		CompletableFuture<?> own = this.writer.send(entry);
		List<EventEnvelope> envelopes = shared.await();
		this.writer.await(own, this.writer.topic());
		envelopes.forEach(this::apply);
		apply(entry);
	}

	/**
	 * Waits until this instance has read everything already on the topics about a
	 * donation, so a decision taken now sees what any instance wrote about it before.
	 * @param donationId the donation
	 */
	public void awaitCaughtUp(String donationId) {
		this.follower.awaitCaughtUp(donationId, this.topicsKeyedByDonation);
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
