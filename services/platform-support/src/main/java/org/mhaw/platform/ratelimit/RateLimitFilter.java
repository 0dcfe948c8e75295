package org.mhaw.platform.ratelimit;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mhaw.platform.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fixed one-minute window of POSTs per client address, kept in memory: cheap enough for
 * every request, and each instance behind the proxy limits its own share. Over the limit
 * → 429 with {@code Retry-After}. The address is the proxy's forwarded one
 * ({@code server.forward-headers-strategy}).
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final long WINDOW_MS = 60_000;

	private final RateLimitSettings settings;

	private final Clock clock;

	private final JsonMapper json;

	private final Counter refused;

	private final AntPathMatcher matcher = new AntPathMatcher();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private volatile long window;

	RateLimitFilter(RateLimitSettings settings, Clock clock, JsonMapper json, MeterRegistry meters) {
		this.settings = settings;
		this.clock = clock;
		this.json = json;
		this.refused = Counter.builder("mhaw.http.rate.limited").register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !this.settings.enabled() || !"POST".equals(request.getMethod())
				|| this.settings.exemptPaths().stream().anyMatch((pattern) -> this.matcher.match(pattern, path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long now = this.clock.millis();
		long currentWindow = now / WINDOW_MS;
		if (currentWindow != this.window) {
			// A new minute: everyone starts again, and the map never grows past one
			// minute's clients.
			this.window = currentWindow;
			this.counts.clear();
		}
		int count = this.counts.computeIfAbsent(request.getRemoteAddr(), (address) -> new AtomicInteger())
			.incrementAndGet();
		if (count > this.settings.requestsPerMinute()) {
			this.refused.increment();
			long retryAfterSeconds = Math.max(1, ((currentWindow + 1) * WINDOW_MS - now) / 1000);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
			Problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
					"Too many requests from this address; please try again in a minute."), this.json);
			return;
		}
		chain.doFilter(request, response);
	}

}
