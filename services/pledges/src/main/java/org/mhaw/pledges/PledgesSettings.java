package org.mhaw.pledges;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pledges service's own secret (the supporter id's key is the platform's,
 * {@code SUPPORTER_ID_SECRET}). Local defaults live in application.properties; every real
 * deployment sets its own through the environment.
 *
 * @param withdrawalSecret keys the withdrawal tokens handed out with each pledge
 * ({@code PLEDGES_WITHDRAWAL_SECRET})
 */
@ConfigurationProperties("mhaw.pledges")
public record PledgesSettings(String withdrawalSecret) {

}
