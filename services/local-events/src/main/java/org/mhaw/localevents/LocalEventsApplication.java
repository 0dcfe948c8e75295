package org.mhaw.localevents;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Local events: partner submissions, moderation outcomes, sign-ups, capacity and
 * waitlists.
 */
@SpringBootApplication
@EnableConfigurationProperties(LocalEventsSettings.class)
public class LocalEventsApplication {

	public static void main(String[] args) {
		SpringApplication.run(LocalEventsApplication.class, args);
	}

}
