package org.mhaw.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, said in the caller's terms. Thrown from any controller
 * or service; answered as RFC 9457 problem+json by {@link ProblemDetailsAdvice}.
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String field;

	/**
	 * @param status the HTTP status (4xx)
	 * @param type a short slug naming the kind of problem, such as
	 * {@code already-refunded}
	 * @param detail what went wrong, for a person
	 * @param field the request field at fault, or {@code null}
	 */
	public ApiProblem(HttpStatus status, String type, String detail, String field) {
		super(detail);
		this.status = status;
		this.type = type;
		this.field = field;
	}

	public static ApiProblem badField(String field, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-field", detail, field);
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", detail, null);
	}

	public static ApiProblem conflict(String type, String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, type, detail, null);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String type() {
		return this.type;
	}

	public String field() {
		return this.field;
	}

}
