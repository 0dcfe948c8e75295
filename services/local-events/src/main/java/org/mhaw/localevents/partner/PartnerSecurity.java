package org.mhaw.localevents.partner;

import org.mhaw.platform.problem.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partners' routes, in front of the platform's chain (order 100): the API authenticates
 * every call by its key and keeps no session; the pages sign in once with the key and
 * keep a session (with CSRF protection, as every page form has).
 */
@Configuration(proxyBeanMethods = false)
class PartnerSecurity {

	@Bean
	@Order(40)
	SecurityFilterChain partnerApiSecurityFilterChain(HttpSecurity http, PartnerRegistry registry, JsonMapper json)
			throws Exception {
		http.securityMatcher("/api/partner/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(PartnerAuthenticationFilter.ROLE))
			.addFilterBefore(new PartnerAuthenticationFilter(registry), AnonymousAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Called with a key in a header, never a cookie: nothing for CSRF to protect.
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((handling) -> handling.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer realm=\"mhaw partners\"");
				Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "partner-key-required",
						"Send your partner API key as 'Authorization: Bearer <key>' or 'X-Api-Key'."), json);
			})
				.accessDeniedHandler((request, response, ex) -> Problems.write(response,
						Problems.of(HttpStatus.FORBIDDEN, "forbidden", "This key may not do that."), json)));
		return http.build();
	}

	@Bean
	@Order(41)
	SecurityFilterChain partnerPagesSecurityFilterChain(HttpSecurity http, PartnerRegistry registry) throws Exception {
		http.securityMatcher("/partner/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/partner/sign-in")
				.permitAll()
				.anyRequest()
				.hasRole(PartnerAuthenticationFilter.ROLE))
			.addFilterBefore(new PartnerAuthenticationFilter(registry), AnonymousAuthenticationFilter.class)
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/partner/sign-in")));
		return http.build();
	}

}
