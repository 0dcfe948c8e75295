package org.mhaw.donations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Donations: donation intents, payment confirmation by signed webhook, Gift Aid
 * declarations, refunds.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DonationsApplication {

	public static void main(String[] args) {
		SpringApplication.run(DonationsApplication.class, args);
	}

}
