package org.mhaw.pledges;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pledges service's secrets. Local defaults live in application.properties; every
 * real deployment sets its own through the environment.
 *
 * @param supporterIdSecret keys the hash that turns a supporter's email into their opaque
 * id ({@code PLEDGES_SUPPORTER_ID_SECRET}); changing it would split every supporter in
 * two, so it is set once for the campaign
 * @param withdrawalSecret keys the withdrawal tokens handed out with each pledge
 * ({@code PLEDGES_WITHDRAWAL_SECRET})
 */
@ConfigurationProperties("mhaw.pledges")
public record PledgesSettings(String supporterIdSecret, String withdrawalSecret) {

}
