package org.mhaw.localevents.place;

import java.time.Clock;
import java.util.Optional;

import org.mhaw.localevents.LocalEventsSettings;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Signing up and cancelling, for the API and the pages alike: each request goes on the
 * places topic and waits for the ledger's decision.
 */
@Component
public class SignUps {

	private final PlacesLedger ledger;

	private final SupporterKeys keys;

	private final Clock clock;

	private final LocalEventsSettings settings;

	SignUps(PlacesLedger ledger, SupporterKeys keys, Clock clock, LocalEventsSettings settings) {
		this.ledger = ledger;
		this.keys = keys;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Asks for a place.
	 * @param localEventId the event
	 * @param idempotencyKey the request's key: a retry is the same request
	 * @param form the supporter's details
	 * @return the decision, or pending when it took longer than the wait
	 */
	public SignUpAnswer signUp(String localEventId, String idempotencyKey, SignUpForm form) {
		if (!this.ledger.summary(localEventId).open()) {
			throw ApiProblem.notFound("There is no event " + localEventId + " open for sign-ups.");
		}
		String requestId = IdempotencyKeys.derivedId("req", localEventId + ":" + idempotencyKey);
		Optional<SignUp> earlier = this.ledger.signUpOfRequest(localEventId, requestId);
		if (earlier.isPresent()) {
			return answer(earlier.get(), requestId);
		}
		String supporterId = this.keys.supporterId(form.email());
		String accessNeeds = (form.accessNeeds() == null || form.accessNeeds().isBlank()) ? null
				: form.accessNeeds().strip();
		boolean decided = this.ledger.submit(
				new PlacesRecord.SignUpRequested(localEventId, requestId, supporterId, form.name().strip(),
						form.email().strip(), accessNeeds, form.shareWithOrganiser(), this.clock.instant()),
				this.settings.signUpDecisionWait());
		if (!decided) {
			return SignUpAnswer.pending(localEventId);
		}
		return this.ledger.signUpOfRequest(localEventId, requestId)
			.map((signUp) -> answer(signUp, requestId))
			.orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "sign-ups-closed",
					"This event closed for sign-ups just now.", null));
	}

	public Optional<SignUpAnswer> find(String token) {
		return signUpOf(token).map(this::withLinks);
	}

	public SignUpAnswer cancel(String token) {
		SignUp signUp = signUpOf(token).orElseThrow(() -> ApiProblem.notFound("There is no such sign-up."));
		if (signUp.status() != SignUpStatus.CANCELLED) {
			this.ledger.submit(new PlacesRecord.CancellationRequested(signUp.localEventId(),
					"req-" + java.util.UUID.randomUUID(), signUp.signUpId()), this.settings.signUpDecisionWait());
		}
		return find(token).orElseThrow();
	}

	private Optional<SignUp> signUpOf(String token) {
		return this.keys.readSignUpToken(token)
			.flatMap((ref) -> this.ledger.signUp(ref.localEventId(), ref.signUpId()));
	}

	private SignUpAnswer answer(SignUp signUp, String requestId) {
		if (!signUp.requestId().equals(requestId)) {
			// Someone else may know this email address: say it is signed up, but the
			// private link goes only to whoever signed up.
			return new SignUpAnswer(signUp.signUpId(), signUp.localEventId(), signUp.status().name(), position(signUp),
					true, null, null);
		}
		return withLinks(signUp);
	}

	private SignUpAnswer withLinks(SignUp signUp) {
		return new SignUpAnswer(signUp.signUpId(), signUp.localEventId(), signUp.status().name(), position(signUp),
				false, "/events/sign-ups/" + this.keys.signUpToken(signUp.localEventId(), signUp.signUpId()),
				"/events/my/" + this.keys.calendarToken(signUp.supporterId()) + ".ics");
	}

	private static Integer position(SignUp signUp) {
		return (signUp.status() == SignUpStatus.WAITLISTED) ? signUp.waitlistPosition() : null;
	}

}
