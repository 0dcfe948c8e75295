package org.mhaw.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks what a page's form sent with the same rules as the JSON API (the request
 * record's constraints, then the action's own {@link ApiProblem}s), and gives the page
 * each field's message for its error summary. Pages work without JavaScript, so they need
 * the same answers as the API, in words on the page rather than problem+json.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Validates the request, then runs the action if it is valid.
	 * @param validator the service's validator
	 * @param request the request record built from the form
	 * @param action what to do with a valid request; an {@link ApiProblem} naming a field
	 * becomes that field's message
	 * @return the messages by field (list indexes dropped, so {@code topics[2]} is
	 * {@code topics}), empty when the action ran
	 */
	public static Map<String, String> check(Validator validator, Object request, Runnable action) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<Object> violation : validator.validate(request)) {
			errors.putIfAbsent(withoutIndex(violation.getPropertyPath().toString()), violation.getMessage());
		}
		if (errors.isEmpty()) {
			try {
				action.run();
			}
			catch (ApiProblem problem) {
				if (problem.field() == null) {
					throw problem;
				}
				errors.put(withoutIndex(problem.field()), problem.getMessage());
			}
		}
		return errors;
	}

	private static String withoutIndex(String field) {
		return field.replaceAll("\\[.*", "");
	}

}
