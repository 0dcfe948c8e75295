package org.mhaw.platform.problem;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.mhaw.platform.kafka.EventNotPublishedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

	/** How long a client told that nothing was recorded should wait before retrying. */
	public static final String RETRY_AFTER_SECONDS = "2";

	private static final Logger logger = LoggerFactory.getLogger(Problems.class);

	private Problems() {
	}

	/**
	 * The problem a refusal stands for, naming its field if it has one.
	 * @param refusal the refusal
	 * @return the problem
	 */
	public static ProblemDetail of(ApiProblem refusal) {
		if (refusal.field() == null) {
			return of(refusal.status(), refusal.type(), refusal.getMessage());
		}
		ProblemDetail problem = invalidFields(List.of(new FieldError(refusal.field(), refusal.getMessage())));
		problem.setStatus(refusal.status());
		problem.setType(URI.create(TYPE_BASE + refusal.type()));
		return problem;
	}

	/**
	 * Kafka did not take the event: nothing was accepted, so the client may retry with
	 * the same key.
	 * @return the problem (503)
	 */
	public static ProblemDetail notPublished() {
		return of(HttpStatus.SERVICE_UNAVAILABLE, "temporarily-unavailable",
				"The request was not accepted; nothing was recorded. Please retry with the same Idempotency-Key.");
	}

	/**
	 * Answers a request whose work failed on another thread, after its handler had
	 * returned (so outside Spring MVC's exception handling), as the platform's advice
	 * answers the same failure raised in a handler.
	 * @param response the response, not yet committed
	 * @param failure what the work raised
	 * @param json the application's mapper
	 * @throws IOException if the client has gone
	 */
	public static void write(HttpServletResponse response, Throwable failure, JsonMapper json) throws IOException {
		if (failure instanceof ApiProblem refusal) {
			write(response, of(refusal), json);
		}
		else if (failure instanceof EventNotPublishedException) {
			logger.warn("Event not published; answering 503", failure);
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			write(response, notPublished(), json);
		}
		else {
			logger.error("Request failed", failure);
			write(response, of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
					"The request failed; nothing may have been recorded. Please retry."), json);
		}
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
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-field", detail);
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
