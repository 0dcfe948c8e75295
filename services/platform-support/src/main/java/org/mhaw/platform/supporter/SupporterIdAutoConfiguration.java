package org.mhaw.platform.supporter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** One supporter id derivation for every service. */
@AutoConfiguration
@EnableConfigurationProperties(SupporterIdAutoConfiguration.SupporterIdSettings.class)
public class SupporterIdAutoConfiguration {

	@Bean
	SupporterIds supporterIds(SupporterIdSettings settings) {
		return new SupporterIds(settings.secret());
	}

	/**
	 * @param secret the key of the supporter id's keyed hash
	 * ({@code SUPPORTER_ID_SECRET}); the same in every service, and never changed during
	 * a campaign (ids would stop linking)
	 */
	@ConfigurationProperties("mhaw.supporter-id")
	record SupporterIdSettings(String secret) {

	}

}
