package org.mhaw.localevents.partner;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the partner behind a request: from its key ({@code Authorization: Bearer} or
 * {@code X-Api-Key}) for the API, or from the key id remembered in the session for pages.
 * Checked against the registry on every request, so a revoked key stops working at once.
 */
class PartnerAuthenticationFilter extends OncePerRequestFilter {

	static final String ROLE = "PARTNER";

	/** Where a signed-in page session keeps the partner and key it signed in with. */
	static final String SESSION_PARTNER = "mhaw.partner.id";

	static final String SESSION_KEY_ID = "mhaw.partner.key-id";

	private static final String BEARER = "Bearer ";

	private final PartnerRegistry registry;

	PartnerAuthenticationFilter(PartnerRegistry registry) {
		this.registry = registry;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		find(request).ifPresent((partner) -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(partner, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
			SecurityContextHolder.setContext(context);
		});
		chain.doFilter(request, response);
	}

	private Optional<AuthenticatedPartner> find(HttpServletRequest request) {
		String key = presentedKey(request);
		if (key != null) {
			return this.registry.authenticate(key);
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_PARTNER) instanceof String partnerId
				&& session.getAttribute(SESSION_KEY_ID) instanceof String keyId) {
			return this.registry.byKeyId(partnerId, keyId);
		}
		return Optional.empty();
	}

	private static String presentedKey(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length());
		}
		return request.getHeader("X-Api-Key");
	}

}
