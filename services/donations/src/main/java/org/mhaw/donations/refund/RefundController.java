package org.mhaw.donations.refund;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.mhaw.platform.idempotency.IdempotencyKeys;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/donations/{id}/refunds}, for campaign staff (a staff path, and an
 * idempotent one: a retried refund is not a second refund).
 */
@RestController
class RefundController {

	private final Refunds refunds;

	RefundController(Refunds refunds) {
		this.refunds = refunds;
	}

	@PostMapping("/api/donations/{donationId}/refunds")
	ResponseEntity<Refunds.Refunded> refund(@PathVariable String donationId,
			@Valid @RequestBody(required = false) RefundRequest request,
			@RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey) {
		Long amount = (request != null) ? request.amountPence() : null;
		Refunds.Refunded refunded = this.refunds.refund(donationId, amount,
				IdempotencyKeys.derivedId("ref", idempotencyKey));
		return ResponseEntity.created(URI.create("/api/donations/" + donationId + "/refunds/" + refunded.refundId()))
			.body(refunded);
	}

	/**
	 * A refund.
	 *
	 * @param amountPence pence to give back, or {@code null} for all that is left
	 */
	record RefundRequest(@Min(value = 1, message = "must be at least 1 penny") Long amountPence) {

	}

}
