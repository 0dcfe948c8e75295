package org.mhaw.tips.reading;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * A first-party cookie holding a random reader id: it tells one reader's reloads apart
 * from another reader, and says nothing about who they are.
 */
final class ReaderCookie {

	static final String NAME = "mhaw_reader";

	private static final Pattern RANDOM_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private ReaderCookie() {
	}

	/** The reader's id from their cookie, or a new one set on the response. */
	static String readerId(HttpServletRequest request, HttpServletResponse response) {
		jakarta.servlet.http.Cookie cookie = WebUtils.getCookie(request, NAME);
		if (cookie != null && RANDOM_ID.matcher(cookie.getValue()).matches()) {
			return cookie.getValue();
		}
		String readerId = UUID.randomUUID().toString();
		ResponseCookie fresh = ResponseCookie.from(NAME, readerId)
			.path("/tips")
			.maxAge(Duration.ofDays(30))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader("Set-Cookie", fresh.toString());
		return readerId;
	}

}
