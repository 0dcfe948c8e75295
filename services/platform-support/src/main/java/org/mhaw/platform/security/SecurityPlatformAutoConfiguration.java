package org.mhaw.platform.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * One security model for every service: supporters need no account; staff routes (each
 * service lists its own in {@code mhaw.security.staff-paths}) need the STAFF role; the
 * actuator shows only health and metrics. Staff sign in with the charity's identity
 * provider (OIDC) when one is configured, and with the local staff user otherwise. A
 * service with more to say (local events' partner keys) adds its own chain in front of
 * this one.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityPlatformAutoConfiguration {

	public static final String STAFF_ROLE = "STAFF";

	private static final Logger logger = LoggerFactory.getLogger(SecurityPlatformAutoConfiguration.class);

	/**
	 * Supporters' JSON APIs carry no session cookie, so no CSRF token either.
	 */
	private static final String[] NO_CSRF = { "/api/**" };

	/**
	 * Webhooks ({@code /webhooks/**}) are called by machines that prove who they are by
	 * signing each request, checked by the endpoint itself: they have no session, login,
	 * CSRF token or saved request, nothing to authorise (so no access-denied to
	 * translate), and their JSON answers are read by a server, never rendered by a
	 * browser (so no browser-protection headers). The chain keeps only the firewall. On
	 * the payment webhook, under appeal-night load, the full chain cost a tenth of the
	 * request.
	 */
	@Bean
	@Order(90)
	SecurityFilterChain webhookSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/webhooks/**");
		http.csrf((csrf) -> csrf.disable());
		http.requestCache((cache) -> cache.disable());
		http.securityContext((context) -> context.disable());
		http.sessionManagement((sessions) -> sessions.disable());
		http.anonymous((anonymous) -> anonymous.disable());
		http.servletApi((servletApi) -> servletApi.disable());
		http.logout((logout) -> logout.disable());
		http.exceptionHandling((handling) -> handling.disable());
		http.headers((headers) -> headers.disable());
		return http.build();
	}

	@Bean
	@Order(100)
	SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, SecuritySettings settings,
			ObjectProvider<ClientRegistrationRepository> identityProvider) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll();
			requests.requestMatchers("/actuator/**").denyAll();
			settings.staffPaths().forEach((path) -> requests.requestMatchers(path).hasRole(STAFF_ROLE));
			requests.anyRequest().permitAll();
		});
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(NO_CSRF));
		http.httpBasic(Customizer.withDefaults());
		// An API client that is not signed in gets a 401, not a redirect to a login page.
		http.exceptionHandling(
				(handling) -> handling.defaultAuthenticationEntryPointFor(new BasicAuthenticationEntryPoint() {
					{
						setRealmName("mhaw staff");
					}
				}, PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
		if (identityProvider.getIfAvailable() != null) {
			http.oauth2Login((login) -> login.userInfoEndpoint((userInfo) -> userInfo
				.userAuthoritiesMapper((authorities) -> Set.of(new SimpleGrantedAuthority("ROLE_" + STAFF_ROLE)))));
		}
		else {
			http.formLogin(Customizer.withDefaults());
		}
		http.logout(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * No observation of Spring Security's own: with observations only switched off
	 * ({@code management.observations.enable.spring.security=false}) every filter is
	 * still wrapped in a decorator on every request, a twentieth of the payment webhook's
	 * cost under load. Each request's own observation (its span, trace id and timer) is
	 * kept.
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@ConditionalOnMissingBean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@ConditionalOnMissingBean
	UserDetailsService staffUsers(SecuritySettings settings, PasswordEncoder encoder) {
		String password = settings.staffPassword();
		if (password == null || password.isBlank()) {
			password = generatedPassword();
			logger.warn("No STAFF_PASSWORD set: staff user '{}' has the generated password {} (local use only)",
					settings.staffUsername(), password);
		}
		return new InMemoryUserDetailsManager(List.of(User.withUsername(settings.staffUsername())
			.password(encoder.encode(password))
			.roles(STAFF_ROLE)
			.build()));
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
