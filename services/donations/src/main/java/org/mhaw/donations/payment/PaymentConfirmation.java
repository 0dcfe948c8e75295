package org.mhaw.donations.payment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.mhaw.donations.ledger.Donation;
import org.mhaw.donations.ledger.DonationLedger;
import org.mhaw.donations.ledger.DonationLocks;
import org.mhaw.donations.ledger.LedgerEntry;
import org.mhaw.donations.privacy.PersonalDataVault;
import org.mhaw.events.DomainEvent;
import org.mhaw.events.donation.DonationReceived;
import org.mhaw.events.donation.GiftAidDeclared;
import org.mhaw.events.moderation.ModerationKind;
import org.mhaw.events.moderation.ModerationRequested;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Applies a verified webhook to its donation, so that however many times and in whatever
 * order the provider delivers it, to however many instances, "donation received" is
 * published once:
 * <ol>
 * <li>the donation's lock ({@link DonationLocks}) lets one request at a time, on any
 * instance, decide about it;</li>
 * <li>holding it, this instance first reads everything already on the topics
 * ({@link DonationLedger#caughtUp}), so it sees a "donation received" that any instance
 * published before, including before a restart;</li>
 * <li>only a donation not yet received is published, and the event is applied to the
 * state before the lock is let go.</li>
 * </ol>
 * Confirming takes one round of broker acknowledgements, not one per record: every shared
 * event ("donation received" with its Gift Aid declaration and message for moderation)
 * and the provider's reference on the private topic are sent together and awaited
 * together. If the round fails part-way, or this instance dies during it, the webhook
 * answers 5xx (or nothing) and any part of it may be on the log; the provider's retry
 * finishes the work from whatever it finds:
 * <ul>
 * <li>not received (with or without the reference): everything is published again;
 * consumers key the declaration and the message by their ids, and a second reference for
 * the same payment changes nothing;</li>
 * <li>received without its reference: the shared events other than "received" again, then
 * the reference.</li>
 * </ul>
 * So money is never counted twice, and nothing published with it is lost.
 */
@Service
class PaymentConfirmation {

	private final DonationLedger ledger;

	private final DonationLocks locks;

	private final PersonalDataVault vault;

	private final PaymentMetrics metrics;

	private final Clock clock;

	PaymentConfirmation(DonationLedger ledger, DonationLocks locks, PersonalDataVault vault, PaymentMetrics metrics,
			Clock clock) {
		this.ledger = ledger;
		this.locks = locks;
		this.vault = vault;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Applies the webhook without holding up a thread while Redis or the broker answers:
	 * each step goes on from the thread that brought the answer it waited for.
	 * @param webhook the verified webhook
	 * @param inRequest runs those steps in the request's context
	 * ({@link org.mhaw.platform.concurrent.Futures#inThisContext()})
	 * @return what it did, once its writes are acknowledged and the lock let go; failed
	 * with an {@link ApiProblem} (or {@code EventNotPublishedException}) if it was
	 * refused
	 */
	CompletableFuture<Outcome> apply(PaymentWebhook webhook, Executor inRequest) {
		CompletableFuture<DonationLocks.Held> taken = this.locks.take(webhook.donationId());
		return taken.thenComposeAsync((held) -> decide(webhook, held, inRequest), inRequest)
			.whenComplete((outcome, failure) -> {
				// However the decision ended (even before it began), a lock taken is let
				// go of, once.
				if (!taken.isCompletedExceptionally()) {
					taken.join().close();
				}
			});
	}

	private CompletableFuture<Outcome> decide(PaymentWebhook webhook, DonationLocks.Held held, Executor inRequest) {
		Donation known = this.ledger.find(webhook.donationId()).orElse(null);
		CompletableFuture<Void> read = (known == null || !known.isReceived() || !known.paymentConfirmed())
				? this.ledger.caughtUp(held) : CompletableFuture.completedFuture(null);
		return read.thenComposeAsync((caughtUp) -> {
			Donation donation = this.ledger.find(webhook.donationId()).orElse(null);
			if (donation == null || donation.opened() == null) {
				this.metrics.rejected("unknown-donation");
				throw new ApiProblem(HttpStatus.CONFLICT, "unknown-donation", "No pending donation "
						+ webhook.donationId() + " is known yet; nothing was recorded. Retry later.", "donationId");
			}
			if (donation.isReceived()) {
				if (!webhook.succeeded()) {
					return CompletableFuture.completedFuture(Outcome.IGNORED);
				}
				if (donation.paymentConfirmed()) {
					return CompletableFuture.completedFuture(Outcome.DUPLICATE);
				}
				// An earlier delivery was cut off after "received": finish its work.
				return this.ledger.publishedAndRecorded(alongside(donation.opened()), payment(donation, webhook), held)
					.thenApply((finished) -> Outcome.DUPLICATE);
			}
			return webhook.succeeded() ? confirm(donation, webhook, held) : decline(donation, webhook, held);
		}, inRequest);
	}

	private CompletableFuture<Outcome> confirm(Donation donation, PaymentWebhook webhook, DonationLocks.Held held) {
		LedgerEntry.DonationOpened opened = donation.opened();
		if (webhook.amountPence() != opened.amountPence() || !"GBP".equals(webhook.currency())) {
			this.metrics.rejected("amount-mismatch");
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "payment-mismatch",
					"The payment is for " + webhook.amountPence() + " " + webhook.currency() + " but donation "
							+ donation.id() + " is for " + opened.amountPence() + " GBP; nothing was recorded.",
					"amountPence");
		}
		List<DomainEvent> events = alongside(opened);
		LedgerEntry.GiftAidDeclaration giftAid = opened.giftAid();
		events.add(new DonationReceived(donation.id(), opened.supporterId(), opened.amountPence(), giftAid != null,
				(giftAid != null) ? giftAid.declarationId() : null, opened.region()));
		return this.ledger.publishedAndRecorded(events, payment(donation, webhook), held).thenApply((published) -> {
			this.metrics.received(opened.amountPence());
			return Outcome.APPLIED;
		});
	}

	private LedgerEntry.PaymentConfirmed payment(Donation donation, PaymentWebhook webhook) {
		return new LedgerEntry.PaymentConfirmed(donation.id(), webhook.paymentId(), this.clock.instant());
	}

	/** What is published with "donation received", keyed by ids of their own. */
	private List<DomainEvent> alongside(LedgerEntry.DonationOpened opened) {
		List<DomainEvent> events = new ArrayList<>();
		if (opened.giftAid() != null) {
			events.add(new GiftAidDeclared(opened.giftAid().declarationId(), opened.supporterId(),
					opened.giftAid().wordingVersion()));
		}
		String message = this.vault.open(opened.supporterId(), opened.sealedMessage());
		if (message != null) {
			events.add(new ModerationRequested(opened.donationId(), ModerationKind.DONOR_MESSAGE, null, message,
					this.vault.open(opened.supporterId(), opened.sealedDisplayName()), opened.region()));
		}
		return events;
	}

	private CompletableFuture<Outcome> decline(Donation donation, PaymentWebhook webhook, DonationLocks.Held held) {
		if (donation.declined()) {
			return CompletableFuture.completedFuture(Outcome.DUPLICATE);
		}
		return this.ledger
			.recorded(new LedgerEntry.PaymentDeclined(donation.id(), webhook.paymentId(), webhook.reason(),
					this.clock.instant()), held)
			.thenApply((recorded) -> {
				this.metrics.declined();
				return Outcome.APPLIED;
			});
	}

	/** What a webhook did. */
	enum Outcome {

		/** It changed the donation. */
		APPLIED,
		/** The donation already had this outcome. */
		DUPLICATE,
		/** It came after the donation was settled the other way (a late failure). */
		IGNORED

	}

}
