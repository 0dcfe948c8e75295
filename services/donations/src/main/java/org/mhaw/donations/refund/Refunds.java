package org.mhaw.donations.refund;

import java.util.List;
import java.util.Locale;

import org.mhaw.donations.ledger.Donation;
import org.mhaw.donations.ledger.DonationLedger;
import org.mhaw.donations.ledger.DonationLocks;
import org.mhaw.donations.ledger.DonationStatus;
import org.mhaw.donations.payment.PaymentProvider;
import org.mhaw.events.donation.DonationRefunded;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Gives (part of) a received donation back and publishes "donation refunded" with what
 * the projections need to take it out of the same buckets: the original's Gift Aid flag,
 * region and time received. Under the donation's lock and after catching up with the log,
 * like a confirmation, so two refunds racing on two instances can never together give
 * back more than was given.
 */
@Service
class Refunds {

	private final DonationLedger ledger;

	private final DonationLocks locks;

	private final PaymentProvider provider;

	Refunds(DonationLedger ledger, DonationLocks locks, PaymentProvider provider) {
		this.ledger = ledger;
		this.locks = locks;
		this.provider = provider;
	}

	Refunded refund(String donationId, Long requestedPence, String refundId) {
		try (DonationLocks.Held held = this.locks.lock(donationId)) {
			this.ledger.awaitCaughtUp(held);
			Donation donation = this.ledger.find(donationId)
				.filter((found) -> found.status() != DonationStatus.UNKNOWN)
				.orElseThrow(() -> ApiProblem.notFound("There is no donation " + donationId + "."));
			if (donation.refunds().containsKey(refundId)) {
				// The same refund run again after a crash: it already happened.
				return Refunded.of(donation, refundId);
			}
			if (!donation.isReceived()) {
				throw ApiProblem.conflict("not-received",
						"Donation " + donationId + " is " + donation.status().name().toLowerCase(Locale.ROOT)
								+ ": only a received donation can be refunded.");
			}
			if (!donation.paymentConfirmed()) {
				// Its confirmation was cut off before the provider's reference was kept;
				// the provider's retry of the webhook completes it.
				throw ApiProblem.conflict("payment-reference-pending", "Donation " + donationId
						+ " is received but its payment reference is still being recorded; retry in a moment.");
			}
			long remaining = donation.remainingPence();
			if (remaining == 0) {
				throw ApiProblem.conflict("already-refunded",
						"Donation " + donationId + " is already refunded in full.");
			}
			long pence = (requestedPence != null) ? requestedPence : remaining;
			if (pence > remaining) {
				throw new ApiProblem(HttpStatus.CONFLICT, "refund-too-large", "Only " + remaining + " of "
						+ donation.amountPence() + " pence is left to refund on donation " + donationId + ".",
						"amountPence");
			}
			this.provider.refund(refundId, donationId, donation.paymentId(), pence);
			this.ledger.publish(List.of(new DonationRefunded(donationId, refundId, pence, donation.received().giftAid(),
					donation.region(), donation.receivedAt())), held);
			return Refunded.of(this.ledger.find(donationId).orElseThrow(), refundId);
		}
	}

	/**
	 * A refund made.
	 *
	 * @param donationId the donation
	 * @param refundId the refund
	 * @param amountPence what this refund gave back
	 * @param refundedPence what has been given back in all
	 * @param remainingPence what is left
	 */
	record Refunded(String donationId, String refundId, long amountPence, long refundedPence, long remainingPence) {

		static Refunded of(Donation donation, String refundId) {
			return new Refunded(donation.id(), refundId, donation.refunds().get(refundId), donation.refundedPence(),
					donation.remainingPence());
		}

	}

}
