package org.mhaw.donations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the donations service accepts (supporter ids are the platform's
 * {@code SupporterIds}).
 *
 * @param maxPence the largest single donation, in pence
 */
@ConfigurationProperties("mhaw.donations")
public record DonationsSettings(@DefaultValue("1000000") long maxPence) {

	/**
	 * The smallest donation: £1. Card fees make anything smaller cost the charity money.
	 */
	public static final long MIN_PENCE = 100;

}
