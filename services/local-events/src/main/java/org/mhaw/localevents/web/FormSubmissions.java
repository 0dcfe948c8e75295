package org.mhaw.localevents.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.mhaw.platform.idempotency.Claim;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.platform.idempotency.IdempotencyStore;
import org.mhaw.platform.idempotency.IdempotentAnswer;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Makes a page form safe to send twice (a double click, a refresh after a slow answer):
 * the form carries a key the server made when it rendered the page, the first post with
 * it runs, and any repeat is sent where the first one went.
 */
@Component
public class FormSubmissions {

	private final IdempotencyStore store;

	FormSubmissions(IdempotencyStore store) {
		this.store = store;
	}

	/**
	 * Runs a form's action once per key.
	 * @param key the form's hidden key
	 * @param fingerprint what identifies the post (its path and fields)
	 * @param action does the work and returns where to redirect
	 * @return where to redirect: the action's answer, or the first post's
	 */
	public String once(String key, String fingerprint, Supplier<String> action) {
		if (!IdempotencyKeys.isValid(key)) {
			throw ApiProblem.badField("idempotencyKey", "is missing; please reload the page and try again");
		}
		String hashed = IdempotencyKeys.fingerprint("FORM", "", fingerprint.getBytes(StandardCharsets.UTF_8));
		Claim claim = this.store.claim(key, hashed);
		if (claim instanceof Claim.Replay replay) {
			return new String(replay.answer().body(), StandardCharsets.UTF_8);
		}
		if (claim instanceof Claim.InFlight) {
			throw new ApiProblem(HttpStatus.CONFLICT, "form-in-flight",
					"We are still working on your last click; please wait a moment and reload.", null);
		}
		if (claim instanceof Claim.Mismatch) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "form-reused",
					"This form was already sent with other details; please reload the page.", null);
		}
		boolean done = false;
		try {
			String location = action.get();
			this.store.complete(key,
					new IdempotentAnswer(303, "text/plain", location.getBytes(StandardCharsets.UTF_8)));
			done = true;
			return location;
		}
		finally {
			if (!done) {
				this.store.release(key, hashed);
			}
		}
	}

	/** A new key for a form about to be rendered. */
	public static String newKey() {
		return IdempotencyKeys.newKey();
	}

}
