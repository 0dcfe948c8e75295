package org.mhaw.donations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Donations: donation intents, payment confirmation by signed webhook, Gift Aid
 * declarations, refunds.
 */
@SpringBootApplication
public class DonationsApplication {

	public static void main(String[] args) {
		SpringApplication.run(DonationsApplication.class, args);
	}

}
