package org.mhaw.localevents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings.
 *
 * @param secret keys the supporter id (a keyed hash of the email) and the unguessable
 * cancel and calendar links ({@code LOCAL_EVENTS_SECRET}); when empty a random one is
 * made at start, so links do not survive a restart (local use only)
 * @param demoPartnerKey an API key for a demo partner, for local use only; empty in
 * production
 * @param signUpDecisionWait how long a sign-up request waits for its place to be decided
 * before it answers 202 (accepted, look again)
 */
@ConfigurationProperties("mhaw.local-events")
public record LocalEventsSettings(String secret, String demoPartnerKey,
		@DefaultValue("10s") java.time.Duration signUpDecisionWait) {

}
