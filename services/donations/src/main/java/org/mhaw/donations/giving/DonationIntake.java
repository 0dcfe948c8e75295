package org.mhaw.donations.giving;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.mhaw.donations.DonationsSettings;
import org.mhaw.donations.ledger.Donation;
import org.mhaw.donations.ledger.DonationLedger;
import org.mhaw.donations.ledger.DonationStatus;
import org.mhaw.donations.ledger.LedgerEntry;
import org.mhaw.donations.payment.PaymentProvider;
import org.mhaw.donations.privacy.PersonalDataVault;
import org.mhaw.platform.supporter.SupporterIds;
import org.mhaw.events.Region;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.stereotype.Service;

/**
 * Opens a donation: records the pending intent (with any Gift Aid declaration) on the
 * private topic, then hands it to the payment provider. The donation id comes from the
 * request's idempotency key, so a retry after a crash finds the same donation rather than
 * opening a second one. Used by both the API and the page.
 */
@Service
class DonationIntake {

	private final DonationLedger ledger;

	private final PaymentProvider provider;

	private final SupporterIds supporterIds;

	private final PersonalDataVault vault;

	private final DonationsSettings settings;

	private final Clock clock;

	DonationIntake(DonationLedger ledger, PaymentProvider provider, SupporterIds supporterIds, PersonalDataVault vault,
			DonationsSettings settings, Clock clock) {
		this.ledger = ledger;
		this.provider = provider;
		this.supporterIds = supporterIds;
		this.vault = vault;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens the donation for a request, or finds the one a previous run of the same
	 * request opened.
	 * @param request the validated request
	 * @param idempotencyKey the request's key
	 * @return the donation and where the supporter pays
	 */
	OpenedDonation open(DonationRequest request, String idempotencyKey) {
		if (request.amountPence() > this.settings.maxPence()) {
			throw ApiProblem.badField("amountPence", "must be at most " + this.settings.maxPence() + " (£"
					+ this.settings.maxPence() / 100 + "); for larger gifts please contact us");
		}
		String donationId = IdempotencyKeys.derivedId("don", idempotencyKey);
		Donation existing = this.ledger.find(donationId).filter((donation) -> donation.opened() != null).orElse(null);
		LedgerEntry.DonationOpened opened = (existing != null) ? existing.opened()
				: openNew(donationId, request, idempotencyKey);
		PaymentProvider.PaymentStart start = null;
		if (existing == null || existing.status() == DonationStatus.PENDING) {
			start = this.provider.start(new PaymentProvider.PaymentIntent(donationId, opened.amountPence(), "GBP",
					opened.sandboxDecline()));
		}
		return new OpenedDonation(opened, start);
	}

	private LedgerEntry.DonationOpened openNew(String donationId, DonationRequest request, String idempotencyKey) {
		String supporterId = this.supporterIds.of(request.email());
		Instant now = this.clock.instant();
		LedgerEntry.GiftAidDeclaration declaration = (request.giftAid() != null)
				? declaration(IdempotencyKeys.derivedId("gad", idempotencyKey), supporterId, request.giftAid(),
						donationId, now)
				: null;
		LedgerEntry.DonationOpened opened = new LedgerEntry.DonationOpened(donationId, supporterId,
				request.amountPence(), regionOf(request), now, this.vault.seal(supporterId, request.email().strip()),
				request.isAnonymous() ? null : this.vault.seal(supporterId, request.displayName().strip()),
				blankToNull(supporterId, request.message()), declaration,
				request.sandbox() != null && request.sandbox().decline());
		this.ledger.open(opened);
		return opened;
	}

	private String blankToNull(String supporterId, String text) {
		return (text == null || text.isBlank()) ? null : this.vault.seal(supporterId, text.strip());
	}

	private LedgerEntry.GiftAidDeclaration declaration(String declarationId, String supporterId,
			DonationRequest.GiftAid giftAid, String donationId, Instant now) {
		return new LedgerEntry.GiftAidDeclaration(declarationId, blankToNull(supporterId, giftAid.title()),
				this.vault.seal(supporterId, giftAid.firstName().strip()),
				this.vault.seal(supporterId, giftAid.surname().strip()),
				this.vault.seal(supporterId, giftAid.houseNameOrNumber().strip()),
				this.vault.seal(supporterId, giftAid.postcode().strip().toUpperCase(java.util.Locale.ROOT)), true,
				giftAid.wordingVersion(), now, List.of(donationId));
	}

	/** The chosen region, else the one of the postcode (or the Gift Aid postcode). */
	private static Region regionOf(DonationRequest request) {
		if (request.region() != null) {
			return request.region();
		}
		String postcode = (request.postcode() != null) ? request.postcode()
				: (request.giftAid() != null) ? request.giftAid().postcode() : null;
		return PostcodeRegions.regionOf(postcode);
	}

	/**
	 * A donation just opened (or found again).
	 *
	 * @param opened its intent
	 * @param payment where the supporter pays, or {@code null} when the payment is
	 * already settled
	 */
	record OpenedDonation(LedgerEntry.DonationOpened opened, PaymentProvider.PaymentStart payment) {

	}

}
