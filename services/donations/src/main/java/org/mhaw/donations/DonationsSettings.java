package org.mhaw.donations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the donations service accepts and how it identifies supporters.
 *
 * @param maxPence the largest single donation, in pence
 * @param supporterIdSecret the key of the supporter id's keyed hash
 * ({@code SUPPORTER_ID_SECRET}); it must stay the same for the whole campaign
 */
@ConfigurationProperties("mhaw.donations")
public record DonationsSettings(@DefaultValue("1000000") long maxPence, String supporterIdSecret) {

	/**
	 * The smallest donation: £1. Card fees make anything smaller cost the charity money.
	 */
	public static final long MIN_PENCE = 100;

}
