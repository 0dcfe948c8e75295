package org.mhaw.platform.idempotency;

import java.io.IOException;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mhaw.platform.problem.Problems;
import org.mhaw.platform.web.CachedBodyRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the configured POST endpoints safe to retry. A request without a valid
 * {@code Idempotency-Key} is a 400; the first request with a key runs and its 2xx answer
 * is kept; a retry gets that answer back (with {@code Idempotent-Replayed: true}); the
 * same key with another body is a 422; the same key while the first is still running is a
 * 409. A request that does not succeed frees its key.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private final IdempotencyStore store;

	private final List<String> paths;

	private final JsonMapper json;

	private final Counter replays;

	private final AntPathMatcher matcher = new AntPathMatcher();

	IdempotencyFilter(IdempotencyStore store, List<String> paths, JsonMapper json, MeterRegistry meters) {
		this.store = store;
		this.paths = paths;
		this.json = json;
		this.replays = Counter.builder("mhaw.http.idempotent.replays").register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| this.paths.stream().noneMatch((pattern) -> this.matcher.match(pattern, path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(IdempotencyKeys.HEADER);
		if (key == null || key.isBlank()) {
			refuse(response, HttpStatus.BAD_REQUEST, "idempotency-key-missing",
					"This request needs an Idempotency-Key header (a UUID is ideal), so it can be retried safely.");
			return;
		}
		if (!IdempotencyKeys.isValid(key)) {
			refuse(response, HttpStatus.BAD_REQUEST, "idempotency-key-malformed",
					"The Idempotency-Key must be 8 to 128 letters, digits or - _ . : characters.");
			return;
		}
		// Security wraps the request on its way here: find the body the limit filter
		// kept.
		CachedBodyRequest cached = WebUtils.getNativeRequest(request, CachedBodyRequest.class);
		byte[] body = (cached != null) ? cached.body() : new byte[0];
		String fingerprint = IdempotencyKeys.fingerprint(request.getMethod(), request.getRequestURI(), body);
		Claim claim = this.store.claim(key, fingerprint);
		if (claim instanceof Claim.First) {
			runFirst(request, response, chain, key, fingerprint);
		}
		else if (claim instanceof Claim.Replay replay) {
			this.replays.increment();
			replay(response, replay.answer());
		}
		else if (claim instanceof Claim.InFlight) {
			refuse(response, HttpStatus.CONFLICT, "idempotency-key-in-flight",
					"A request with this Idempotency-Key is still being processed; retry in a moment.");
		}
		else {
			refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"This Idempotency-Key was already used with a different request.");
		}
	}

	private void runFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			String fingerprint) throws ServletException, IOException {
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean succeeded = false;
		try {
			chain.doFilter(request, captured);
			succeeded = captured.getStatus() >= 200 && captured.getStatus() < 300;
			if (succeeded) {
				this.store.complete(key,
						new IdempotentAnswer(captured.getStatus(),
								(captured.getContentType() != null) ? captured.getContentType() : "",
								captured.getContentAsByteArray()));
			}
		}
		finally {
			if (!succeeded) {
				this.store.release(key, fingerprint);
			}
			captured.copyBodyToResponse();
		}
	}

	private static void replay(HttpServletResponse response, IdempotentAnswer answer) throws IOException {
		response.setStatus(answer.status());
		if (!answer.contentType().isEmpty()) {
			response.setContentType(answer.contentType());
		}
		response.setHeader(REPLAYED_HEADER, "true");
		response.getOutputStream().write(answer.body());
	}

	private void refuse(HttpServletResponse response, HttpStatus status, String type, String detail)
			throws IOException {
		ProblemDetail problem = Problems.of(status, type, detail);
		Problems.write(response, problem, this.json);
	}

}
