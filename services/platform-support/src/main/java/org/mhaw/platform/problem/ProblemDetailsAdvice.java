package org.mhaw.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.mhaw.platform.kafka.EventNotPublishedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error as RFC 9457 problem+json that names the field at fault. Bad input is
 * always a 4xx: nothing the client sends can produce a 5xx.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalidFields(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new Problems.FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalidFields(errors));
	}

	/**
	 * Broken JSON, a wrong type, an unknown field: say which field when the parser knows.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException jackson = findCause(ex, JacksonException.class);
		if (jackson == null || jackson.getPath().isEmpty()) {
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
					"The request body is not valid JSON of the expected shape.");
			problem.setTitle("Unreadable request body");
			return ResponseEntity.badRequest().body(problem);
		}
		String field = jackson.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		String message = (jackson instanceof UnrecognizedPropertyException) ? "is not a field of this request"
				: "has the wrong type or format";
		return ResponseEntity.badRequest()
			.body(Problems.invalidFields(List.of(new Problems.FieldError(field, message))));
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> handleApiProblem(ApiProblem ex) {
		return ResponseEntity.status(ex.status()).body(Problems.of(ex));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
		List<Problems.FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new Problems.FieldError(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalidFields(errors));
	}

	/**
	 * Kafka did not take the event: nothing was accepted, so the client may retry with
	 * the same key.
	 */
	@ExceptionHandler(EventNotPublishedException.class)
	ResponseEntity<ProblemDetail> handleNotPublished(EventNotPublishedException ex) {
		logger.warn("Event not published; answering 503", ex);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
			.body(Problems.notPublished());
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
