package org.mhaw.pledges;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.mhaw.platform.problem.ApiProblem;

import org.springframework.stereotype.Component;

/**
 * Checks what a page's form sent with the same rules as the JSON API, and gives the page
 * each field's message for its error summary (field name to message, in order).
 */
@Component
public class FieldErrors {

	private final Validator validator;

	FieldErrors(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Validates the request, then runs the action if it is valid.
	 * @param request the request record built from the form
	 * @param action what to do with a valid request; an {@link ApiProblem} naming a field
	 * becomes that field's message
	 * @return the messages by field, empty when the action ran
	 */
	public Map<String, String> check(Object request, Runnable action) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(request)) {
			String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
			errors.putIfAbsent(field, violation.getMessage());
		}
		if (errors.isEmpty()) {
			try {
				action.run();
			}
			catch (ApiProblem problem) {
				if (problem.field() == null) {
					throw problem;
				}
				errors.put(problem.field().replaceAll("\\[.*", ""), problem.getMessage());
			}
		}
		return errors;
	}

}
