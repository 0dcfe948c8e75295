package org.mhaw.tips;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tips: authoring, publishing and reading tips for schools, parents, adults and young
 * people.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TipsApplication {

	public static void main(String[] args) {
		SpringApplication.run(TipsApplication.class, args);
	}

}
