package org.mhaw.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who staff are locally, and which of a service's routes are theirs.
 *
 * @param staffUsername the local staff user (the embedded default; production signs staff
 * in with the charity's identity provider over OIDC)
 * @param staffPassword its password ({@code STAFF_PASSWORD}); when empty a random one is
 * generated and logged once at start
 * @param staffPaths the service's staff-only routes (path patterns)
 */
@ConfigurationProperties("mhaw.security")
public record SecuritySettings(@DefaultValue("staff") String staffUsername, String staffPassword,
		@DefaultValue List<String> staffPaths) {

}
