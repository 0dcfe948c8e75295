package org.mhaw.localevents.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.mhaw.events.DomainEvent;
import org.mhaw.events.localevent.SignUpCancelled;
import org.mhaw.events.localevent.SignUpConfirmed;
import org.mhaw.events.localevent.SignUpWaitlisted;
import org.mhaw.platform.idempotency.IdempotencyKeys;

/**
 * One event's places, folded from its records on the places topic in log order. Nothing
 * here reads a clock, a random number or anything outside the records, so folding the
 * same log always gives the same confirmations, waitlist and promotions: that is what
 * lets a restart rebuild the decisions instead of making them again.
 */
final class EventPlaces {

	private final String localEventId;

	private Integer capacity;

	private boolean open;

	private final Map<String, SignUp> signUps = new LinkedHashMap<>();

	private final LinkedHashSet<String> confirmed = new LinkedHashSet<>();

	/** First come, first served: insertion order is log order. */
	private final LinkedHashSet<String> waitlist = new LinkedHashSet<>();

	private final Map<String, String> activeBySupporter = new HashMap<>();

	private final Map<String, Integer> attemptsBySupporter = new HashMap<>();

	private final Map<String, String> signUpByRequest = new HashMap<>();

	EventPlaces(String localEventId) {
		this.localEventId = localEventId;
	}

	/**
	 * Applies one record.
	 * @param record the record
	 * @return the shared events its decisions announce, in order
	 */
	List<DomainEvent> apply(PlacesRecord record) {
		List<DomainEvent> decided = new ArrayList<>();
		if (record instanceof PlacesRecord.Opened opened) {
			this.open = true;
			this.capacity = opened.capacity();
			promote(decided);
		}
		else if (record instanceof PlacesRecord.Closed) {
			this.open = false;
		}
		else if (record instanceof PlacesRecord.SignUpRequested requested) {
			request(requested, decided);
		}
		else if (record instanceof PlacesRecord.CancellationRequested cancellation) {
			cancel(cancellation.signUpId(), decided);
		}
		return decided;
	}

	private void request(PlacesRecord.SignUpRequested requested, List<DomainEvent> decided) {
		if (this.signUpByRequest.containsKey(requested.requestId()) || !this.open) {
			// A request seen before (a retry) changes nothing; a closed event takes none.
			return;
		}
		String active = this.activeBySupporter.get(requested.supporterId());
		if (active != null) {
			// One sign-up per supporter per event: the second answer is the first.
			this.signUpByRequest.put(requested.requestId(), active);
			return;
		}
		int attempt = this.attemptsBySupporter.merge(requested.supporterId(), 1, Integer::sum);
		String signUpId = IdempotencyKeys.derivedId("sgn",
				this.localEventId + ":" + requested.supporterId() + ":" + attempt);
		boolean hasPlace = this.capacity == null || this.confirmed.size() < this.capacity;
		SignUpStatus status = hasPlace ? SignUpStatus.CONFIRMED : SignUpStatus.WAITLISTED;
		this.signUps.put(signUpId,
				new SignUp(signUpId, this.localEventId, requested.requestId(), requested.supporterId(),
						requested.name(), requested.email(), requested.accessNeeds(), requested.shareWithOrganiser(),
						requested.requestedAt(), status, 0, false));
		this.signUpByRequest.put(requested.requestId(), signUpId);
		this.activeBySupporter.put(requested.supporterId(), signUpId);
		if (hasPlace) {
			this.confirmed.add(signUpId);
			decided.add(new SignUpConfirmed(signUpId, this.localEventId, requested.supporterId(), false));
		}
		else {
			this.waitlist.add(signUpId);
			decided
				.add(new SignUpWaitlisted(signUpId, this.localEventId, requested.supporterId(), this.waitlist.size()));
		}
	}

	private void cancel(String signUpId, List<DomainEvent> decided) {
		SignUp signUp = this.signUps.get(signUpId);
		if (signUp == null || signUp.status() == SignUpStatus.CANCELLED) {
			return;
		}
		boolean wasConfirmed = this.confirmed.remove(signUpId);
		this.waitlist.remove(signUpId);
		this.activeBySupporter.remove(signUp.supporterId());
		this.signUps.put(signUpId, with(signUp, SignUpStatus.CANCELLED, signUp.fromWaitlist()));
		decided.add(new SignUpCancelled(signUpId, this.localEventId, signUp.supporterId(), wasConfirmed));
		promote(decided);
	}

	/** Fills free places from the head of the waitlist. */
	private void promote(List<DomainEvent> decided) {
		while (this.open && !this.waitlist.isEmpty()
				&& (this.capacity == null || this.confirmed.size() < this.capacity)) {
			String next = this.waitlist.iterator().next();
			this.waitlist.remove(next);
			this.confirmed.add(next);
			SignUp signUp = this.signUps.get(next);
			this.signUps.put(next, with(signUp, SignUpStatus.CONFIRMED, true));
			decided.add(new SignUpConfirmed(next, this.localEventId, signUp.supporterId(), true));
		}
	}

	private static SignUp with(SignUp signUp, SignUpStatus status, boolean fromWaitlist) {
		return new SignUp(signUp.signUpId(), signUp.localEventId(), signUp.requestId(), signUp.supporterId(),
				signUp.name(), signUp.email(), signUp.accessNeeds(), signUp.shareWithOrganiser(), signUp.requestedAt(),
				status, 0, fromWaitlist);
	}

	SignUp signUp(String signUpId) {
		SignUp signUp = this.signUps.get(signUpId);
		if (signUp == null || signUp.status() != SignUpStatus.WAITLISTED) {
			return signUp;
		}
		int position = 1;
		for (String waiting : this.waitlist) {
			if (waiting.equals(signUpId)) {
				break;
			}
			position++;
		}
		return new SignUp(signUp.signUpId(), signUp.localEventId(), signUp.requestId(), signUp.supporterId(),
				signUp.name(), signUp.email(), signUp.accessNeeds(), signUp.shareWithOrganiser(), signUp.requestedAt(),
				signUp.status(), position, signUp.fromWaitlist());
	}

	String signUpOfRequest(String requestId) {
		return this.signUpByRequest.get(requestId);
	}

	List<SignUp> signUps() {
		return this.signUps.keySet().stream().map(this::signUp).toList();
	}

	PlacesSummary summary() {
		Integer left = (this.capacity != null) ? Math.max(0, this.capacity - this.confirmed.size()) : null;
		return new PlacesSummary(this.capacity, this.confirmed.size(), this.waitlist.size(), left, this.open);
	}

}
