package org.mhaw.localevents.place;

import jakarta.validation.Valid;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supporters' sign-up API. Signing up needs an {@code Idempotency-Key} (enforced by the
 * platform's filter): a retry is answered with the first decision.
 */
@RestController
class SignUpApiController {

	private final SignUps signUps;

	private final PlacesLedger ledger;

	SignUpApiController(SignUps signUps, PlacesLedger ledger) {
		this.signUps = signUps;
		this.ledger = ledger;
	}

	/**
	 * @return 201 with a place or a waitlist position, 200 when this email had already
	 * signed up, 202 when the decision is still to come
	 */
	@PostMapping("/api/events/{localEventId}/sign-ups")
	ResponseEntity<SignUpAnswer> signUp(@PathVariable String localEventId,
			@RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @RequestBody SignUpForm form) {
		SignUpAnswer answer = this.signUps.signUp(localEventId, idempotencyKey, form);
		HttpStatus status = answer.alreadySignedUp() ? HttpStatus.OK
				: "PENDING".equals(answer.status()) ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
		return ResponseEntity.status(status).body(answer);
	}

	@GetMapping("/api/events/{localEventId}/places")
	PlacesSummary places(@PathVariable String localEventId) {
		return this.ledger.summary(localEventId);
	}

	@GetMapping("/api/events/sign-ups/{token}")
	SignUpAnswer signUpByToken(@PathVariable String token) {
		return this.signUps.find(token).orElseThrow(() -> ApiProblem.notFound("There is no such sign-up."));
	}

	@DeleteMapping("/api/events/sign-ups/{token}")
	SignUpAnswer cancel(@PathVariable String token) {
		return this.signUps.cancel(token);
	}

}
