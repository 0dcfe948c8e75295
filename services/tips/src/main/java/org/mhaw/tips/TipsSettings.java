package org.mhaw.tips;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tips are counted and published.
 *
 * @param readWindow how long one reader's reloads of one tip count as a single read
 * @param schedulerInterval how often scheduled tips are checked for their publishing time
 * @param seed whether to add the seed tips on start-up (once: they are never added twice)
 */
@ConfigurationProperties("mhaw.tips")
public record TipsSettings(@DefaultValue("30m") Duration readWindow, @DefaultValue("15s") Duration schedulerInterval,
		@DefaultValue("true") boolean seed) {

}
