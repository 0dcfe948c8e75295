package org.mhaw.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mhaw.platform.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit with 413 before anything parses them, and keeps a
 * body under the limit in memory ({@link CachedBodyRequest}) so the idempotency check can
 * fingerprint it. Form posts are left to the servlet container, which parses them itself
 * and has its own limit ({@code server.tomcat.max-http-form-post-size}).
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final int maxBytes;

	private final JsonMapper json;

	RequestBodyLimitFilter(int maxBytes, JsonMapper json) {
		this.maxBytes = maxBytes;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)
				|| "DELETE".equals(method);
		return !hasBody || isForm(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			tooLarge(response);
			return;
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = (declared >= 0) ? readDeclared(in, (int) declared) : in.readNBytes(this.maxBytes + 1);
		}
		if (body.length > this.maxBytes) {
			tooLarge(response);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	/**
	 * Reads a body of known length into an array of that length.
	 * {@code readNBytes(limit)} reads in 8 KiB chunks (16 KiB on newer JDKs) and copies
	 * the result: for a webhook of a few hundred bytes, that was a tenth of everything
	 * the donations service allocated, and so of its young collections.
	 */
	private static byte[] readDeclared(InputStream in, int length) throws IOException {
		byte[] body = new byte[length];
		int read = in.readNBytes(body, 0, length);
		return (read == length) ? body : Arrays.copyOf(body, read);
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
				"The request body is larger than " + this.maxBytes + " bytes."), this.json);
	}

	private static boolean isForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				|| contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
	}

}
