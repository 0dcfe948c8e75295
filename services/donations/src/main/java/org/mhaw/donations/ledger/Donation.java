package org.mhaw.donations.ledger;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.mhaw.events.Region;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.moderation.ModerationDecision;

/**
 * What donations knows about one donation, folded from its entries on the private topic
 * and its events on the shared ones. Every {@code with…} merge is idempotent and
 * commutative, so the same state results whatever order the three topics are read in and
 * however often a record is seen again: the state an instance rebuilds on start-up equals
 * the one it had.
 *
 * @param id the donation id
 * @param opened the intent, or {@code null} if not seen (yet)
 * @param paymentId the provider's reference: the confirmed payment's, else a declined
 * one's
 * @param declined whether the provider declined a payment for it
 * @param paymentConfirmed whether the confirmed payment is on the private topic (it is
 * written after "donation received", see {@code PaymentConfirmation})
 * @param received the "donation received" event, or {@code null} until confirmed
 * @param receivedAt when it was received (the event's time)
 * @param refunds refunded pence by refund id
 * @param messageDecision staff's decision on its public message, or {@code null}
 * @param messageDecidedAt when staff decided
 */
public record Donation(String id, LedgerEntry.DonationOpened opened, String paymentId, boolean declined,
		boolean paymentConfirmed, DonationReceived received, Instant receivedAt, Map<String, Long> refunds,
		ModerationDecision messageDecision, Instant messageDecidedAt) {

	static Donation empty(String id) {
		return new Donation(id, null, null, false, false, null, null, Map.of(), null, null);
	}

	public DonationStatus status() {
		if (this.received != null) {
			return (remainingPence() == 0) ? DonationStatus.REFUNDED : DonationStatus.RECEIVED;
		}
		if (this.declined) {
			return DonationStatus.DECLINED;
		}
		return (this.opened != null) ? DonationStatus.PENDING : DonationStatus.UNKNOWN;
	}

	public boolean isReceived() {
		return this.received != null;
	}

	public long amountPence() {
		return (this.received != null) ? this.received.amountPence()
				: (this.opened != null) ? this.opened.amountPence() : 0;
	}

	public long refundedPence() {
		return this.refunds.values().stream().mapToLong(Long::longValue).sum();
	}

	public long remainingPence() {
		return amountPence() - refundedPence();
	}

	public Region region() {
		return (this.received != null) ? this.received.region()
				: (this.opened != null) ? this.opened.region() : Region.UNKNOWN;
	}

	Donation withOpened(LedgerEntry.DonationOpened entry) {
		return new Donation(this.id, entry, this.paymentId, this.declined, this.paymentConfirmed, this.received,
				this.receivedAt, this.refunds, this.messageDecision, this.messageDecidedAt);
	}

	/**
	 * A confirmation's reference wins over a decline's (a declined attempt, then a
	 * successful one), whatever order the entries are read in.
	 */
	Donation withPayment(String paymentId, boolean declined) {
		String reference = (this.paymentId == null || (!declined && !this.paymentConfirmed)) ? paymentId
				: this.paymentId;
		return new Donation(this.id, this.opened, reference, this.declined || declined,
				this.paymentConfirmed || !declined, this.received, this.receivedAt, this.refunds, this.messageDecision,
				this.messageDecidedAt);
	}

	Donation withReceived(DonationReceived event, Instant at) {
		if (this.received != null && !at.isBefore(this.receivedAt)) {
			return this;
		}
		return new Donation(this.id, this.opened, this.paymentId, this.declined, this.paymentConfirmed, event, at,
				this.refunds, this.messageDecision, this.messageDecidedAt);
	}

	Donation withRefund(String refundId, long pence) {
		Map<String, Long> refunds = new HashMap<>(this.refunds);
		refunds.put(refundId, pence);
		return new Donation(this.id, this.opened, this.paymentId, this.declined, this.paymentConfirmed, this.received,
				this.receivedAt, Map.copyOf(refunds), this.messageDecision, this.messageDecidedAt);
	}

	Donation withMessageDecision(ModerationDecision decision, Instant at) {
		if (this.messageDecidedAt != null && at.isBefore(this.messageDecidedAt)) {
			return this;
		}
		return new Donation(this.id, this.opened, this.paymentId, this.declined, this.paymentConfirmed, this.received,
				this.receivedAt, this.refunds, decision, at);
	}

}
