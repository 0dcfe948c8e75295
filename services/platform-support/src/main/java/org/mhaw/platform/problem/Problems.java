package org.mhaw.platform.problem;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the platform's problem+json bodies, so a controller, an advice and a servlet
 * filter all answer in the same shape: {@code type}, {@code title}, {@code status},
 * {@code detail}, and for bad input {@code field} and {@code errors} (every field at
 * fault).
 */
public final class Problems {

	/**
	 * Problem types are relative URIs under this path; each names one kind of refusal.
	 */
	public static final String TYPE_BASE = "/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		return problem;
	}

	/**
	 * A bad-input problem naming every field at fault; {@code field} is the first.
	 * @param errors field errors in request order
	 * @return the problem
	 */
	public static ProblemDetail invalidFields(List<FieldError> errors) {
		String detail = String.join("; ", errors.stream().map(FieldError::describe).toList());
		ProblemDetail problem = of(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-field", detail);
		problem.setTitle("Invalid request");
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).field());
		}
		problem.setProperty("errors",
				errors.stream().map((error) -> Map.of("field", error.field(), "message", error.message())).toList());
		return problem;
	}

	/** Writes a problem from outside Spring MVC (a servlet filter). */
	public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	/**
	 * One field at fault.
	 *
	 * @param field the field's path in the request, such as {@code amountPence}
	 * @param message what is wrong with it
	 */
	public record FieldError(String field, String message) {

		String describe() {
			return this.field + ": " + this.message;
		}

	}

}
