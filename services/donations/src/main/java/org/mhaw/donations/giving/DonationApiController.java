package org.mhaw.donations.giving;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;
import org.mhaw.donations.ledger.Donation;
import org.mhaw.donations.ledger.DonationLedger;
import org.mhaw.donations.ledger.DonationStatus;
import org.mhaw.donations.payment.PaymentProvider;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supporters' donation API. {@code POST /api/donations} answers 202: the donation is
 * recorded as pending and the payment provider confirms it later by webhook. The
 * platform's idempotency filter has already checked the {@code Idempotency-Key} by the
 * time a request gets here.
 */
@RestController
class DonationApiController {

	private final DonationIntake intake;

	private final DonationLedger ledger;

	DonationApiController(DonationIntake intake, DonationLedger ledger) {
		this.intake = intake;
		this.ledger = ledger;
	}

	@PostMapping("/api/donations")
	ResponseEntity<DonationAnswer> donate(@Valid @RequestBody DonationRequest request,
			@RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey) {
		DonationIntake.OpenedDonation opened = this.intake.open(request, idempotencyKey);
		String id = opened.opened().donationId();
		Donation donation = this.ledger.find(id).orElseThrow();
		return ResponseEntity.accepted()
			.location(URI.create("/api/donations/" + id))
			.body(DonationAnswer.of(donation, opened.payment()));
	}

	@GetMapping("/api/donations/{donationId}")
	DonationAnswer donation(@PathVariable String donationId) {
		Donation donation = this.ledger.find(donationId)
			.filter((found) -> found.status() != DonationStatus.UNKNOWN)
			.orElseThrow(() -> ApiProblem.notFound("There is no donation " + donationId + "."));
		return DonationAnswer.of(donation, null);
	}

	/**
	 * What a supporter's app is told about a donation.
	 *
	 * @param donationId the reference to quote
	 * @param status pending, received, declined or refunded
	 * @param amountPence the amount in pence
	 * @param currency GBP
	 * @param refundedPence how much has been refunded
	 * @param giftAid whether Gift Aid was declared
	 * @param payment where to pay, while pending (absent otherwise)
	 * @param thankYouUrl the supporter's thank-you page
	 */
	record DonationAnswer(String donationId, String status, long amountPence, String currency, long refundedPence,
			boolean giftAid, Payment payment, String thankYouUrl) {

		static DonationAnswer of(Donation donation, PaymentProvider.PaymentStart start) {
			Payment payment = (start != null)
					? new Payment(start.provider(), start.paymentId(), start.payUrl(), start.payUrl() == null) : null;
			// A payment just started is pending, even if a quick provider has already
			// confirmed it: the same request always gets the same answer.
			DonationStatus status = (start != null) ? DonationStatus.PENDING : donation.status();
			return new DonationAnswer(donation.id(), status.name().toLowerCase(Locale.ROOT), donation.amountPence(),
					"GBP", donation.refundedPence(), donation.opened() != null && donation.opened().giftAid() != null,
					payment, "/donate/thank-you/" + donation.id());
		}

	}

	/**
	 * Where the supporter pays.
	 *
	 * @param provider the provider
	 * @param paymentId its reference
	 * @param payUrl the page to send the supporter to, or {@code null}
	 * @param confirmsBySelf {@code true} when the provider confirms without the supporter
	 * (the sandbox)
	 */
	record Payment(String provider, String paymentId, String payUrl, boolean confirmsBySelf) {

	}

}
